import { commentText, hex, needsEscapePattern, prefixLines } from "./text.js";

/** Text with none of these (and so with no line break) needs nothing: most text. */
const blockDocSpecial = needsEscapePattern(["\t", "*", "/", "@", "["]);

/** How a character that must not stand raw is shown. */
function unicodeEscape(codePoint: number): string {
  return `\\u${hex(codePoint, 4)}`;
}

/**
 * Text made safe inside a `/** … *\/` comment (JSDoc, TSDoc, KDoc), its line breaks as LF: the comment
 * cannot be closed early, nor a nested one opened (Kotlin comments nest); no line can start a tag such as
 * `@deprecated`; `[x]` cannot become a KDoc link; invisible or line-breaking characters are shown as
 * `\uXXXX`. A few passes over the whole text, however many lines it has; none of these can span a line.
 */
export function blockDocText(text: string): string {
  if (!blockDocSpecial.test(text)) return text;
  const safe = commentText(text, unicodeEscape)
    .replace(/\*\//g, "*\\/")
    .replace(/\/\*/g, "/\\*")
    .replace(/\[/g, "\\[");
  // A multiline `^` is tried at every character; most text has no `@` to look for.
  return safe.includes("@") ? safe.replace(/^([^\S\n]*)@(?=\w)/gm, "$1\\@") : safe;
}

/**
 * A `/** … *\/` doc comment for `text` and then `tags` (such as `["since", "1.2.0"]`), on one line when it
 * fits on one. The first line carries no indentation (the template places it); later lines get `indent`.
 * A tag's value of several lines continues below it.
 */
export function blockDoc(text: string, indent: string, tags: readonly (readonly [string, string])[] = []): string {
  return blockComment(text, indent, tags, blockDocText);
}

/**
 * The layout every `/** … *\/` doc comment shares (TSDoc, KDoc, Doxygen, Javadoc): `text` made safe by
 * `escape`, then each tag with its value made safe by `escapeTag`, on one line when it fits on one; later
 * lines get `indent`. Each language brings only what its comments must escape.
 */
export function blockComment(
  text: string,
  indent: string,
  tags: readonly (readonly [string, string])[],
  escape: (text: string) => string,
  escapeTag: (value: string) => string = escape,
): string {
  const escaped = escape(text);
  const oneLine = !escaped.includes("\n");
  if (oneLine && tags.length === 0) return `/** ${escaped} */`;
  // Text and tags of one line each (nearly every comment: a table's doc comments are made per code and per
  // alias): the lines laid out as prefixLines lays them out, without joining them first to split them again.
  if (oneLine) {
    const lead = `\n${indent} *`;
    let comment = `/**${lead}${escaped === "" ? "" : ` ${escaped}`}${lead}`;
    for (const [tag, value] of tags) {
      const line = `@${tag} ${escapeTag(value)}`;
      if (line.includes("\n")) return commentOfLines(escaped, indent, tags, escapeTag);
      comment += `${lead} ${line}`;
    }
    return `${comment}\n${indent} */`;
  }
  return commentOfLines(escaped, indent, tags, escapeTag);
}

/** blockComment's layout of any lines: the escaped text and the tags joined, then each line prefixed. */
function commentOfLines(escaped: string, indent: string, tags: readonly (readonly [string, string])[], escapeTag: (value: string) => string): string {
  const parts = [escaped];
  if (tags.length > 0) parts.push("", ...tags.map(([tag, value]) => `@${tag} ${escapeTag(value)}`));
  return `/**\n${prefixLines(parts.join("\n"), `${indent} *`)}\n${indent} */`;
}

/** blockDoc as a template helper: Handlebars appends an options object, which must not be taken for tags. */
export function docHelper(text: string, indent: string): string {
  return blockDoc(text, indent);
}
