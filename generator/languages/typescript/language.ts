import { lowerFirst } from "../common/text.js";
import { codeLiterals, jsonString, type CodeLiterals } from "../common/json-literals.js";
import { blockDoc, docHelper } from "../common/block-doc.js";
import { npmPackageField } from "../common/package-coordinates.js";
import { typeNameFields } from "../common/type-names.js";
import { illegal, legal, type Identifier, type Language } from "../language.js";
import type { CodeModel } from "../../spec/model.js";
import { relativeReference } from "../../render/common-helpers.js";
import { deprecationMessage } from "../../shared/sentences.js";

/**
 * The most object literals one array literal may hold. tsc (5.9 and 7.0 alike) refuses more than about
 * 1,000 (1,000 compile, 1,100 do not), "Expression produces a union type that is too complex to represent":
 * it reduces their types against each other, pair by pair, and gives up past a million pairs.
 */
export const arrayLiteralLimit = 1000;

/**
 * Codes per array literal of a longer code list, which is written as arrays of this many joined by
 * `concat`, each checked against the entry type: half the limit, so that no array is near it.
 */
export const codeArrayLength = arrayLiteralLimit / 2;

/**
 * How a TypeScript file at output path `from` imports the one at `to`: relative, with the extension the
 * compiled file has (`./status.js` for `status.ts`), as `module: node16`/`nodenext` requires and bundlers accept.
 */
export function moduleReference(from: string, to: string): string {
  return relativeReference(from, to).replace(/\.([cm]?)tsx?$/, (_, kind: string) => `.${kind}js`);
}

/** A TypeScript string literal: the JSON one, which TypeScript reads the same way. */
export const tsString = jsonString;

/**
 * The name of a list of `typeName` values, by English's regular plurals: `StatusCode` → `statusCodes`,
 * `StatusCategory` → `statusCategories`, `WebStatus` → `webStatuses`, `Index` → `indexes`,
 * `Analysis` → `analyses`.
 */
export function listName(typeName: string): string {
  const singular = lowerFirst(typeName);
  if (/[^aeiou]y$/.test(singular)) return `${singular.slice(0, -1)}ies`;
  if (/[^aeiou]is$/.test(singular)) return `${singular.slice(0, -2)}es`;
  if (/(?:s|x|z|ch|sh)$/.test(singular)) return `${singular}es`;
  return `${singular}s`;
}

/**
 * Object.prototype's members: a property of the same name on StatusCode would shadow one that code relies
 * on (`${StatusCode}` calls toString), and `__proto__` in an object literal sets the prototype instead.
 */
const objectMembers: ReadonlySet<string> = new Set([
  "__proto__", "constructor", "toString", "toLocaleString", "valueOf", "hasOwnProperty", "isPrototypeOf",
  "propertyIsEnumerable", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__",
]);

/** A legacy name as a property of the StatusCode object: any identifier but Object.prototype's members. */
export function typescriptAlias(alias: string): Identifier {
  return objectMembers.has(alias) ? illegal(`every object has ${alias} already, and code relies on it`) : legal(alias);
}

/** A code's doc comment: its message, then when it came and whether (and why) it is deprecated. */
export function tsCodeDoc(code: CodeModel, typeName: string): string {
  const tags: [string, string][] = [];
  if (code.since !== undefined) tags.push(["since", code.since]);
  if (code.deprecated !== undefined) {
    const replacement = code.deprecated.replacedBy === undefined ? "" : ` Use {@link ${typeName}.${code.deprecated.replacedBy}} instead.`;
    tags.push(["deprecated", `${deprecationMessage(code.deprecated)}${replacement}`]);
  }
  return blockDoc(code.message, "  ", tags);
}

/**
 * TypeScript: codes are properties of one object, so names are used as they are (object keys may be any
 * word); declared constants must not be reserved words.
 */
export const typescript = {
  id: "typescript",
  displayName: "TypeScript",
  settings: { description: "Type names of the TypeScript output, and the npm package's name.", fields: { ...typeNameFields, npmPackage: npmPackageField } },
  keywords: new Set([
    "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum",
    "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null",
    "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield",
    "let", "static", "implements", "interface", "package", "private", "protected", "public", "await",
    "arguments", "eval", "undefined", "NaN", "Infinity",
    // What a CommonJS module's top level already has (parameters of Node's module wrapper, which a
    // top-level const may not redeclare; tsc reserves exports and require, TS2441): the npm package's
    // CommonJS file, or the output compiled as CommonJS, could not declare them.
    "exports", "module", "require",
  ]),
  keywordsLegalAs: {
    code: "codes are keys of an object literal, and a key may be any word",
    alias: "aliases are keys of an object literal, and a key may be any word",
    type: "NaN and Infinity are globals, not reserved words: a type may take the name, and the constant made from it is checked apart",
  },
  // The file uses Map and ReadonlyMap; the others would shadow globals every reader knows.
  reservedTypeNames: new Set([
    "Map", "ReadonlyMap", "Array", "ReadonlyArray", "Object", "String", "Number", "Boolean", "Symbol", "Error",
    "Set", "Promise", "Record", "Readonly", "Partial", "JSON", "Math", "Date", "RegExp", "Function",
  ]),
  string: tsString,
  doc: docHelper,
  comments: { kind: "block", open: "/**", close: "*/", nests: false },
  naming: { code: (name) => legal(name) },
  // Extra properties of the StatusCode object: the desktop SDKs' kNIMRes names, which node-nim's
  // NIMResCode uses, and the table's own former names.
  aliases: {
    sources: { former: (name) => typescriptAlias(name), desktop: (name) => typescriptAlias(name) },
    renameBreaks: (declared) => `TypeScript's ${declared.types["name"] ?? "name"} union`,
  },
  helpers: { string: tsString, doc: docHelper, moduleReference },
  codeView: (code, index, count, { declared }) => {
    const literals = codeLiterals(code);
    // One literal of every field, not the literals spread with a field after them: V8 builds such a spread
    // several times slower (see the C# target's view). Typed so that a literal codeLiterals gains and this
    // copy leaves out fails to compile.
    const view: CodeLiterals & { readonly docAndDeprecation: string; readonly listBreak: boolean } = {
      nameLiteral: literals.nameLiteral,
      categoryLiteral: literals.categoryLiteral,
      messageLiteral: literals.messageLiteral,
      kindLiteral: literals.kindLiteral,
      docAndDeprecation: tsCodeDoc(code, declared.types["code"] ?? ""),
      listBreak: count > arrayLiteralLimit && index > 0 && index % codeArrayLength === 0,
    };
    return view;
  },
} satisfies Language;
