import type { CodeModel, Model, SettingValues } from "../spec/model.js";
import type { Declarations } from "./target.js";
import type { RuleSet } from "../spec/rules/context.js";

/**
 * A language as the registry knows it: everything about writing code or text in it that does not depend
 * on which file is written. Files are targets (render/target.ts); several targets may share a language.
 * Each language lives in languages/<id>/ and is registered once in registry.ts.
 */
export interface Language {
  /** The key of its `settings` entry in the spec, such as `kotlin`. */
  readonly id: string;
  /** Shown in messages and notes: "collide in Swift", "`RES_X` (Kotlin)". */
  readonly displayName: string;
  /** `settings.<id>` in the spec; absent when it has none. */
  readonly settings?: LanguageSettings;
  /** Words that cannot be declared as they are: one list, as quicktype keeps `keywords` per language. */
  readonly keywords: ReadonlySet<string>;
  /**
   * Where keywords are legal as they are, with the reason: TypeScript object keys may be any word. The
   * conformance suite accepts an unescaped keyword only in these roles.
   */
  readonly keywordsLegalAs?: Readonly<Partial<Record<IdentifierRole, string>>>;
  /** Standard types and names readers expect to mean a built-in: no configured type name may be one. */
  readonly reservedTypeNames?: ReadonlySet<string>;
  /** A string literal holding exactly `value`; absent for languages without string literals. */
  readonly string?: (value: string) => string;
  /** Running text (a Markdown table cell) that a reader of the language gets back as `value`; for languages without literals. */
  readonly text?: (value: string) => string;
  /** A documentation comment holding `text`; its first line unindented, later lines after `indent`. */
  readonly doc?: (text: string, indent: string) => string;
  /** How `doc` comments are delimited, so the conformance suite can check that none closes early. */
  readonly comments?: CommentSyntax;
  /** How spec names become identifiers; absent when the language makes none (JSON, Markdown). */
  readonly naming?: Naming;
  /** How legacy names (the spec's `aliases.<source>`, see alias-sources.ts) are declared; absent when its files carry none. */
  readonly aliases?: AliasSupport;
  /**
   * Rules for what the language's compiled form cannot hold however the file is written (a .NET
   * assembly's 16 MiB of string literals), run after the spec's own rule sets, each problem located.
   */
  readonly rules?: RuleSet;
  /** Helpers the language's templates call by name (`{{string message}}`); every template also gets the common ones. */
  readonly helpers: Readonly<Record<string, Helper>>;
  /**
   * Values a template prints for each code, made once per code by this language's rules (literals,
   * identifiers, doc comments) and merged into the code the template sees, so that loops over 100,000 codes
   * only look fields up: a helper call costs Handlebars an options object each time. Names must differ from
   * the model's fields and from helper names.
   */
  readonly codeView?: CodeView;
}

/** Per-code values for templates: see Language.codeView. */
export type CodeView = (code: CodeModel, index: number, count: number, context: ViewContext) => Readonly<Record<string, string | boolean>>;

/** What a code view may read besides the code: the whole model, the target's settings and the names its files declare. */
export interface ViewContext {
  readonly model: Model;
  readonly settings: SettingValues;
  readonly declared: Required<Declarations>;
  /**
   * The codes' identifiers in the target's language as validation made them with these settings (see
   * spec/view-identifiers.ts); undefined when it made none.
   */
  readonly identifiers?: ViewIdentifiers | undefined;
}

/** The codes' identifiers as validation made them: each as written in source, by index in `model.codes`. */
export interface ViewIdentifiers {
  /** The naming.code that spelt them: a view takes them only when it would spell the names with it too. */
  readonly spelledBy: Naming["code"];
  /** Undefined for a code whose name has no identifier. */
  readonly sources: readonly (string | undefined)[];
}

/**
 * The code's identifier as written in source, as validation made it (see ViewContext.identifiers) with
 * `spelledBy`, the function the view would spell it with; undefined when validation made none with it
 * (another language's target may use this view): the view then spells the name itself.
 */
export function viewIdentifier(context: ViewContext, index: number, spelledBy: Naming["code"]): string | undefined {
  const identifiers = context.identifiers;
  return identifiers !== undefined && identifiers.spelledBy === spelledBy ? identifiers.sources[index] : undefined;
}

/** Where a spec or settings value becomes an identifier: a code, a category, an alias, a configured type name. */
export type IdentifierRole = "code" | "category" | "alias" | "type";

/** The identifier a language gives a spec name, or why no legal identifier exists for it. */
export type Identifier =
  | {
      readonly ok: true;
      /** The name as the language sees it: two names with the same identifier collide. */
      readonly identifier: string;
      /** The name as written in source: a keyword in backticks, say. */
      readonly source: string;
    }
  | { readonly ok: false; readonly reason: string };

/** Shorthand for a legal identifier, written as it is unless `source` says otherwise. */
export function legal(identifier: string, source: string = identifier): Identifier {
  return { ok: true, identifier, source };
}

/** Shorthand for a name no spelling makes legal. */
export function illegal(reason: string): Identifier {
  return { ok: false, reason };
}

/** How codes and categories are named; settings give what a name may depend on (a prefix, a type name). */
export interface Naming {
  /** A code's SCREAMING_SNAKE name as this language spells it. */
  readonly code: (name: string, settings: SettingValues) => Identifier;
  /** A category's kebab-case id as this language spells it; absent when no identifier is made from it. */
  readonly category?: (id: string, settings: SettingValues) => Identifier;
}

/** How a language declares the spec's legacy names for a code. */
export interface AliasSupport {
  /**
   * The alias sources (languages/alias-sources.ts) whose names this language's files declare, each with
   * how it spells one, in the order the files list them: Swift spells the iOS SDK's
   * `NIMRemoteErrorCodeFrequently` as `codeFrequently`. A spelling refuses a name that cannot be declared
   * (a keyword the language cannot escape, a member every such type has); names the generated file
   * declares, canonical names and other aliases are checked apart, by the evolution rules.
   */
  readonly sources: Readonly<Record<string, AliasSpelling>>;
  /**
   * What a rename breaks in this language even when the old name stays as an alias, for `diff`'s advice
   * ("Swift switches that list every case"), given the names its targets declare.
   */
  readonly renameBreaks: (declared: Required<Declarations>) => string;
  /**
   * Where the names are declared: on the code type (`"type"`, the default: Kotlin's companion vals,
   * Swift's static lets), where no name may be one of the members the target declares on it; or beside
   * the codes in the file's own scope (`"scope"`: Go's package-level constants), where the code type's
   * members cannot clash, and the values the file declares can.
   */
  readonly declaredIn?: "type" | "scope";
}

/** How a language spells one name of an alias source. */
export type AliasSpelling = (name: string, context: AliasContext) => Identifier;

/** What a spelling may depend on besides the name. */
export interface AliasContext {
  /** The language's settings. */
  readonly settings: SettingValues;
  /** Every name the spec gives the same source, over all codes, in the spec's order (Swift's imported spellings depend on all of them). */
  readonly names: readonly string[];
}

/** The spelling of a former canonical name: as the language spells a code's name. */
export function formerNameSpelling(language: Pick<Language, "naming" | "displayName">): AliasSpelling {
  return (name, { settings }) => language.naming?.code(name, settings) ?? illegal(`${language.displayName} does not name codes`);
}

/** How a language's doc comments are delimited. */
export type CommentSyntax =
  | { readonly kind: "block"; readonly open: string; readonly close: string; readonly nests: boolean }
  | { readonly kind: "line"; readonly prefix: string };

/** One setting of a language: its JSON Schema, its default and what the schema cannot say. */
export interface SettingField {
  readonly schema: Readonly<Record<string, unknown>>;
  /** The pattern the schema holds values to, so that rules judge only values the schema accepts. */
  readonly pattern: RegExp;
  readonly default: string;
  /** True for a type name: it may not be one of the language's reservedTypeNames. */
  readonly typeName?: boolean;
  /** Problems the schema cannot express, such as a keyword inside a package name; empty when fine. */
  readonly check?: (value: string) => readonly string[];
}

/** A language's settings: a description for the schema and its fields. */
export interface LanguageSettings {
  readonly description: string;
  readonly fields: Readonly<Record<string, SettingField>>;
}

/** A Handlebars helper: template arguments in, finished text out (Handlebars appends its options object). */
export type Helper = (...args: never[]) => string;

/** The values of a language's settings when nothing is configured. */
export function defaultSettings(language: Language): SettingValues {
  return Object.fromEntries(Object.entries(language.settings?.fields ?? {}).map(([field, setting]) => [field, setting.default]));
}

/** How a language spells a canonical name: its identifier, or the name itself when it makes none (or none is legal). */
export function spelling(language: Language | undefined, name: string, settings: SettingValues = language === undefined ? {} : defaultSettings(language)): string {
  const identifier = language?.naming?.code(name, settings);
  return identifier === undefined || !identifier.ok ? name : identifier.identifier;
}
