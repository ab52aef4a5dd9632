import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changelogTarget } from "../../generator/languages/markdown/changelog-target.js";
import { typescript } from "../../generator/languages/typescript/language.js";
import { typescriptTarget } from "../../generator/languages/typescript/target.js";
import type { Subject } from "../compile/kits/kit.js";
import { expectedLines, subject } from "../compile/expected-lines.js";
import { expectedLegacyLines, jsonFile, legacyUses } from "../compile/legacy-uses.js";
import { lintMarkdown } from "../compile/lint-markdown.js";
import { failed, printedLines, type Outcome } from "../compile/run-command.js";
import { root, runCli, temporaryDir } from "../support/helpers.js";
import { edit } from "../spec/bad-specs.js";
import { npmPackageTarget } from "../../generator/languages/typescript/npm-package-target.js";
import { exportedNames, packageDir, packageNameOf, proveNpmPackage, type NpmProof } from "./npm-consumers.js";

/**
 * The npm package, proved as the issue asks: packed by `npm pack`, installed into fresh projects, type-checked
 * by tsc --strict under node16 (from an ES module and from CommonJS with verbatimModuleSyntax), nodenext and
 * bundler, run by node through `import` and `require`, each printing exactly the JSON output; publint and
 * @arethetypeswrong/cli find no problem. For the real spec (the committed out/) and the hostile fixture.
 */

const work = mkdtempSync(join(tmpdir(), "status-codegen-npm-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `text` matched literally inside a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
}

const subjects: Subject[] = [subject("real", join(root, "spec/status-codes.yaml"), join(root, "out"))];
const proofs = new Map<string, NpmProof>();
let markdownLint: Outcome | undefined;

beforeAll(async () => {
  const hostileSpec = join(root, "test/fixtures/hostile.yaml");
  const hostileOut = join(work, "hostile-out");
  const generated = runCli(["generate", "--spec", hostileSpec, "--out", hostileOut]);
  if (generated.code !== 0) throw new Error(`the hostile fixture did not generate:\n${generated.stderr}`);
  subjects.push(subject("hostile", hostileSpec, hostileOut));
  await Promise.all([
    ...subjects.map(async (current) => proofs.set(current.label, await proveNpmPackage(current, work))),
    lintMarkdown(subjects.flatMap((current) => ["README.md", "CHANGELOG.md"].map((file) => join(packageDir(current), file)))).then((outcome) => {
      markdownLint = outcome;
    }),
  ]);
}, 240_000);

it("markdownlint-cli2 passes on the packages' README and CHANGELOG", () => {
  expect(markdownLint?.ok ? "" : markdownLint?.failure).toBe("");
});

describe.each(["real", "hostile"])("the %s spec's npm package", (label) => {
  const current = () => subjects.find((candidate) => candidate.label === label) ?? expect.fail(`no subject ${label}`);
  const proof = () => proofs.get(label) ?? expect.fail(`the ${label} package was not proved`);
  /** A step's outcome; a step that did not run shows why (the pack or the project set-up that failed). */
  const step = (name: string): Outcome => {
    const { outcomes } = proof();
    const project = name.includes("CommonJS") || name === "node require" ? "CommonJS project" : "ES module project";
    return outcomes.get(name) ?? [outcomes.get("npm pack"), outcomes.get(project)].find((outcome) => outcome?.ok === false) ?? failed(`${name} did not run`);
  };
  const ok = (name: string) => expect(((outcome) => (outcome.ok ? "" : outcome.failure))(step(name)), name).toBe("");
  const generated = (file: string) => readFileSync(join(packageDir(current()), file), "utf8");
  /** The spec's version, as the JSON output of the same tree carries it. */
  const tableVersion = () => (JSON.parse(readFileSync(jsonFile(current()), "utf8")) as { version: string }).version;

  it("npm pack packs the package, which installs with exactly its files, named and versioned as the spec says", () => {
    ok("npm pack");
    ok("ES module project");
    const { installed, packageName } = proof();
    expect(packageName).toBe(label === "real" ? "@commsease/status-codes" : "@hostile-scope.x_1/status.codes_2-x");
    expect(readdirSync(installed).sort()).toEqual(["CHANGELOG.md", "README.md", "index.cjs", "index.d.cts", "index.d.ts", "index.js", "package.json"]);
    const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as Record<string, unknown>;
    expect(manifest).toMatchObject({ name: packageName, version: tableVersion(), license: "MIT", type: "module", sideEffects: false });
    expect(manifest["dependencies"]).toBeUndefined();
  });

  it.each(["tsc, ES module, node16", "tsc, ES module, nodenext", "tsc, bundler", "tsc, CommonJS, node16", "tsc, CommonJS, nodenext"])(
    "%s: the consumers type-check under --strict (verbatimModuleSyntax, no @types/node, the package's .d.ts checked)",
    (name) => ok(name),
  );

  it("imported by node as an ES module, the driver prints exactly the JSON output", () => {
    expect(printedLines(step("node import"))).toEqual(expectedLines(current()));
  });

  it("required by node as CommonJS, the driver prints exactly the JSON output", () => {
    expect(printedLines(step("node require"))).toEqual(expectedLines(current()));
  });

  it("declares exactly what the TypeScript output declares (tsc: each export's type identical), in both declaration files", () => {
    ok("tsc, ES module, node16");
    const reference = exportedNames(readFileSync(join(current().outDir, current().paths[typescriptTarget.id] ?? ""), "utf8"));
    // byCode is the output's private map; everything else it exports, the package exports.
    expect(exportedNames(generated("index.d.ts"))).toEqual(reference);
    // One template: the two files differ only in the line that says which module they describe.
    const withoutSecondLine = (text: string) => text.split("\n").filter((_, index) => index !== 1).join("\n");
    expect(withoutSecondLine(generated("index.d.cts"))).toBe(withoutSecondLine(generated("index.d.ts")));
  });

  it("exports, imported and required, exactly what the compiled TypeScript output exports, with equal values (aliases included)", () => {
    const [line] = printedLines(step("exports compared")) as { reference: unknown; imported: unknown; required: unknown; resolved?: { import: string; require: string } }[];
    expect(line?.imported).toEqual(line?.reference);
    expect(line?.required).toEqual(line?.reference);
    // Each condition picks its own file (import.meta.resolve gives a URL, require.resolve a path).
    const installed = proof().installed;
    expect(line?.resolved).toEqual({ import: pathToFileURL(join(installed, "index.js")).href, require: join(installed, "index.cjs") });
  });

  it("gives every alias and deprecated code its number, and marks each @deprecated in the types and the JavaScript", () => {
    const uses = legacyUses(current(), typescript);
    expect(uses.length).toBeGreaterThan(0);
    expect(printedLines(step("node import, legacy names"))).toEqual(expectedLegacyLines(uses));
    for (const [file, property] of [
      ["index.d.ts", (name: string, code: number) => `readonly ${name}: ${code};`],
      ["index.d.cts", (name: string, code: number) => `readonly ${name}: ${code};`],
      ["index.js", (name: string, code: number) => `${name}: ${code},`],
      ["index.cjs", (name: string, code: number) => `${name}: ${code},`],
    ] as const) {
      const source = generated(file);
      // The doc comment right above the property says @deprecated (within that comment, which may hold a `/`).
      const unmarked = uses.filter((use) => !new RegExp(`@deprecated(?:(?!\\*/)[^])*\\*/\\n  ${escapeRegExp(property(use.name, use.code))}`).test(source));
      expect(unmarked.map((use) => use.name), file).toEqual([]);
    }
  });

  it("publint reports nothing, not even a suggestion", () => {
    ok("publint");
    const outcome = step("publint");
    expect(outcome.ok && outcome.stdout).toContain("All good!");
  });

  it("@arethetypeswrong/cli finds no problem in any resolution: node10, node16 from CommonJS and from ES modules, bundler", () => {
    ok("attw");
    const outcome = step("attw");
    expect(outcome.ok && outcome.stdout).toContain("No problems found");
    for (const resolution of ["node10", "node16 (from CJS)", "node16 (from ESM)", "bundler"]) expect(outcome.ok && outcome.stdout).toContain(resolution);
  });

  it("carries the changelog target's CHANGELOG, without the link to the reference, which the package does not hold", () => {
    const changelog = readFileSync(join(current().outDir, current().paths[changelogTarget.id] ?? ""), "utf8");
    expect(generated("CHANGELOG.md")).toBe(changelog.replace(/ See \[the reference\]\([^)]*\)\./, ""));
    expect(generated("CHANGELOG.md")).not.toContain("status-codes.md");
  });

  it("names its package and version in the README, and shows the install line", () => {
    const { packageName } = proof();
    expect(generated("README.md")).toContain(`npm install ${packageName}@${tableVersion()}\n`);
    expect(generated("README.md")).toContain(`import codes = require("${packageName}");`);
  });
});

describe("the npm package of a spec without version", () => {
  it("is version 0.0.0, as the table's version constant says, and generating warns about it", () => {
    const dir = temporaryDir();
    writeFileSync(join(dir, "spec.yaml"), edit("version: 1.0.0\n", ""));
    const result = runCli(["generate", "--spec", "spec.yaml", "--out", "out"], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("spec.yaml:1:1 warning: the spec has no `version`");
    const generated = (file: string) => readFileSync(join(dir, "out", npmPackageTarget.output, file), "utf8");
    expect(JSON.parse(generated("package.json"))).toMatchObject({ version: "0.0.0" });
    for (const file of ["index.js", "index.cjs"]) expect(generated(file)).toContain('const statusCodesVersion = "0.0.0";');
    for (const file of ["index.d.ts", "index.d.cts"]) expect(generated(file)).toContain('export declare const statusCodesVersion: "0.0.0";');
    expect(generated("README.md")).toContain("npm install @commsease/status-codes@0.0.0\n");
  });
});
