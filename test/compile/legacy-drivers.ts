import { readFileSync } from "node:fs";
import { join } from "node:path";
import { swiftCaseSource } from "../../generator/languages/swift/language.js";

/**
 * Drivers that use every deprecated name a generated file offers, the way an app written against an older
 * SDK would: each legacy alias of the target, and each deprecated code by its canonical name. Run, they
 * print `{"name", "code"}` per use; compiled, Swift and Kotlin must warn about each use.
 */

type AliasTarget = "typescript" | "swift" | "kotlin";

interface JsonCode {
  code: number;
  name: string;
  deprecated?: unknown;
  aliases?: Partial<Record<AliasTarget, string[]>>;
}

/** One use of a deprecated name: what the driver writes after `StatusCode.`, and the number it must give. */
export interface LegacyUse {
  /** As printed and as the compiler's warning names it. */
  readonly name: string;
  /** As written in source (a Swift keyword in backticks). */
  readonly source: string;
  readonly code: number;
}

/** Every deprecated name `target`'s file offers, read from the JSON output of the same tree. */
export function legacyUses(outDir: string, target: AliasTarget): LegacyUse[] {
  const { codes } = JSON.parse(readFileSync(join(outDir, "json/status-codes.json"), "utf8")) as { codes: JsonCode[] };
  const canonical = (name: string) => (target === "swift" ? swiftCaseSource(name) : name);
  return [
    ...codes.flatMap((code) => (code.aliases?.[target] ?? []).map((alias) => ({ name: alias, source: alias, code: code.code }))),
    ...codes
      .filter((code) => code.deprecated !== undefined)
      .map((code) => ({ name: canonical(code.name).replace(/`/g, ""), source: canonical(code.name), code: code.code })),
  ];
}

/** The JSON lines a legacy driver must print. */
export function expectedLegacyLines(uses: readonly LegacyUse[]): { name: string; code: number }[] {
  return uses.map(({ name, code }) => ({ name, code }));
}

const quote = (name: string) => `\\"${name}\\"`;

export function typescriptLegacyDriver(uses: readonly LegacyUse[]): string {
  const lines = uses.map((use) => `console.log(JSON.stringify({ name: ${JSON.stringify(use.name)}, code: StatusCode.${use.source} }));`);
  return ['import { StatusCode } from "./status-codes.js";', "", ...lines, ""].join("\n");
}

export function swiftLegacyDriver(uses: readonly LegacyUse[]): string {
  const lines = uses.map((use) => `print("{\\"name\\":${quote(use.name)},\\"code\\":\\(StatusCode.${use.source}.rawValue)}")`);
  return [...lines, ""].join("\n");
}

export function kotlinLegacyDriver(uses: readonly LegacyUse[], label: string, generatedPackage: string): string {
  const lines = uses.map((use) => `    println("{\\"name\\":${quote(use.name)},\\"code\\":\${StatusCode.${use.source}.code}}")`);
  return [`package legacy.${label}`, "", `import ${generatedPackage}.StatusCode`, "", "fun main() {", ...lines, "}", ""].join("\n");
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
