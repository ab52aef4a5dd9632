import { commentText, commonEscapes, hex, lowerCamelCase, memoized, prefixLines, quoted } from "../common/text.js";
import { illegal, legal, viewIdentifier, type Identifier, type Language, type ViewContext } from "../language.js";
import type { CodeModel } from "../../spec/model.js";
import { aliasMessage, deprecationMessage } from "../../shared/sentences.js";
import type { LegacyName } from "../legacy-names.js";
import { namespaceField, typeNameFields } from "./settings.js";
import { stringHeapRules } from "./string-heap.js";

/**
 * C#'s reserved keywords (C# language reference, "C# keywords"): an identifier needs `@` to be one.
 * Contextual keywords (`value`, `var`, `nameof`, `global`, …) are identifiers wherever the output uses names.
 */
export const csharpKeywords: ReadonlySet<string> = new Set([
  "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
  "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
  "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
  "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
  "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof",
  "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof", "uint",
  "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
]);

/**
 * Members every C# enum has, from System.Enum, System.ValueType and System.Object (instance and static,
 * .NET Framework 4.5 to .NET 9). A code named like one would hide it: `code.ToString()` would name the
 * code's constant, which csc refuses to call (CS1955). No spelling avoids that (`@ToString` is the same
 * name), so such a code is refused.
 */
const enumMembers: ReadonlySet<string> = new Set([
  "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", "ReferenceEquals", "CompareTo",
  "HasFlag", "GetTypeCode", "TryFormat", "Format", "GetName", "GetNames", "GetValues", "GetValuesAsUnderlyingType",
  "GetUnderlyingType", "IsDefined", "Parse", "TryParse", "ToObject",
]);

/** `RATE_LIMIT` → `RateLimit`: .NET's PascalCase for constants and enum members. */
export function pascalCase(name: string): string {
  const camel = lowerCamelCase(name);
  return camel.charAt(0).toUpperCase() + camel.slice(1);
}

/**
 * A code's enum member. PascalCase starts upper case and every C# keyword is lower case, so none needs
 * `@`; a member every enum has and the enum's own name (CS0542) are refused.
 */
export function csharpMember(name: string, settings: Readonly<Record<string, string>>): Identifier {
  const identifier = pascalCase(name);
  if (enumMembers.has(identifier)) return illegal(`every C# enum has a member "${identifier}", which a code of that name would hide`);
  if (identifier === settings["typeName"]) return illegal(`C# cannot name an enum member "${identifier}" like the enum itself (CS0542; settings.csharp.typeName names the enum)`);
  return legal(identifier);
}

/**
 * A legacy name of an SDK (the desktop SDKs' `kNIMResFrequently`) as a member of the code enum, spelt as
 * the SDK spells it, so that `StatusCode.kNIMResFrequently` reads as `NIM.ResponseCode.kNIMResFrequently`
 * did. A keyword is written with `@` (`StatusCode.@default`), as a C# SDK would have had to declare it;
 * a member every enum has, `value__` (the field an enum keeps its value in, CS0076) and the enum's own
 * name (CS0542) cannot be declared at all.
 */
export function csharpAlias(name: string, settings: Readonly<Record<string, string>>): Identifier {
  if (enumMembers.has(name)) return illegal(`every C# enum has a member "${name}", which an alias of that name would hide`);
  if (name === "value__") return illegal(`a C# enum keeps its value in a field "value__", which no member may be named (CS0076)`);
  if (name === settings["typeName"]) return illegal(`C# cannot name an enum member "${name}" like the enum itself (CS0542; settings.csharp.typeName names the enum)`);
  return legal(name, csharpKeywords.has(name) ? `@${name}` : name);
}

function csharpUnicodeEscape(codePoint: number): string {
  return `\\u${hex(codePoint, 4)}`;
}

/**
 * A C# regular string literal: `\\`, `\"`, `\n`, `\r`, `\t`, and `\uXXXX` for every character that must
 * not stand raw (controls, bidirectional marks, U+0085, U+2028 and U+2029, which C# reads as line breaks),
 * plus U+FFFE and U+FFFF, noncharacters some tools drop. Never `\x`, whose length is open-ended: `\x41B`
 * is one character. Characters above U+FFFF stay raw (mcs reads UTF-8 source), written as their pair.
 */
export function csharpString(value: string): string {
  return quoted(value, csharpEscapes, csharpUnicodeEscape);
}

const csharpEscapes: Readonly<Record<string, string>> = { ...commonEscapes, "\uFFFE": "\\uFFFE", "\uFFFF": "\\uFFFF" };

/** What XML 1.0 cannot hold or would read as markup: escaped in doc comments. */
const xmlSpecial = /[&<>\uFFFE\uFFFF]/g;
const xmlEscapes: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\uFFFE": "\\uFFFE", "\uFFFF": "\\uFFFF" };

/**
 * Text made safe inside an XML doc comment: characters that must not stand raw (controls, which XML 1.0
 * cannot hold either, lone surrogates, line separators) shown as `\uXXXX`, tabs as spaces, line breaks as
 * LF, and `&`, `<`, `>` as entities, so no text can open a tag or end the comment's XML early.
 */
export function csharpDocText(text: string): string {
  const shown = commentText(text, csharpUnicodeEscape);
  return shown.replace(xmlSpecial, (char) => xmlEscapes[char] ?? char);
}

/**
 * A `///` XML doc comment holding `text` in `<summary>`, then `<remarks>` when given; on one line when the
 * text is one line. The first line is unindented, later lines get `indent`.
 */
export function csharpDoc(text: string, indent: string, remarks?: string): string {
  const element = (tag: string, body: string) => {
    const safe = csharpDocText(body);
    return safe.includes("\n") ? `<${tag}>\n${safe}\n</${tag}>` : `<${tag}>${safe}</${tag}>`;
  };
  const parts = [element("summary", text)];
  if (remarks !== undefined) parts.push(element("remarks", remarks));
  return prefixLines(parts.join("\n"), `${indent}///`).slice(indent.length);
}

/** csharpDoc as a template helper: Handlebars appends an options object, which must not be taken for remarks. */
export function csharpDocHelper(text: string, indent: string): string {
  return csharpDoc(text, indent);
}

/**
 * What precedes an enum member: its doc comment (the message, then since when in `<remarks>`) and, for a
 * deprecated code, `[Obsolete]`, whose message mcs and csc show at every use (CS0618). `global::` keeps the
 * attribute the framework's whatever the namespace or the codes are named (`Hostile.System`, `Obsolete`).
 */
export function csharpMemberHead(code: CodeModel): string {
  const doc = csharpDoc(code.message, "        ", code.since === undefined ? undefined : `Since ${code.since}.`);
  if (code.deprecated === undefined) return doc;
  const replacement = code.deprecated.replacedBy === undefined ? "" : ` Use ${pascalCase(code.deprecated.replacedBy)} instead.`;
  return `${doc}\n        [global::System.Obsolete(${csharpString(`${deprecationMessage(code.deprecated)}${replacement}`)})]`;
}

/**
 * The parts of a legacy name's declaration, an `[Obsolete]` member of the code enum with the code's number
 * (names that share a value are one value: `==`, `switch` and casts treat them alike), that need C#'s
 * rules; the template lays the declaration out.
 */
export function csharpAliasParts(legacy: LegacyName) {
  const message = aliasMessage(legacy);
  return {
    aliasDoc: csharpDoc(message, "        "),
    attribute: `[global::System.Obsolete(${csharpString(`${message} Use ${pascalCase(legacy.code.name)} instead.`)})]`,
    alias: legacy.source,
    value: String(legacy.code.code),
  };
}

/** Kind members (`Success`, `Info`, `Error`): the same few values across every code. */
const kindMember = memoized(pascalCase);

/** C#: the codes as an enum of PascalCase members, their details in classes; see target.ts. */
export const csharp = {
  id: "csharp",
  displayName: "C#",
  settings: {
    description: "The namespace and type names of the C# output.",
    fields: { namespace: namespaceField(csharpKeywords), ...typeNameFields },
  },
  keywords: csharpKeywords,
  keywordsLegalAs: { code: "enum members are PascalCase, and every C# keyword is lower case" },
  // Framework types a reader expects a name to mean (the file itself names them through global::System).
  reservedTypeNames: new Set([
    "Object", "String", "Boolean", "Int32", "Int64", "Enum", "Array", "Type", "Attribute", "Obsolete",
    "ObsoleteAttribute", "Exception", "IReadOnlyList", "IEnumerable", "List", "Dictionary", "Console", "Math",
    "Nullable", "Version", "System", "Action", "Func", "Convert", "Environment", "ValueType", "Delegate",
  ]),
  string: csharpString,
  doc: csharpDocHelper,
  comments: { kind: "line", prefix: "///" },
  naming: { code: csharpMember },
  // [Obsolete] members of the code enum: the table's former names spelt as codes are, and the desktop
  // SDKs' names as their C# SDK spells them in NIM.ResponseCode.
  aliases: {
    sources: {
      former: (name, { settings }) => csharpMember(name, settings),
      desktop: (name, { settings }) => csharpAlias(name, settings),
    },
    // What a rename changes even with the old name kept: an alias shares its code's number, and .NET gives
    // either name of a number that has two.
    renameBreaks: (declared) => `C# names read back from a ${declared.types["code"] ?? "code"} (ToString and Enum.GetName give either name of a number that has two)`,
  },
  rules: stringHeapRules,
  helpers: {
    string: csharpString,
    doc: csharpDocHelper,
    member: pascalCase,
  },
  codeView: (code, index, _count, context) => csharpCodeView(code, index, context),
} satisfies Language;

/** What a C# template sees of a code beside its fields (the language's code view); a type, so that it is a record of strings. */
export type CSharpCodeView = {
  readonly memberName: string;
  readonly nameLiteral: string;
  readonly messageLiteral: string;
  readonly docAndDeprecation: string;
  readonly kindMember: string;
};

export function csharpCodeView(code: CodeModel, index: number, context: ViewContext): CSharpCodeView {
  return {
    memberName: viewIdentifier(context, index, csharpMember) ?? pascalCase(code.name),
    nameLiteral: csharpString(code.name),
    messageLiteral: csharpString(code.message),
    docAndDeprecation: csharpMemberHead(code),
    kindMember: kindMember(code.kind),
  };
}
