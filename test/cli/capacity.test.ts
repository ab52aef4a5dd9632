import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, temporaryDir } from "../support/helpers.js";
import { syntheticSpec } from "../support/synthetic-spec.js";

/**
 * A table larger than a target's files can hold (the Java enums: see the Java target) is refused by a run
 * that writes that target, at the first entry past the limit, with nothing written; a run that leaves the
 * target out generates as before.
 */
/** A folder (removed after each test) holding a spec of 4,001 codes, large.yaml. */
function largeSpec(): { dir: string; spec: string } {
  const dir = temporaryDir();
  const spec = join(dir, "large.yaml");
  writeFileSync(spec, syntheticSpec(4001));
  return { dir, spec };
}

describe("a table over a target's capacity", () => {
  it("is refused by a run that writes the Java target, at its 4,001st code, naming the limit and why", () => {
    const { dir, spec } = largeSpec();
    const result = runCli(["generate", "--spec", spec, "--out", join(dir, "out")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/large\.yaml:\d+:5 codes\[4000\]: the Java target "java" \(java\) holds at most 4,000 codes, and this table has 4,001: javac creates every constant of a Java enum in its static initializer, which the class file limits to 64 KB of bytecode/);
    expect(result.stderr).toContain(`leave "java" out of the run (--target, or a config's targets) or split the table`);
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("generates when the run leaves the Java target out", () => {
    const { dir, spec } = largeSpec();
    const result = runCli(["generate", "--spec", spec, "--out", join(dir, "out-ts"), "--target", "typescript,json"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("counts a Java code's legacy names: 2,910 codes with a former name each are refused at the 2,910th, 2,909 are written", () => {
    const dir = temporaryDir();
    const codes = (count: number) => Array.from({ length: count }, (_, index) => `  - { code: ${index + 1}, name: C_${index}, category: g, message: M., aliases: { former: [OLD_${index}] } }\n`).join("");
    const spec = (count: number) => `version: 1.0.0\ncategories:\n  - { id: g, title: G, description: D. }\ncodes:\n${codes(count)}`;
    writeFileSync(join(dir, "over.yaml"), spec(2910));
    writeFileSync(join(dir, "fits.yaml"), spec(2909));
    const over = runCli(["generate", "--spec", join(dir, "over.yaml"), "--out", join(dir, "out-over"), "--target", "java"]);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('over.yaml:2914:5 codes[2909]: the Java target "java" (java) holds at most 4,000 codes, and this table has 2,910, which count as 4,001.25 (a code with legacy names counts for more: each former name is 6 more bytes of the static initializer');
    const fits = runCli(["generate", "--spec", join(dir, "fits.yaml"), "--out", join(dir, "out-fits"), "--target", "java"]);
    expect(fits.stderr).toBe("");
    expect(fits.code).toBe(0);
  });

  it("refuses 1,001 categories for the TypeScript target, which writes them as one array literal (tsc takes 1,000)", () => {
    const dir = temporaryDir();
    const categories = Array.from({ length: 1001 }, (_, index) => `  - { id: c${index}, title: T${index}, description: D. }\n`).join("");
    const categorySpec = join(dir, "categories.yaml");
    writeFileSync(categorySpec, `version: 1.0.0\ncategories:\n${categories}codes:\n  - { code: 1, name: ONE, category: c0, message: One. }\n`);
    const result = runCli(["generate", "--spec", categorySpec, "--out", join(dir, "out-categories"), "--target", "typescript"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('categories.yaml:1003:5 categories[1000]: the TypeScript target "typescript" (typescript/status-codes.ts) holds at most 1,000 categories, and this table has 1,001: tsc refuses an array literal of more than about 1,000 object literals');
    expect(existsSync(join(dir, "out-categories"))).toBe(false);
    expect(runCli(["generate", "--spec", categorySpec, "--out", join(dir, "out-json"), "--target", "json"]).code).toBe(0);
  });

  it("counts categories too: 2,501 are refused at the 2,501st", () => {
    const dir = temporaryDir();
    const categories = Array.from({ length: 2501 }, (_, index) => `  - { id: c${index}, title: T${index}, description: D. }\n`).join("");
    const categorySpec = join(dir, "categories.yaml");
    writeFileSync(categorySpec, `version: 1.0.0\ncategories:\n${categories}codes:\n  - { code: 1, name: ONE, category: c0, message: One. }\n`);
    const result = runCli(["generate", "--spec", categorySpec, "--out", join(dir, "out-categories")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("categories.yaml:2503:5 categories[2500]: the Java target \"java\" (java) holds at most 2,500 categories, and this table has 2,501");
  });

  it("is refused for the Kotlin enums and the Maven package that holds them, and 4,000 codes are written", () => {
    const { dir, spec } = largeSpec();
    const result = runCli(["generate", "--spec", spec, "--out", join(dir, "out"), "--target", "kotlin,maven-package"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/codes\[4000\]: the Kotlin target "kotlin" \(kotlin\/StatusCode\.kt\) holds at most 4,000 codes, and this table has 4,001: kotlinc creates every entry of a Kotlin enum in its static initializer/);
    expect(result.stderr).toMatch(/codes\[4000\]: the Kotlin target "maven-package" \(packages\/maven\) holds at most 4,000 codes/);
    expect(existsSync(join(dir, "out"))).toBe(false);
    const fits = join(dir, "fits.yaml");
    writeFileSync(fits, syntheticSpec(4000));
    const written = runCli(["generate", "--spec", fits, "--out", join(dir, "out-fits"), "--target", "kotlin"]);
    expect(written.stderr).toBe("");
    expect(written.code).toBe(0);
  });
});
