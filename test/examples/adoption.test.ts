import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root } from "../support/helpers.js";

/**
 * Adoption as an SDK team does it, outside this repository: the package as `npm pack` makes it (what the
 * registry would serve) is installed into a fresh project, which then runs the command from
 * node_modules/.bin with the config shape the README shows, imports the API from TypeScript under both
 * module resolutions that read `exports`, and from plain JavaScript (import and require). `npm test` has
 * built dist/ before this runs.
 */

let project: string;
const tsc = join(root, "node_modules/.bin/tsc");

function run(command: string, args: readonly string[]): { code: number; stdout: string; stderr: string } {
  // A fresh project's shell: none of the npm variables of the `npm test` that runs this file.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("npm_")));
  const result = spawnSync(command, args, { cwd: project, encoding: "utf8", env: { ...env, NO_COLOR: "1" } });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "status-codegen-adopt-"));
  const packed = join(project, "packed");
  mkdirSync(packed);
  // --ignore-scripts: dist/ is already built, and `prepare` would rebuild it for nothing.
  execFileSync("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", packed], { cwd: root, stdio: "pipe" });
  const [tarball] = readdirSync(packed);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "adopting-sdk", private: true, type: "module", scripts: { codes: "status-codegen generate", "codes:check": "status-codegen generate --check" } }));
  execFileSync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--save-dev", join(packed, tarball ?? "")], { cwd: project, stdio: "pipe" });

  mkdirSync(join(project, "codegen"));
  writeFileSync(
    join(project, "status-codegen.config.yaml"),
    [
      "# yaml-language-server: $schema=node_modules/status-codegen/spec/status-codegen.config.schema.json",
      "spec: status-codegen/spec/status-codes.yaml",
      "out: src/generated",
      "targets:",
      "  - target: typescript",
      "    output: ts/errors.ts",
      "    options: { typeName: SdkError }",
      "  - target: kotlin",
      "    output: kt/SdkStatus.kt",
      "    options: { package: com.example.sdk.status, typeName: SdkStatus }",
      "  - template: codegen/codes.csv.hbs",
      "    language: json",
      "    output: data/codes.csv",
      "",
    ].join("\n"),
  );
  writeFileSync(join(project, "codegen/codes.csv.hbs"), "code,name,message\n{{#each codes}}\n{{code}},{{name}},{{{json message}}}\n{{/each}}\n");
}, 180_000);

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

// Each test below runs npm, npx or tsc in the fresh project: seconds each on a busy 2-core machine.
describe("adopting the packed package in a fresh project", () => {
  it("ships the spec, its schema and the config's schema, and neither tests nor sources", () => {
    const installed = join(project, "node_modules/status-codegen");
    expect(readFileSync(join(installed, "spec/status-codes.yaml"), "utf8")).toBe(readFileSync(join(root, "spec/status-codes.yaml"), "utf8"));
    expect(readdirSync(join(installed, "spec")).sort()).toEqual(["status-codegen.config.schema.json", "status-codes.schema.json", "status-codes.yaml"]);
    expect(readdirSync(installed).sort()).toEqual(["README.md", "dist", "package.json", "spec", "templates"]);
  });

  it("generates with the installed command, then --check finds it up to date and names the command in its hint", () => {
    const bin = join(project, "node_modules/.bin/status-codegen");
    const generated = run(bin, ["generate"]);
    expect(generated.stderr).toBe("");
    expect(generated.stdout).toBe("wrote 3 of 3 files to src/generated (0 unchanged)\n");
    expect(readFileSync(join(project, "src/generated/ts/errors.ts"), "utf8")).toContain("export const SdkError = {");
    expect(readFileSync(join(project, "src/generated/kt/SdkStatus.kt"), "utf8")).toMatch(/^package com\.example\.sdk\.status$/m);
    const csv = readFileSync(join(project, "src/generated/data/codes.csv"), "utf8").split("\n");
    expect(csv.slice(0, 2)).toEqual(["code,name,message", '200,OK,"The operation succeeded."']);

    expect(run(bin, ["generate", "--check"]).code).toBe(0);
    writeFileSync(join(project, "src/generated/data/codes.csv"), "edited by hand\n");
    const stale = run(bin, ["generate", "--check"]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain("data/codes.csv");
    expect(stale.stderr).toContain("status-codegen generate");
    expect(stale.stderr).not.toContain("npm run generate");
    // Through npx, the hint says npx.
    const viaNpx = run("npx", ["--no", "status-codegen", "generate", "--check"]);
    expect(viaNpx.code).toBe(1);
    expect(viaNpx.stderr).toContain("Run `npx status-codegen generate` and commit the result");
    // Through package scripts: the one that checks cannot be the advice, and the command is not on PATH.
    expect(run("npm", ["run", "-s", "codes:check"]).stderr).toContain("Run `npx status-codegen generate` and commit the result");
    expect(run("npm", ["run", "-s", "codes", "--", "--check"]).stderr).toContain("Run `npm run codes` and commit the result");
    expect(run(bin, ["generate"]).code).toBe(0);
  }, 60_000);

  it("imports the API from TypeScript with moduleResolution node16 and bundler, without @types/node", () => {
    writeFileSync(
      join(project, "use-api.ts"),
      [
        'import { loadSpec, validateSpec, renderTargets, generate, type CodeModel, type Diagnostic, type Model } from "status-codegen";',
        'const loaded = loadSpec({ cwd: "." });',
        "// Testing ok narrows value: no `!` and no undefined check needed.",
        "if (!loaded.ok) throw new Error(loaded.diagnostics.map((d: Diagnostic) => `${d.file}:${d.line}:${d.column} ${d.message}`).join(\"\\n\"));",
        "const model: Model = loaded.value.model;",
        "const first: CodeModel | undefined = model.codes[0];",
        "const rendered = renderTargets(loaded.value);",
        "const files = rendered.ok ? rendered.value.map((file) => file.path) : [];",
        'const problems: readonly Diagnostic[] = validateSpec("codes: 3\\n").diagnostics;',
        "const inStep: boolean = generate({ check: true }).ok;",
        "// @ts-expect-error: a Diagnostic's line is a number",
        "const wrong: string = problems[0]?.line ?? 0;",
        "export const summary = [first?.code, files.length, problems.length, inStep, wrong];",
        "",
      ].join("\n"),
    );
    // The README's example of the API compiles as it is printed.
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const example = /### The API\n\n```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    writeFileSync(join(project, "readme-api.ts"), `${example ?? ""}export {};\n`);
    for (const [module, resolution] of [
      ["node16", "node16"],
      ["esnext", "bundler"],
    ]) {
      const config = `tsconfig.${resolution}.json`;
      writeFileSync(
        join(project, config),
        JSON.stringify({ compilerOptions: { module, moduleResolution: resolution, target: "es2022", strict: true, noEmit: true, types: [], skipLibCheck: false }, files: ["use-api.ts", "readme-api.ts"] }),
      );
      const compiled = run(tsc, ["-p", config]);
      expect(compiled.stdout + compiled.stderr, resolution).toBe("");
      expect(compiled.code, resolution).toBe(0);
    }
  }, 60_000);

  it("imports and requires the API from plain JavaScript, returning problems as located data", () => {
    const script = [
      'const loaded = loadSpec();',
      'const files = renderTargets(loaded.value).value.map((file) => file.path);',
      'const bad = validateSpec("version: 1.0.0\\ncodes: 3\\n", { file: "bad.yaml" });',
      "console.log(JSON.stringify({ codes: loaded.value.model.codes.length, files, bad: bad.diagnostics, check: generate({ check: true }).ok }));",
    ];
    writeFileSync(join(project, "use-api.mjs"), ['import { loadSpec, validateSpec, renderTargets, generate } from "status-codegen";', ...script].join("\n"));
    writeFileSync(join(project, "use-api.cjs"), ['const { loadSpec, validateSpec, renderTargets, generate } = require("status-codegen");', ...script].join("\n"));
    const expected = readFileSync(join(root, "spec/status-codes.yaml"), "utf8").match(/^ {2}- code: /gm)?.length;
    for (const file of ["use-api.mjs", "use-api.cjs"]) {
      const ran = run(process.execPath, ["--no-warnings", file]);
      expect(ran.stderr, file).toBe("");
      const output = JSON.parse(ran.stdout) as { codes: number; files: string[]; bad: unknown[]; check: boolean };
      expect(output.codes, file).toBe(expected);
      expect(output.files, file).toEqual(["ts/errors.ts", "kt/SdkStatus.kt", "data/codes.csv"]);
      expect(output.check, file).toBe(true);
      expect(output.bad, file).toEqual([
        { file: "bad.yaml", line: 1, column: 1, path: "", message: 'missing required field "categories"', severity: "error" },
        { file: "bad.yaml", line: 2, column: 8, path: "codes", message: "must be a list, not the integer 3", severity: "error" },
      ]);
    }
  }, 60_000);
});
