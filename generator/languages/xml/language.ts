import { escapedCharacters, hex, perCodePoint, rewriteEscaped } from "../common/text.js";
import type { Language } from "../language.js";

/**
 * Code points XML 1.0 cannot hold at all, not even as a character reference: C0 controls other than tab,
 * line feed and carriage return, and U+FFFE and U+FFFF. They become U+FFFD, the replacement character; a
 * reader gets that back (the documented limit, as in Markdown).
 */
function forbiddenInXml(codePoint: number): boolean {
  return (codePoint < 0x20 && codePoint !== 0x09 && codePoint !== 0x0a && codePoint !== 0x0d) || codePoint === 0xfffe || codePoint === 0xffff;
}

/** What XML text and attribute values must not hold raw; text copies the quotes as they are. */
const xmlSpecial = escapedCharacters(["&", "<", ">", '"', "'", "\uFFFE", "\uFFFF"]);

/** The numeric character reference of a code point, made once for each. */
const numericReference = perCodePoint((codePoint) => `&#x${hex(codePoint, 1)};`);

/** What a code point that escapeXml rewrites becomes; undefined keeps it (a quote, in text). */
function xmlEscape(codePoint: number, attribute: boolean): string | undefined {
  switch (codePoint) {
    case 0x26:
      return "&amp;";
    case 0x3c:
      return "&lt;";
    case 0x3e:
      return "&gt;";
    case 0x22:
      return attribute ? "&quot;" : undefined;
    case 0x27:
      return attribute ? "&apos;" : undefined;
  }
  return forbiddenInXml(codePoint) ? "\uFFFD" : numericReference(codePoint);
}

/**
 * XML character data: `&`, `<`, `>` (and, in an attribute, both quotes) as entities; what must not stand raw
 * (line breaks, tabs, invisible and bidi characters) as numeric references, which every parser gives back
 * exactly (a raw CR or tab would be normalized in attributes); what XML cannot hold, as U+FFFD.
 */
function escapeXml(value: string, attribute: boolean): string {
  return rewriteEscaped(value, xmlSpecial, (codePoint) => xmlEscape(codePoint, attribute));
}

/** Text between XML tags. */
export function xmlText(value: string): string {
  return escapeXml(value, false);
}

/** Text inside an XML attribute, quoted with either quote. */
export function xmlAttribute(value: string): string {
  return escapeXml(value, true);
}

/** What aapt2 reads as its own escapes or folds, besides what must not stand raw. */
const androidSpecial = escapedCharacters(["\\", "'", '"', "@", "?", " ", "\uFFFE", "\uFFFF"]);

/** The `\uXXXX` of a code point, made once for each. */
const androidUnicodeEscape = perCodePoint((codePoint) => `\\u${hex(codePoint, 4)}`);

/**
 * The text of an Android string resource (`<string name="…">…</string>`), which aapt2 reads twice: as XML,
 * then with its own escapes. So a backslash, both quotes, a leading `@` or `?` (a reference otherwise) and
 * line breaks and tabs are backslash-escaped; a run of spaces keeps its length (aapt2 folds it otherwise)
 * by writing the spaces after the first as `\u0020`; then the result is written as XML text.
 */
export function androidString(value: string): string {
  const escaped = rewriteEscaped(value, androidSpecial, (codePoint, index) => {
    switch (codePoint) {
      case 0x5c:
        return "\\\\";
      case 0x27:
        return "\\'";
      case 0x22:
        return '\\"';
      case 0x40:
        return index === 0 ? "\\@" : undefined;
      case 0x3f:
        return index === 0 ? "\\?" : undefined;
      case 0x0a:
        return "\\n";
      case 0x09:
        return "\\t";
      case 0x20:
        return value.charCodeAt(index - 1) === 0x20 ? "\\u0020" : undefined;
    }
    // aapt2 decodes \uXXXX, so even what XML cannot hold (a BEL) reaches the app as written; a CR too.
    return androidUnicodeEscape(codePoint);
  });
  return xmlText(escaped);
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
