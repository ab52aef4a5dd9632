import type { CodeModel, Model, TypeNames } from "../model.js";

/** The identifier a language gives a spec name, or why no legal identifier exists for it. */
export type Identifier = { readonly ok: true; readonly identifier: string } | { readonly ok: false; readonly reason: string };

/** A Handlebars helper: template arguments in, finished text out (Handlebars appends its options object). */
export type Helper = (...args: never[]) => string;

/**
 * Everything one output language knows about itself: how its literals, comments and identifiers are written.
 * Templates call `helpers`; validation calls the identifier functions to find collisions and illegal names
 * before anything is rendered.
 */
export interface Language {
  /** Shown in messages: "collide in Swift". */
  readonly displayName: string;
  /** Helpers this language's templates call, by name. */
  readonly helpers: Readonly<Record<string, Helper>>;
  /** How a code's SCREAMING_SNAKE name is spelt in this language; absent when the name is used as it is. */
  readonly codeIdentifier?: (name: string) => Identifier;
  /**
   * Whether a legacy name (alias) can be declared as it is in this language; absent when the language's
   * files carry no aliases. Collisions with canonical names and other aliases are checked separately.
   */
  readonly aliasIdentifier?: (alias: string) => Identifier;
  /** How a category id is spelt in this language; absent when no identifier is made from it. */
  readonly categoryIdentifier?: (id: string) => Identifier;
  /** Which `settings` entry holds this language's type names, when it has any. */
  readonly settingsKey?: "typescript" | "swift" | "kotlin";
  /** Every type name the generated file declares, given the configured ones; they must all differ. */
  readonly declaredTypeNames?: (names: TypeNames) => string[];
  /**
   * Every value (constant, function) the generated file declares from the configured names, such as
   * TypeScript's `statusCodes` and `isStatusCode`; they must all differ and none may be a reserved word.
   */
  readonly declaredValueNames?: (names: TypeNames) => string[];
  /** Words that cannot name a declared value. */
  readonly reservedWords?: ReadonlySet<string>;
  /** Names the generated file uses or that readers expect to mean a built-in; no configured name may be one. */
  readonly reservedTypeNames?: ReadonlySet<string>;
  /**
   * Values a template prints for each code, made once per code by this language's own rules (literals,
   * identifiers, doc comments) and merged into the code the template sees. Loops over 100,000 codes then
   * only look fields up: a helper call costs Handlebars an options object each time. Names must differ
   * from the model's fields and from helper names.
   */
  readonly codeView?: (code: CodeModel, index: number, count: number, model: Model) => Readonly<Record<string, string>>;
  /** Extra values for the template that only this language needs (such as Markdown anchors). */
  readonly context?: (model: Model) => Readonly<Record<string, unknown>>;
}

/** How a language spells a canonical name: its identifier, or the name itself when it makes none (or none is legal). */
export function spelling(language: Language | undefined, name: string): string {
  const identifier = language?.codeIdentifier?.(name);
  return identifier === undefined || !identifier.ok ? name : identifier.identifier;
}

/** Shorthand for a legal identifier. */
export function legal(identifier: string): Identifier {
  return { ok: true, identifier };
}
