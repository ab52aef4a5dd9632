import type { Language } from "../../../generator/languages/language.js";
import type { Toolchain } from "../../toolchains/toolchains.js";
import type { Outcome } from "../run-command.js";

/** A generated output tree to prove, with a label that is also a legal package name segment. */
export interface Subject {
  readonly label: string;
  /** The output root, holding typescript/, swift/, kotlin/ … */
  readonly outDir: string;
  /** The settings the spec gave each language (package, type names), by language id. */
  readonly settings: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/**
 * How one language's output is proved with its real compiler: a driver that prints the table as JSON
 * lines, and a legacy driver that uses every deprecated name the way an app written against an older SDK
 * would. The cross-language test runs every kit; a test fails when a registered language has none.
 */
export interface CompileKit {
  /** The registry's language this kit proves. */
  readonly language: Language;
  readonly toolchain: Toolchain;
  /** Whether the compiler warns at each use of a deprecated name (tsc does not; editors strike the name through). */
  readonly compilerWarns: boolean;
  /** Compiles and runs everything for every subject, in as few compiler calls as it can. */
  run(subjects: readonly Subject[], work: string): Promise<KitResults>;
}

/** What a kit's run gave, per subject label. */
export interface KitResults {
  /** The driver's run in each mode the kit compiles in ("Swift 5", "Swift 6", or one), by label. */
  readonly main: ReadonlyMap<string, ReadonlyMap<string, Outcome>>;
  /** The legacy driver's run, by label. */
  readonly legacy: ReadonlyMap<string, Outcome>;
  /**
   * The names the compiler called deprecated while compiling the legacy driver, one per warning, by label;
   * absent when the language's compiler does not warn (TypeScript marks them for editors instead).
   */
  readonly deprecationWarnings?: ReadonlyMap<string, readonly string[]>;
  /** Further checks that must pass (a linter, "no other warning"), by label and then by name. */
  readonly checks: ReadonlyMap<string, ReadonlyMap<string, Outcome>>;
}
