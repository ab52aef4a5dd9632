import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderAll } from "../../generator/render/render.js";
import { validateSpec } from "../../generator/spec/validate.js";
import { base, edit } from "../spec/bad-specs.js";
import { root } from "../support/helpers.js";
import { sections } from "../support/markdown-sections.js";

/** The changelog rendered for a spec. */
function changelog(text: string): string {
  const files = renderAll(validateSpec(text, "spec/status-codes.yaml").model);
  return files.find((file) => file.path === "markdown/CHANGELOG.md")?.content ?? "";
}

/** A spec with history in three versions: 801 added in 1.1.0, OK deprecated in 2.0.0, 431 retired in 2.0.0. */
const history = edit("version: 1.0.0\n", "version: 2.1.0\nreserved:\n  - { code: 431, name: DUPLICATE_HTTP_REQUEST, since: 2.0.0, reason: The server no longer sends it }\n  - { range: { first: 20000, last: 20099 }, reason: App callbacks. }\n")
  .replace("    kind: success\n", "    kind: success\n    deprecated: { since: 2.0.0, reason: Use RATE_LIMIT., replacedBy: RATE_LIMIT }\n")
  .replace("    category: team\n", "    category: team\n    since: 1.1.0\n");

describe("out/markdown/CHANGELOG.md", () => {
  it("lists each version newest first, with what it added, deprecated and reserved, and the current version even when empty", () => {
    const parsed = sections(changelog(history));
    expect(parsed.map((section) => section.title)).toEqual(["2.1.0", "2.0.0", "1.1.0", "Initial table"]);
    const text = changelog(history);
    const section = (title: string) => text.slice(text.indexOf(`## ${title}\n`)).split("\n## ")[0] ?? "";
    expect(section("2.1.0")).toContain("Nothing recorded for this version.");
    expect(section("2.0.0").split("\n").filter((line) => line.startsWith("- "))).toEqual([
      "- **Deprecated** 200 `OK`: Use RATE\\_LIMIT. Use `RATE_LIMIT` (416) instead.",
      "- **Reserved** 431 `DUPLICATE_HTTP_REQUEST`: The server no longer sends it.",
    ]);
    expect(section("1.1.0").split("\n").filter((line) => line.startsWith("- "))).toEqual([
      "- **Added** 801 `TEAM_MEMBER_LIMIT`: The number of team members exceeds the upper limit.",
    ]);
    expect(section("Initial table")).toContain("2 codes have no `since`: they were in the table before its history was recorded. See [the reference](./status-codes.md).");
    expect(section("Initial table")).toContain("- **Reserved** 20000–20099: App callbacks.");
  });

  it("is what the real spec renders, and says the real table's 71 codes predate its history", () => {
    const committed = readFileSync(join(root, "out/markdown/CHANGELOG.md"), "utf8");
    expect(committed).toBe(changelog(readFileSync(join(root, "spec/status-codes.yaml"), "utf8")));
    expect(committed).toContain("## 1.0.0\n\n- **Reserved** 20000–20099:");
    expect(committed).toContain("71 codes have no `since`");
  });

  it("passes markdownlint's blank-line rule when only reservations predate the history", () => {
    const allDated = history.replace("    category: general\n    retryable: true\n", "    category: general\n    since: 1.0.0\n    retryable: true\n").replace("    kind: success\n", "    kind: success\n    since: 1.0.0\n");
    const text = changelog(allDated);
    expect(text).toContain("## Initial table\n\n- **Reserved** 20000–20099: App callbacks.\n");
    expect(text).not.toMatch(/\n\n\n/);
  });

  it("has only the initial table for a spec without versions", () => {
    expect(sections(changelog(edit("version: 1.0.0\n", ""))).map((section) => section.title)).toEqual(["Initial table"]);
  });
});
