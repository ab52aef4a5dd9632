import { commentLine, hex, splitLines } from "./text.js";

/**
 * One line made safe inside a `/** … *\/` comment (JSDoc, TSDoc, KDoc): the comment cannot be closed early,
 * nor a nested one opened (Kotlin comments nest); a line cannot start a tag such as `@deprecated`; `[x]`
 * cannot become a KDoc link; invisible or line-breaking characters are shown as `\uXXXX`.
 */
export function blockDocLine(line: string): string {
  return commentLine(line, (codePoint) => `\\u${hex(codePoint, 4)}`)
    .replace(/\*\//g, "*\\/")
    .replace(/\/\*/g, "/\\*")
    .replace(/^(\s*)@(?=\w)/, "$1\\@")
    .replace(/\[/g, "\\[");
}

/** `@tag value`, the value made safe like any other line; a value of several lines continues below. */
function tagLines(tag: string, value: string): string[] {
  const [first = "", ...rest] = splitLines(value).map(blockDocLine);
  return [`@${tag} ${first}`, ...rest];
}

/**
 * A `/** … *\/` doc comment for `text` and then `tags` (such as `["since", "1.2.0"]`), on one line when it
 * fits on one. The first line carries no indentation (the template places it); later lines get `indent`.
 */
export function blockDoc(text: string, indent: string, tags: readonly (readonly [string, string])[] = []): string {
  const lines = splitLines(text).map(blockDocLine);
  if (tags.length > 0) lines.push("", ...tags.flatMap(([tag, value]) => tagLines(tag, value)));
  if (lines.length === 1) return `/** ${lines[0]} */`;
  const body = lines.map((line) => (line === "" ? `${indent} *` : `${indent} * ${line}`));
  return ["/**", ...body, `${indent} */`].join("\n");
}

/** blockDoc as a template helper: Handlebars appends an options object, which must not be taken for tags. */
export function docHelper(text: string, indent: string): string {
  return blockDoc(text, indent);
}
