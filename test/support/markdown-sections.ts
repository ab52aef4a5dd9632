import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";

/** The text a reader sees in an inline token: escapes and entities decoded, `<br>` as a line break. */
function inlineText(token: Token | undefined): string {
  return (token?.children ?? [])
    .map((child) => {
      if (["text", "text_special", "code_inline"].includes(child.type)) return child.content;
      if (child.type === "html_inline" && child.content === "<br>") return "\n";
      return "";
    })
    .join("");
}

/** A level-2 section of a Markdown document, as a CommonMark parser reads it. */
export interface Section {
  title: string;
  /** The first paragraph after the heading. */
  description: string | undefined;
  /** The table's body rows, cell by cell. */
  rows: string[][];
}

/** The level-2 sections with their table cells, as a CommonMark parser that allows inline HTML (as GitHub does) reads them. */
export function sections(markdown: string): Section[] {
  const tokens = new MarkdownIt({ html: true }).parse(markdown, {});
  const found: Section[] = [];
  let row: string[] | undefined;
  tokens.forEach((token, index) => {
    if (token.type === "heading_open" && token.tag === "h2") {
      const title = inlineText(tokens[index + 1]);
      found.push({ title, description: undefined, rows: [] });
    } else if (token.type === "paragraph_open") {
      const section = found.at(-1);
      if (section !== undefined && section.description === undefined) section.description = inlineText(tokens[index + 1]);
    } else if (token.type === "tr_open") {
      row = [];
    } else if (token.type === "td_open") {
      row?.push(inlineText(tokens[index + 1]));
    } else if (token.type === "tr_close" && row !== undefined && row.length > 0) {
      found.at(-1)?.rows.push(row);
      row = undefined;
    }
  });
  return found;
}
