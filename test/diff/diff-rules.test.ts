import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../support/helpers.js";
import { diffCases, previous } from "./diff-cases.js";
import { diffFiles } from "./run-diff.js";

/** `new.yaml:16:11: breaking CODE_RENAMED: …` → `new:16:11 breaking CODE_RENAMED`. */
function shortForm(line: string): string {
  const match = /^(old|new)\.yaml:(\d+):(\d+): (\w+) ([A-Z_]+): /.exec(line);
  if (match === null) throw new Error(`not a finding line: ${line}`);
  return `${match[1]}:${match[2]}:${match[3]} ${match[4]} ${match[5]}`;
}

describe.each(diffCases)("diff: $name", ({ old, new: newText, findings, exit }) => {
  it(`reports ${findings.length === 0 ? "no finding" : findings.map((finding) => finding.split(" ").at(-1)).join(", ")} and exits ${exit}`, () => {
    const result = diffFiles(old ?? previous, newText);
    const lines = result.stdout.split("\n");
    // Every line but the summary (and, with a raised major version, the note that allows it) is a finding.
    const findingLines = lines.filter((line) => /^(old|new)\.yaml:/.test(line));
    expect(findingLines.map(shortForm)).toEqual(findings);
    expect(result.code, result.stderr).toBe(exit);
    expect(lines.length - findingLines.length).toBeGreaterThan(0);
  });
});

describe("the rule list", () => {
  // Every rule the comparison can report, read from its source: each needs a case above and a README row.
  const folder = join(root, "generator/evolution");
  const source = readdirSync(folder).filter((file) => file.endsWith(".ts")).map((file) => readFileSync(join(folder, file), "utf8")).join("\n");
  const rules = [...new Set([...source.matchAll(/findings\.add\(\s*"(?:breaking|dangerous|safe)",\s*"([A-Z_]+)"/g)].map((match) => match[1] ?? ""))];

  it("has a spec pair for every rule", () => {
    expect(rules.length).toBeGreaterThan(25);
    const covered = new Set(diffCases.flatMap((diffCase) => diffCase.findings.map((finding) => finding.split(" ").at(-1))));
    expect(rules.filter((rule) => !covered.has(rule))).toEqual([]);
  });

  it("documents every rule in the README", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    expect(rules.filter((rule) => !readme.includes(`\`${rule}\``))).toEqual([]);
  });
});
