import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Language } from "../../generator/languages/language.js";

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
}

/** Every deprecated name `language`'s file offers, spelt by the language's own naming with `settings`. */
export function legacyUses(outDir: string, language: Language, settings: Readonly<Record<string, string>> = {}): LegacyUse[] {
  const { codes } = JSON.parse(readFileSync(join(outDir, "json/status-codes.json"), "utf8")) as { codes: JsonCode[] };
  const spelt = (name: string): { identifier: string; source: string } => {
    const identifier = language.naming?.code(name, settings);
    return identifier?.ok === true ? identifier : { identifier: name, source: name };
  };
  const aliasSource = (alias: string) => {
    const identifier = language.aliases?.identifier(alias);
    return identifier?.ok === true ? identifier.source : alias;
  };
  return [
    ...codes.flatMap((code) => (code.aliases?.[language.id] ?? []).map((alias) => ({ name: alias, source: aliasSource(alias), code: code.code }))),
    ...codes
      .filter((code) => code.deprecated !== undefined)
      .map((code) => ({ name: spelt(code.name).identifier, source: spelt(code.name).source, code: code.code })),
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
