import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../helpers.js";
import { sections } from "../markdown-sections.js";
import { expectedCategories, expectedCodes } from "../spec-codes.js";

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
