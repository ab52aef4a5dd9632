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
}

/** The JSON output of a subject's tree. */
export function jsonFile(subject: Pick<Subject, "outDir" | "paths">): string {
  return join(subject.outDir, subject.paths[jsonTarget.id] ?? jsonTarget.output);
}

/** Every deprecated name `language`'s file offers for `subject`, spelt by the language's own naming with its settings. */
export function legacyUses(subject: Pick<Subject, "outDir" | "paths" | "settings">, language: Language): LegacyUse[] {
  const settings = subject.settings[language.id] ?? {};
  const { codes } = JSON.parse(readFileSync(jsonFile(subject), "utf8")) as { codes: JsonCode[] };
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
