import { commentLine, commonEscapes, hex, quoted, words } from "../common/text.js";
import { legal, viewIdentifier, type Identifier, type Language } from "../language.js";
import type { LegacyName } from "../legacy-names.js";
import type { CodeModel } from "../../spec/model.js";
import { aliasMessage, deprecationMessage } from "../../shared/sentences.js";
import { goSettingFields } from "./settings.js";

/** The Go Programming Language Specification, Keywords: the 25 words no identifier may be. */
export const goKeywords: ReadonlySet<string> = new Set([
  "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func", "go",
  "goto", "if", "import", "interface", "map", "package", "range", "return", "select", "struct", "switch", "type",
  "var",
]);

/**
 * Initialisms Go writes in one case (`UserID`, `HTTPServer`): golint's commonInitialisms and the ones
 * staticcheck's ST1003 adds (AMQP, DB, GID, RTP, SIP, TS), so that both linters accept every constant; plus
 * SMS, which the table's names use, and OK, as net/http's StatusOK and gRPC's codes.OK spell it. A word of a
 * SCREAMING_SNAKE name that is one stays upper case.
 */
export const goInitialisms: ReadonlySet<string> = new Set([
  "ACL", "AMQP", "API", "ASCII", "CPU", "CSS", "DB", "DNS", "EOF", "GID", "GUID", "HTML", "HTTP", "HTTPS", "ID",
  "IP", "JSON", "LHS", "OK", "QPS", "RAM", "RHS", "RPC", "RTP", "SIP", "SLA", "SMS", "SMTP", "SQL", "SSH", "TCP",
  "TLS", "TS", "TTL", "UDP", "UI", "UID", "UUID", "URI", "URL", "UTF8", "VM", "XML", "XMPP", "XSRF", "XSS",
]);

/**
 * The package-level names the generated file declares. A code's constant lives in the same scope, so one
 * spelt like these would not compile: it is written with the code type's name before it (`CODE` is
 * `CodeCode`, `ALL` is `CodeAll`), as Go packages often prefix constants with their type. No other name
 * can clash: every constant is exported (upper case), and Go's keywords and predeclared identifiers are
 * all lower case. Unexported helpers (`table`, `categories`) are lower case too.
 */
export const goDeclared = {
  types: { code: "Code", info: "Info", categoryInfo: "CategoryInfo" },
  values: { all: "All", lookup: "Lookup", categories: "Categories", version: "TableVersion" },
} as const;

const packageLevelNames: ReadonlySet<string> = new Set([...Object.values(goDeclared.types), ...Object.values(goDeclared.values)]);

/** `RATE_LIMIT` → `RateLimit`, `USER_ID` → `UserID`: exported MixedCaps with Go's initialisms. */
export function goMixedCaps(name: string): string {
  return words(name)
    .map((word) => {
      const upper = word.toUpperCase();
      return goInitialisms.has(upper) ? upper : upper.charAt(0) + word.slice(1);
    })
    .join("");
}

/** A code's constant: its MixedCaps name, after the code type's when the file declares that name already. */
export function goConstant(name: string): Identifier {
  const mixed = goMixedCaps(name);
  return legal(packageLevelNames.has(mixed) ? `${goDeclared.types.code}${mixed}` : mixed);
}

/** How a character that must not stand raw is written: `\uXXXX` (every such character is in the BMP). */
function goUnicodeEscape(codePoint: number): string {
  // Go's \u must name a code point, never half of one; validation refuses lone surrogates in every text.
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) throw new Error("a Go string cannot hold a lone UTF-16 surrogate");
  return `\\u${hex(codePoint, 4)}`;
}

/**
 * A Go interpreted string literal. Go source is UTF-8, so every other character stands as it is; `\\`,
 * `\"` and the line breaks are escaped, and so is what must not stand raw (controls, NUL, bidirectional
 * overrides, the BOM, which Go refuses anywhere but at a file's start), as `\uXXXX`.
 */
export function goString(value: string): string {
  return quoted(value, commonEscapes, goUnicodeEscape);
}

/**
 * Text on one doc comment line, after words of ours (`RateLimit (416): …`). Go's doc comments have no
 * escapes, and gofmt rewrites what reads as structure (an indented line becomes a code block, a lone line
 * an old-style heading, trailing blanks go), while a paragraph starting `Deprecated:` would deprecate the
 * constant. So a text of several lines, or with blanks at an end, is shown as the Go literal that holds
 * it, on one line; any other keeps its words, with what must not stand raw shown as `\uXXXX`.
 */
export function goCommentText(text: string): string {
  if (/[\n\r]|^\s|\s$/.test(text)) return goString(text);
  return commentLine(text, goUnicodeEscape);
}

/**
 * A `//` doc comment of `text` alone (a template's heading, say), on one line: as goCommentText, and a
 * text that would start a heading (`#`), a link definition (`[x]: …`) or a deprecation is quoted too.
 */
export function goDoc(text: string, _indent: string): string {
  if (text === "") return "//";
  const safe = /^(#|\[|Deprecated)/.test(text) ? goString(text) : goCommentText(text);
  return `// ${safe}`;
}

/**
 * A code constant's doc comment, in Go's form: it starts with the constant's name, then the number and
 * the message; `Added in …` when `since` is known; and a `Deprecated:` paragraph, which gopls and
 * staticcheck (SA1019) show at every use, naming the replacement's constant.
 */
export function goConstantDoc(code: CodeModel, identifier: string): string {
  const paragraphs = [`// ${identifier} (${code.code}): ${goCommentText(code.message)}`];
  if (code.since !== undefined) paragraphs.push(`// Added in version ${code.since} of the table.`);
  const deprecated = code.deprecated;
  if (deprecated !== undefined) {
    const replacement = deprecated.replacedBy === undefined ? "" : ` Use ${constantName(deprecated.replacedBy)} instead.`;
    paragraphs.push(`// Deprecated: ${goCommentText(deprecationMessage(deprecated))}${replacement}`);
  }
  return paragraphs.join("\n\t//\n\t");
}

function constantName(name: string): string {
  const identifier = goConstant(name);
  return identifier.ok ? identifier.identifier : name;
}

/**
 * A legacy name's declaration, a package-level constant of the code type equal to the code's own (so
 * that `==` and `case` compare as they did), and its doc comment: it starts with the name, as Go's doc
 * comments do, and its `Deprecated:` paragraph, which staticcheck (SA1019) and gopls show at every use,
 * gives the alias's message and the constant to use instead.
 */
export function goAliasParts(legacy: LegacyName) {
  const canonical = constantName(legacy.code.name);
  const doc = [
    `// ${legacy.identifier} (${legacy.code.code}) is ${canonical} by an earlier name.`,
    `// Deprecated: ${goCommentText(aliasMessage(legacy))} Use ${canonical} instead.`,
  ];
  return { alias: legacy.source, aliasDoc: doc.join("\n\t//\n\t"), canonical };
}

/**
 * Go: a module (go.mod) holding one package, whose codes are constants of `type Code int` in exported
 * MixedCaps. Upper-case constants can never be a keyword, so none is escaped for being one.
 */
export const go = {
  id: "go",
  displayName: "Go",
  settings: {
    description: "The Go module's path, the package's name (and folder) and the go directive of go.mod.",
    fields: goSettingFields(goKeywords),
  },
  keywords: goKeywords,
  keywordsLegalAs: { code: "constants are exported MixedCaps, and every Go keyword is lower case" },
  string: goString,
  doc: goDoc,
  comments: { kind: "line", prefix: "//" },
  naming: { code: goConstant },
  // Package-level constants of the code type beside the codes': the table's former names, spelt as a
  // code's name is (a name the package declares takes the code type's name before it, as a code's does).
  // No vendor SDK in Go has names of its own to carry.
  aliases: {
    sources: { former: (name) => goConstant(name) },
    // The constants are no enum, so nothing lists every name but the String method, which prints the new one.
    renameBreaks: (declared) => `Go's ${declared.types["code"] ?? "Code"}.${declared.members["string"] ?? "String"}`,
    declaredIn: "scope",
  },
  helpers: {
    string: goString,
    doc: goDoc,
    constantName,
  },
  codeView: (code, index, _count, context) => {
    const constant = viewIdentifier(context, index, goConstant) ?? constantName(code.name);
    return {
      constant,
      constantDoc: goConstantDoc(code, constant),
      nameLiteral: goString(code.name),
      categoryLiteral: goString(code.category),
      messageLiteral: goString(code.message),
      kindLiteral: goString(code.kind),
    };
  },
} satisfies Language;
