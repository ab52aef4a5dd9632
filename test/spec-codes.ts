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
    }))
    .sort((a, b) => a.code - b.code);
}

/** The real spec's categories, in spec order, with the fields the outputs carry (a `range` only guards codes). */
export function expectedCategories(): { id: string; title: string; description: string }[] {
  const spec = parse(realSpec) as { categories: { id: string; title: string; description: string }[] };
  return spec.categories.map(({ id, title, description }) => ({ id, title, description }));
}
