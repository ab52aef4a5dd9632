import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Language } from "../../generator/languages/language.js";
import { jsonTarget } from "../../generator/languages/json/json-target.js";
import type { Subject } from "./kits/kit.js";

/**
 * Every deprecated name a generated file offers, read from the JSON output of the same tree: each legacy
 * alias of the language, and each deprecated code by its canonical name. A legacy driver uses each the
 * way an app written against an older SDK would; run, it prints `{"name", "code"}` per use.
 */

interface JsonCode {
  code: number;
  name: string;
  deprecated?: unknown;
  aliases?: Record<string, string[]>;
}

/** One use of a deprecated name: what the driver writes after `StatusCode.`, and the number it must give. */
export interface LegacyUse {
  /** As printed and as the compiler's warning names it. */
  readonly name: string;
  /** As written in source (a Swift keyword in backticks). */
  readonly source: string;
  readonly code: number;
  /** The alias source the name comes from (`ios`, `former`, …), or `deprecated` for a deprecated code's own name. */
  readonly from: string;
  /** As the spec gives it (`NIMRemoteErrorCodeFrequently`, which Swift spells `codeFrequently`). */
  readonly original: string;
}

/** The JSON output of a subject's tree. */
export function jsonFile(subject: Pick<Subject, "outDir" | "paths">): string {
  return join(subject.outDir, subject.paths[jsonTarget.id] ?? jsonTarget.output);
}

/**
 * Every deprecated name `language`'s file offers for `subject`: the names of each alias source it carries,
 * spelt its way (read from the JSON output, not the model), then each deprecated code by its canonical
 * name spelt by the language's naming with its settings.
 */
export function legacyUses(subject: Pick<Subject, "outDir" | "paths" | "settings">, language: Language): LegacyUse[] {
  const settings = subject.settings[language.id] ?? {};
  const { codes } = JSON.parse(readFileSync(jsonFile(subject), "utf8")) as { codes: JsonCode[] };
  const spelt = (name: string): { identifier: string; source: string } => {
    const identifier = language.naming?.code(name, settings);
    return identifier?.ok === true ? identifier : { identifier: name, source: name };
  };
  const sources = Object.entries(language.aliases?.sources ?? {});
  const names = new Map(sources.map(([from]) => [from, codes.flatMap((code) => code.aliases?.[from] ?? [])]));
  return [
    ...codes.flatMap((code) =>
      sources.flatMap(([from, spell]) =>
        (code.aliases?.[from] ?? []).map((alias) => {
          const identifier = spell(alias, { settings, names: names.get(from) ?? [] });
          if (!identifier.ok) throw new Error(`${language.displayName} cannot spell ${alias}, yet the spec generated: ${identifier.reason}`);
          return { name: identifier.identifier, source: identifier.source, code: code.code, from, original: alias };
        }),
      ),
    ),
    ...codes
      .filter((code) => code.deprecated !== undefined)
      .map((code) => ({ name: spelt(code.name).identifier, source: spelt(code.name).source, code: code.code, from: "deprecated", original: code.name })),
  ];
}

/** The JSON lines a legacy driver must print. */
export function expectedLegacyLines(uses: readonly LegacyUse[]): { name: string; code: number }[] {
  return uses.map(({ name, code }) => ({ name, code }));
}

/**
 * The names a compiler's output says are deprecated: Swift writes `'legacySelf' is deprecated`, Kotlin
 * `'val RES_SELF: StatusCode' is deprecated` or `'CLASS' is deprecated` (the quoted part's last word is
 * the name, once a type after `:` is dropped).
 */
export function deprecationWarnings(compilerOutput: string): string[] {
  // Only the diagnostic lines themselves (`file:line:col: warning: …`), not the source excerpts repeating them.
  return [...compilerOutput.matchAll(/^\S+:\d+:\d+: warning: '([^']+)' is deprecated/gm)].map((match) => {
    const declaration = (match[1] ?? "").split(":")[0]?.trim() ?? "";
    return declaration.split(/\s+/).at(-1) ?? "";
  });
}
