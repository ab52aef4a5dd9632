import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../support/helpers.js";
import { sections } from "../support/markdown-sections.js";
import { expectedCategories, expectedCodes } from "../support/spec-codes.js";

describe("out/markdown/status-codes.md", () => {
  const markdown = readFileSync(join(root, "out/markdown/status-codes.md"), "utf8");
  const parsed = sections(markdown);

  it("has a contents section, one section per category in spec order, then conflicts and reserved numbers", () => {
    expect(parsed.map((section) => section.title)).toEqual([
      "Contents",
      ...expectedCategories().map((c) => c.title),
      "Platform conflicts",
      "Reserved numbers and names",
    ]);
  });

  it("has one table row per code with code, name, message, kind and retryable, intact", () => {
    const codes = expectedCodes();
    for (const [index, category] of expectedCategories().entries()) {
      expect(parsed[index + 1]?.rows.map((row) => row.slice(0, 5))).toEqual(
        codes
          .filter((code) => code.category === category.id)
          .map((code) => [String(code.code), code.name, code.message, code.kind, code.retryable ? "yes" : "no"]),
      );
    }
  });

  it("notes each code's earlier names and warns where a platform gives its number another meaning", () => {
    const notes = new Map(parsed.flatMap((section) => section.rows).filter((row) => row.length === 6).map((row) => [Number(row[0]), row[5]]));
    for (const code of expectedCodes()) {
      const note = notes.get(code.code) ?? "";
      for (const alias of Object.values(code.aliases ?? {}).flat()) expect(note, String(code.code)).toContain(alias);
      for (const conflict of code.conflicts ?? []) expect(note, String(code.code)).toContain(`⚠️ In ${conflict.platform}, ${code.code} has another meaning (${String(conflict.name)})`);
      if (code.aliases === undefined && code.conflicts === undefined) expect(note, String(code.code)).toBe("");
    }
    const conflictRows = parsed.find((section) => section.title === "Platform conflicts")?.rows ?? [];
    expect(conflictRows.map((row) => `${row[0]} ${row[2]}`)).toEqual(
      expectedCodes().flatMap((code) => (code.conflicts ?? []).map((conflict) => `${code.code} ${conflict.platform}`)),
    );
  });

  it("links every contents entry to a heading anchor that exists", () => {
    const links = [...markdown.matchAll(/^- \[[^\]]+\]\(#([^)]+)\)/gm)].map((match) => match[1]);
    const titles = [...expectedCategories().map((c) => c.title), "Platform conflicts", "Reserved numbers and names"];
    const slugs = ["status-codes", "contents", ...titles.map((title) => title.toLowerCase().replace(/[^\p{L}\p{N} -]/gu, "").replace(/ /g, "-"))];
    expect(links).toHaveLength(titles.length);
    for (const link of links) expect(slugs).toContain(link);
  });
});
