import { parse } from "yaml";
import { realSpec } from "./helpers.js";

/** One code as the spec states it, with the documented defaults applied. */
export interface ExpectedCode {
  code: number;
  name: string;
  category: string;
  message: string;
  kind: string;
  retryable: boolean;
  since?: string;
  deprecated?: { since: string; reason: string; replacedBy?: string };
  aliases?: Record<string, string[]>;
  conflicts?: { platform: string; name?: string; meaning: string }[];
}

/**
 * The real spec's codes read straight from the YAML with the `yaml` package, independently of the
 * generator's model, sorted by code: what every output must hold.
 */
export function expectedCodes(): ExpectedCode[] {
  const spec = parse(realSpec) as { codes: Partial<ExpectedCode>[] };
  return spec.codes
    .map((entry) => ({
      code: entry.code as number,
      name: entry.name as string,
      category: entry.category as string,
      message: entry.message as string,
      kind: entry.kind ?? "error",
      retryable: entry.retryable ?? false,
      // Optional fields appear only when the spec gives them; empty alias lists are left out.
      ...(entry.since === undefined ? {} : { since: entry.since }),
      ...(entry.deprecated === undefined ? {} : { deprecated: entry.deprecated }),
      ...aliasesOf(entry),
      ...(entry.conflicts === undefined || entry.conflicts.length === 0 ? {} : { conflicts: entry.conflicts }),
    }))
    .sort((a, b) => a.code - b.code);
}

function aliasesOf(entry: Partial<ExpectedCode>): { aliases?: Record<string, string[]> } {
  const lists = Object.entries(entry.aliases ?? {}).filter(([, names]) => names.length > 0);
  return lists.length === 0 ? {} : { aliases: Object.fromEntries(lists) };
}

/** The real spec's categories, in spec order, with the fields the outputs carry (a `range` only guards codes). */
export function expectedCategories(): { id: string; title: string; description: string }[] {
  const spec = parse(realSpec) as { categories: { id: string; title: string; description: string }[] };
  return spec.categories.map(({ id, title, description }) => ({ id, title, description }));
}

/** The fields every code has in every output: what the runtime lists and the compile drivers print. */
export function baseFields({ code, name, category, message, kind, retryable }: ExpectedCode): ExpectedCode {
  return { code, name, category, message, kind, retryable };
}
