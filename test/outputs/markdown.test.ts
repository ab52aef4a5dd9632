import { readFileSync } from "node:fs";
import { join } from "node:path";
import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { describe, expect, it } from "vitest";
import { root } from "../helpers.js";
import { expectedCategories, expectedCodes } from "../spec-codes.js";

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

interface Section {
  title: string;
  anchor: string;
  rows: string[][];
}

/** The document's level-2 sections with the text of their table cells, as a CommonMark parser sees them. */
function sections(markdown: string): Section[] {
  const tokens = new MarkdownIt().parse(markdown, {});
  const found: Section[] = [];
  let row: string[] | undefined;
  tokens.forEach((token, index) => {
    if (token.type === "heading_open" && token.tag === "h2") {
      const title = inlineText(tokens[index + 1]);
      found.push({ title, anchor: "", rows: [] });
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

describe("out/markdown/status-codes.md", () => {
  const markdown = readFileSync(join(root, "out/markdown/status-codes.md"), "utf8");
  const parsed = sections(markdown);

  it("has a contents section and one section per category, in spec order", () => {
    expect(parsed.map((section) => section.title)).toEqual(["Contents", ...expectedCategories().map((c) => c.title)]);
  });

  it("has one table row per code with code, name, message, kind and retryable, intact", () => {
    const codes = expectedCodes();
    for (const [index, category] of expectedCategories().entries()) {
      expect(parsed[index + 1]?.rows).toEqual(
        codes
          .filter((code) => code.category === category.id)
          .map((code) => [String(code.code), code.name, code.message, code.kind, code.retryable ? "yes" : "no"]),
      );
    }
  });

  it("links every contents entry to a heading anchor that exists", () => {
    const links = [...markdown.matchAll(/^- \[[^\]]+\]\(#([^)]+)\)/gm)].map((match) => match[1]);
    const slugs = ["status-codes", "contents", ...expectedCategories().map((c) => c.title.toLowerCase().replace(/[^\p{L}\p{N} -]/gu, "").replace(/ /g, "-"))];
    expect(links).toHaveLength(expectedCategories().length);
    for (const link of links) expect(slugs).toContain(link);
  });
});
