import { commentText, hex, needsEscapePattern } from "../common/text.js";
import { blockComment } from "../common/block-doc.js";

/** Text with none of these (and so with no line break) is written as it is: most text. */
const cDocSpecial = needsEscapePattern(["\t", "*", "/", "@", "\\", "?"]);

/** How a character that must not stand raw is shown. */
function unicodeEscape(codePoint: number): string {
  return `\\u${hex(codePoint, 4)}`;
}

/**
 * Text made safe inside a Doxygen `/** … *\/` comment compiled as C99 or C++11, its line breaks as LF:
 * `*\/` cannot close it early and `/*` cannot open another (gcc and clang warn about that, -Wcomment); a
 * `?` after a `?` becomes `?\?`, so no trigraph forms (those compilers translate `??/` into a backslash
 * that joins two lines, and warn, -Wtrigraphs, even in a comment); `\` and `@` are escaped as Doxygen
 * escapes them, so no text starts a command (`@deprecated`, `\brief`); invisible or
 * line-breaking characters are shown as `\uXXXX`. A few passes over the whole text, however many lines.
 */
export function cDocText(text: string): string {
  if (!cDocSpecial.test(text)) return text;
  // Doxygen's escapes first, so that the `\uXXXX` of an invisible character stays one.
  return commentText(text.replace(/[\\@]/g, "\\$&"), unicodeEscape)
    .replace(/\*\//g, "*\\/")
    .replace(/\/\*/g, "/\\*")
    .replace(/\?(?=\?)/g, "?\\");
}

/**
 * A `/** … *\/` doc comment for `text` and then Doxygen `tags` (such as `["since", "1.2.0"]`), on one line
 * when it fits on one. The first line carries no indentation (the template places it); later lines get
 * `indent`. A tag's value of several lines continues below it.
 */
export function cDoc(text: string, indent: string, tags: readonly (readonly [string, string])[] = []): string {
  return blockComment(text, indent, tags, cDocText);
}

/** cDoc as a template helper: Handlebars appends an options object, which must not be taken for tags. */
export function cDocHelper(text: string, indent: string): string {
  return cDoc(text, indent);
}
