import { hex, mustEscape, needsEscapePattern } from "../common/text.js";
import type { Language } from "../language.js";

/**
 * Code points XML 1.0 cannot hold at all, not even as a character reference: C0 controls other than tab,
 * line feed and carriage return, and U+FFFE and U+FFFF. They become U+FFFD, the replacement character; a
 * reader gets that back (the documented limit, as in Markdown).
 */
function forbiddenInXml(codePoint: number): boolean {
  return (codePoint < 0x20 && codePoint !== 0x09 && codePoint !== 0x0a && codePoint !== 0x0d) || codePoint === 0xfffe || codePoint === 0xffff;
}

const xmlSpecial = needsEscapePattern(["&", "<", ">", '"', "'", "\uFFFE", "\uFFFF"]);

/**
 * XML character data: `&`, `<`, `>` (and, in an attribute, both quotes) as entities; what must not stand raw
 * (line breaks, tabs, invisible and bidi characters) as numeric references, which every parser gives back
 * exactly (a raw CR or tab would be normalized in attributes); what XML cannot hold, as U+FFFD.
 */
function escapeXml(value: string, attribute: boolean): string {
  if (!xmlSpecial.test(value)) return value;
  let out = "";
  for (const char of value) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (char === "&") out += "&amp;";
    else if (char === "<") out += "&lt;";
    else if (char === ">") out += "&gt;";
    else if (attribute && char === '"') out += "&quot;";
    else if (attribute && char === "'") out += "&apos;";
    else if (forbiddenInXml(codePoint)) out += "\uFFFD";
    else if (mustEscape(codePoint)) out += `&#x${hex(codePoint, 1)};`;
    else out += char;
  }
  return out;
}

/** Text between XML tags. */
export function xmlText(value: string): string {
  return escapeXml(value, false);
}

/** Text inside an XML attribute, quoted with either quote. */
export function xmlAttribute(value: string): string {
  return escapeXml(value, true);
}

/**
 * The text of an Android string resource (`<string name="…">…</string>`), which aapt2 reads twice: as XML,
 * then with its own escapes. So a backslash, both quotes, a leading `@` or `?` (a reference otherwise) and
 * line breaks and tabs are backslash-escaped; a run of spaces keeps its length (aapt2 folds it otherwise)
 * by writing the spaces after the first as `\u0020`; then the result is written as XML text.
 */
export function androidString(value: string): string {
  let out = "";
  let previousSpace = false;
  for (const [index, char] of [...value].entries()) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (char === "\\") out += "\\\\";
    else if (char === "'" || char === '"') out += `\\${char}`;
    else if ((char === "@" || char === "?") && index === 0) out += `\\${char}`;
    else if (char === "\n") out += "\\n";
    else if (char === "\t") out += "\\t";
    else if (char === " " && previousSpace) out += "\\u0020";
    // aapt2 decodes \uXXXX, so even what XML cannot hold (a BEL) reaches the app as written.
    else if (codePoint === 0x0d || mustEscape(codePoint) || forbiddenInXml(codePoint)) out += `\\u${hex(codePoint, 4)}`;
    else out += char;
    previousSpace = char === " ";
  }
  return xmlText(out);
}

/**
 * XML: text and attributes for any XML file a consumer's template writes, and Android's string resources
 * (res/values/strings.xml), whose escapes aapt2 adds to XML's.
 */
export const xml = {
  id: "xml",
  displayName: "XML",
  keywords: new Set<string>(),
  text: xmlText,
  helpers: { text: xmlText, attribute: xmlAttribute, androidString },
  codeView: (code) => ({
    resourceName: code.name.toLowerCase(),
    messageText: xmlText(code.message),
    messageAttribute: xmlAttribute(code.message),
    messageAndroid: androidString(code.message),
  }),
} satisfies Language;
