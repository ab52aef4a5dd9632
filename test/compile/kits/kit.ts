import type { Language } from "../../../generator/languages/language.js";
import { declarationsOf, type Declarations, type Target } from "../../../generator/languages/target.js";
import { defaultSettings } from "../../../generator/languages/language.js";
import type { Toolchain } from "../../toolchains/toolchains.js";
import type { Outcome } from "../run-command.js";

/** A generated output tree to prove, with a label that is also a legal package name segment. */
export interface Subject {
  readonly label: string;
  /** The output root, holding typescript/, swift/, kotlin/ … (or wherever the spec's outputs put them). */
  readonly outDir: string;
  /** The settings the spec gave each language (package, type names), by language id. */
  readonly settings: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Where each target wrote, inside outDir, by target id. */
  readonly paths: Readonly<Record<string, string>>;
}

/** The names `target`'s file declares for `subject`: what its drivers must call. */
export function declaredFor(target: Target, subject: Subject): Required<Declarations> {
  return declarationsOf(target, subject.settings[target.language.id] ?? defaultSettings(target.language));
}

/**
 * A driver written against the default names, renamed to what `target` declares for `subject`: each
 * default type, value or member name (a whole word) becomes the configured one.
 */
export function renamedDriver(source: string, target: Target, subject: Subject): string {
  const defaults = declarationsOf(target, defaultSettings(target.language));
  const configured = declaredFor(target, subject);
  const renames = new Map<string, string>();
  for (const kind of ["types", "values", "members"] as const) {
    for (const [role, name] of Object.entries(defaults[kind])) {
      const wanted = configured[kind][role];
      if (wanted !== undefined && wanted !== name) renames.set(name, wanted);
    }
  }
  if (renames.size === 0) return source;
  const pattern = new RegExp(`\\b(${[...renames.keys()].join("|")})\\b`, "g");
  return source.replace(pattern, (name) => renames.get(name) ?? name);
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
