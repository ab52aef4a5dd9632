import type { CodeView, Language } from "./language.js";
import type { Model, SettingValues, SpecData } from "../spec/model.js";

/**
 * A file generator: a language, the templates it renders, where their files go, the template context it
 * adds and the names its files declare. Targets live beside their language in languages/<id>/ and are
 * registered once in registry.ts; a target that writes several files (a package) lists each.
 */
export interface Target {
  /** The key in the spec's `settings.outputs`, such as `json-schema`. */
  readonly id: string;
  readonly language: Language;
  /** What the file is, for messages and the README: "the Swift enums". */
  readonly description: string;
  /** Where it writes by default, inside the output directory: its file, or its folder when it writes several. */
  readonly output: string;
  /** The files it writes: each a template and, for a target writing several, a path inside its folder. */
  readonly files: readonly TargetFile[] | ((settings: SettingValues) => readonly TargetFile[]);
  /**
   * The names its files declare, made from the language's settings. Templates print them from here
   * (`{{types.code}}`), never spelt out, and validation checks them: no two alike, no keyword, no alias
   * that takes one.
   */
  readonly declares?: (settings: SettingValues) => Declarations;
  /**
   * The keys of `declares(…).members` that are members of the code type, which no code or alias of an
   * alias language may take; absent when all are. C#'s members belong to its info, category and table
   * classes, beside an enum whose only members are the codes and their aliases.
   */
  readonly codeTypeMembers?: readonly string[];
  /**
   * Names its templates refer to but do not declare (a consumer's template refers to the types the
   * language's built-in target declares): templates see them as `types`, `values` and `members` too, and
   * validation does not count them as this target's declarations.
   */
  readonly refers?: (settings: SettingValues) => Declarations;
  /**
   * Where its declarations live, when files of several targets can share it (a Kotlin package, a Swift
   * module): two targets of one language in one namespace must not declare a type or value twice. Absent
   * when each file is its own namespace (a TypeScript module).
   */
  readonly namespace?: (settings: SettingValues) => string;
  /**
   * The names its files use without declaring them (standard types, utility types, annotations,
   * protocols): a configured or derived name that equals one would change what the file means, so
   * validation refuses it. A test checks the list against every type-like name the rendered files use.
   */
  readonly references?: readonly string[];
  /**
   * The roles of declared types (keys of `declares(…).types`) that the code type's body names in
   * expressions, where a code's own identifier is found first: Kotlin's entries pass
   * `StatusCategory.GENERAL`, and inside the StatusCode enum an entry named like the category type would
   * be taken for it. Validation refuses a code spelt like one of these types.
   */
  readonly typesNamedInCodeType?: readonly string[];
  /**
   * Per-code values its templates print: usually the language's code view, extended with what only this
   * file needs; absent when the templates print only the model's own fields (no code is then copied).
   */
  readonly codeView?: CodeView;
  /** Template values only this target needs (Markdown anchors, alias entries), made once per render. */
  readonly context?: (input: ContextInput) => Readonly<Record<string, unknown>>;
  /**
   * The most codes and categories its files can hold, where their format limits them (a Java enum: the
   * class file's 64 KB per method). A run that writes the target refuses a larger table, at its first entry
   * past the limit; runs that leave the target out are not limited by it.
   */
  readonly capacity?: { readonly codes?: Capacity<SpecData["codes"][number]>; readonly categories?: Capacity<SpecData["categories"][number]> };
}

/** A limit of a target's files: how many entries, and why no more fit (for the message). */
export interface Capacity<Entry = unknown> {
  readonly max: number;
  readonly why: string;
  /**
   * How much of `max` one entry takes, as the spec writes it, where entries differ (a Java code's former
   * names are fields its enum's static initializer sets too); each takes 1 when absent. The table is then
   * refused at the first entry whose running total passes `max`; `what` says how entries count.
   */
  readonly weight?: { readonly of: (entry: Entry) => number; readonly what: string };
}

/** One template of a target and the file it renders. */
export interface TargetFile {
  /** The Handlebars template. */
  readonly template: URL;
  /** Inside the target's output folder; absent for a target whose output is this file itself. */
  readonly path?: string;
  /**
   * Rendered as this other target renders its own: with its language's helpers, its code view, context and
   * declared names. A package holds files of other targets this way (the npm package's CHANGELOG.md is the
   * changelog target's); its own declarations are not counted twice. Such a file's `paths` are the
   * package's files held this way, by the target they are rendered as, not the run's: a package is
   * published alone, so its files link only to each other.
   */
  readonly as?: Target;
  /** Values only this file's template sees, as `{{file.x}}`: one template rendered as ESM and as CommonJS. */
  readonly data?: Readonly<Record<string, string | boolean>>;
}

/**
 * What a target's files declare, by role: `{ types: { code: "StatusCode" }, values: { list: "statusCodes" } }`.
 * Types and values are separate namespaces (TypeScript's `StatusCode` is both); members belong to the code
 * type, so a legacy name declared on it (an alias) may not take one.
 */
export interface Declarations {
  readonly types?: Readonly<Record<string, string>>;
  readonly values?: Readonly<Record<string, string>>;
  readonly members?: Readonly<Record<string, string>>;
}

/** What a target's context function reads: the model, its settings, its declarations and where files go. */
export interface ContextInput {
  readonly model: Model;
  readonly settings: SettingValues;
  readonly declared: Required<Declarations>;
  /** The path, inside the output directory, of the file being rendered. */
  readonly path: string;
  /** Where each target of the run writes, by target id; a target the run does not write is absent. */
  readonly paths: Readonly<Record<string, string>>;
}

/** The files a target writes with `settings`. */
export function targetFiles(target: Target, settings: SettingValues): readonly TargetFile[] {
  return typeof target.files === "function" ? target.files(settings) : target.files;
}

/**
 * What every template sees besides the model's fields (the README's “The model a template sees” lists
 * these; a test holds it to this interface). `settings` is the target's language's settings, not the
 * model's: a template never needs another language's.
 */
export interface FileContext {
  /** `Generated from <spec> by status-codegen — do not edit.`: what a file's first comment says. */
  readonly header: string;
  /** The path of the file being rendered, inside the output root. */
  readonly path: string;
  /** Where each target of the run writes, by name (a target id, or the name the config gives). */
  readonly paths: Readonly<Record<string, string>>;
  /** The target's language's settings: the spec's, then the config's options, defaults filled in. */
  readonly settings: SettingValues;
  /** The type names the language's code declares, by role (`code`, `category`, `kind`, …). */
  readonly types: Readonly<Record<string, string>>;
  /** The value names it declares (`codeList`, `lookup`, …). */
  readonly values: Readonly<Record<string, string>>;
  /** The names it declares on the code type (`fromCode`, …). */
  readonly members: Readonly<Record<string, string>>;
  /** What this file of its target is, when the target writes several from one template (`module`: `esm`). */
  readonly file: Readonly<Record<string, string | boolean>>;
}

/** FileContext's keys; no code view or target context may take one. */
export const contextKeys = ["header", "path", "paths", "settings", "types", "values", "members", "file"] as const satisfies readonly (keyof FileContext)[];
/** Fails to compile when FileContext gains a key that contextKeys lacks. */
export type EveryContextKeyListed = NeverOr<Exclude<keyof FileContext, (typeof contextKeys)[number]>>;
type NeverOr<T extends never> = T;

/** Every name a target's templates print from `types`, `values` and `members`: what it declares, or else what it refers to. */
export function declarationsOf(target: Target, settings: SettingValues): Required<Declarations> {
  const declared = target.declares?.(settings) ?? target.refers?.(settings) ?? {};
  return { types: declared.types ?? {}, values: declared.values ?? {}, members: declared.members ?? {} };
}

/** Where a target's templates live: templates/ at the package root, beside generator/ and dist/. */
export const templatesUrl: URL = new URL("../../templates/", import.meta.url);

/** Each built-in template's URL, made once: targets ask for theirs at every run (a run asks 32 times). */
const builtinTemplates = new Map<string, URL>();

/** A template of the package's own templates/ folder (one URL object per name: nothing changes it). */
export function builtinTemplate(name: string): URL {
  let template = builtinTemplates.get(name);
  if (template === undefined) {
    template = new URL(name, templatesUrl);
    builtinTemplates.set(name, template);
  }
  return template;
}
