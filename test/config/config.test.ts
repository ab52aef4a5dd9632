import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { realSpec, runCli, snapshotTree, temporaryDir } from "../support/helpers.js";
import { badConfigs } from "./bad-configs.js";

/** A consumer repository (a `.git` folder marks its root): the real spec at spec/status-codes.yaml, a config, and whatever files it names. */
function repository(config: string, files: Record<string, string> = {}): string {
  const dir = temporaryDir();
  mkdirSync(join(dir, ".git"));
  mkdirSync(join(dir, "spec"));
  writeFileSync(join(dir, "spec/status-codes.yaml"), realSpec);
  writeFileSync(join(dir, "status-codegen.config.yaml"), config);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** The config of the issue, word for word (its spec a copy of the real one at codegen/table.yaml). */
const issueConfig = `spec: codegen/table.yaml            # or a module specifier
out: src/generated
targets:
  - target: typescript              # a built-in target...
    output: ts/errors.ts            # ...at the consumer's path, inside \`out\`
    options: { typeName: SdkError } # the same keys as the spec's settings for that target
  - target: kotlin
    output: kt/SdkStatus.kt
    options: { package: com.example.sdk.status, typeName: SdkStatus }
  - template: codegen/codes.csv.hbs # a consumer's own target
    language: json                  # whose helpers and code views it uses
    output: data/codes.csv
`;
const csvTemplate = "code,name,message\n{{#each codes}}\n{{code}},{{name}},{{messageLiteral}}\n{{/each}}\n";

describe("a consumer config", () => {
  it("generates exactly the listed targets, at its paths, with its options over the spec's settings, its template included", () => {
    const dir = repository(issueConfig, { "codegen/table.yaml": realSpec, "codegen/codes.csv.hbs": csvTemplate });
    const result = runCli(["generate"], dir);
    expect(result).toEqual({ code: 0, stdout: "wrote 3 of 3 files to src/generated (0 unchanged)", stderr: "" });
    expect(Object.keys(snapshotTree(join(dir, "src/generated"))).filter((path) => !path.endsWith("/")).sort()).toEqual([".status-codegen-files", "data/codes.csv", "kt/SdkStatus.kt", "ts/errors.ts"]);
    const typescript = readFileSync(join(dir, "src/generated/ts/errors.ts"), "utf8");
    expect(typescript).toContain("export const SdkError = {");
    expect(typescript).toContain("export type StatusCategory ="); // the spec's settings where the options say nothing
    const kotlin = readFileSync(join(dir, "src/generated/kt/SdkStatus.kt"), "utf8");
    expect(kotlin).toContain("package com.example.sdk.status\n");
    expect(kotlin).toContain("enum class SdkStatus {");
    expect(readFileSync(join(dir, "src/generated/data/codes.csv"), "utf8").split("\n").slice(0, 2)).toEqual(["code,name,message", `200,OK,"The operation succeeded."`]);
    expect(runCli(["generate", "--check"], dir)).toEqual({ code: 0, stdout: "src/generated is up to date with codegen/table.yaml (3 files)", stderr: "" });
  });

  it("gives a template the names its language's built-in target declares with the config's options, its own options over them", () => {
    const config = "out: gen\ntargets:\n  - target: swift\n    options: { typeName: SDKStatus, categoryTypeName: SDKCategory }\n  - template: ext.hbs\n    language: swift\n    output: ext.swift\n  - template: kt.hbs\n    language: kotlin\n    output: kt.txt\n    options: { typeName: KtStatus }\n";
    const dir = repository(config, { "ext.hbs": "extension {{types.code}} {} // {{types.category}} {{types.kind}}\n", "kt.hbs": "{{settings.package}}.{{types.code}}\n" });
    expect(runCli(["generate"], dir).code).toBe(0);
    expect(readFileSync(join(dir, "gen/ext.swift"), "utf8")).toBe("extension SDKStatus {} // SDKCategory StatusKind\n");
    expect(readFileSync(join(dir, "gen/kt.txt"), "utf8")).toBe("com.commsease.im.status.KtStatus\n");
  });

  it("keeps a template target's code views apart from a built-in target's of the same id (a template named json.hbs beside the json target)", () => {
    const config = "out: gen\ntargets:\n  - target: json\n    name: data\n  - template: json.hbs\n    language: json\n    output: list.txt\n";
    const dir = repository(config, { "json.hbs": "{{#each codes}}{{code}} {{nameLiteral}}\n{{/each}}" });
    expect(runCli(["generate"], dir)).toMatchObject({ code: 0, stderr: "" });
    expect(readFileSync(join(dir, "gen/list.txt"), "utf8").split("\n").slice(0, 2)).toEqual(['200 "OK"', '201 "INVALID_VERSION"']);
    expect(JSON.parse(readFileSync(join(dir, "gen/json/status-codes.json"), "utf8")).codes[0]).toMatchObject({ code: 200, name: "OK" });
    expect(runCli(["generate", "--check"], dir).code).toBe(0);
  });

  it("asks for the npm package, named and typed by its options, as the TypeScript output would be", () => {
    const config = 'out: packages\ntargets:\n  - target: npm-package\n    output: npm\n    options: { typeName: SdkError, npmPackage: "@example/sdk-errors" }\n';
    const dir = repository(config);
    expect(runCli(["generate"], dir)).toEqual({ code: 0, stdout: "wrote 7 of 7 files to packages (0 unchanged)", stderr: "" });
    const files = ["CHANGELOG.md", "README.md", "index.cjs", "index.d.cts", "index.d.ts", "index.js", "package.json"];
    expect(Object.keys(snapshotTree(join(dir, "packages/npm"))).sort()).toEqual(files);
    expect(JSON.parse(readFileSync(join(dir, "packages/npm/package.json"), "utf8"))).toMatchObject({ name: "@example/sdk-errors", version: "1.0.0" });
    expect(readFileSync(join(dir, "packages/npm/index.js"), "utf8")).toContain("export function isSdkError(value) {");
    expect(readFileSync(join(dir, "packages/npm/index.cjs"), "utf8")).toContain("exports.sdkErrorInfo = sdkErrorInfo;");
    expect(readFileSync(join(dir, "packages/npm/index.d.cts"), "utf8")).toContain("export declare const sdkErrors: readonly SdkErrorInfo[];");
    expect(runCli(["generate", "--check"], dir).code).toBe(0);
  });

  it("writes to paths SDKs use: + in Swift extension files and Android qualifiers, @ and ~", () => {
    const config = "out: .\ntargets:\n  - template: t.hbs\n    language: swift\n    output: Sources/S/Status+Localized.swift\n  - template: t.hbs\n    name: sr\n    language: xml\n    output: res/values-b+sr+Latn/status@2~x.xml\n";
    const dir = repository(config, { "t.hbs": "// {{header}}\n" });
    expect(runCli(["generate"], dir)).toMatchObject({ code: 0, stderr: "" });
    expect(readFileSync(join(dir, "res/values-b+sr+Latn/status@2~x.xml"), "utf8")).toContain("do not edit");
  });

  it("writes the Maven package with its options: the coordinates in the POM and README, the package in the Kotlin file's path", () => {
    const config = "out: gen\ntargets:\n  - target: maven-package\n    options: { groupId: com.example.sdk, artifactId: sdk-status, package: com.example.sdk.status }\n";
    const dir = repository(config);
    expect(runCli(["generate"], dir)).toEqual({ code: 0, stdout: "wrote 4 of 4 files to gen (0 unchanged)", stderr: "" });
    expect(Object.keys(snapshotTree(join(dir, "gen"))).filter((path) => !path.endsWith("/")).sort()).toEqual([
      ".status-codegen-files",
      "packages/maven/CHANGELOG.md",
      "packages/maven/README.md",
      "packages/maven/pom.xml",
      "packages/maven/src/main/kotlin/com/example/sdk/status/StatusCode.kt",
    ]);
    const pom = readFileSync(join(dir, "gen/packages/maven/pom.xml"), "utf8");
    expect(pom).toContain("  <groupId>com.example.sdk</groupId>\n  <artifactId>sdk-status</artifactId>\n  <version>1.0.0</version>\n");
    expect(readFileSync(join(dir, "gen/packages/maven/src/main/kotlin/com/example/sdk/status/StatusCode.kt"), "utf8")).toContain("package com.example.sdk.status\n");
    expect(readFileSync(join(dir, "gen/packages/maven/README.md"), "utf8")).toContain(`implementation("com.example.sdk:sdk-status:1.0.0")`);
    expect(runCli(["generate", "--check"], dir).code).toBe(0);
  });

  it("is found in the working directory or given with --config, and JSON works too", () => {
    const dir = repository("", { "codegen/table.yaml": realSpec, "codegen/codes.csv.hbs": csvTemplate, "cfg/sdk.json": JSON.stringify({ spec: "../codegen/table.yaml", out: "../gen", targets: [{ target: "swift" }] }) });
    const result = runCli(["generate", "--config", "cfg/sdk.json"], dir);
    expect(result.stdout).toBe("wrote 1 of 1 file to gen (0 unchanged)");
    expect(readFileSync(join(dir, "gen/swift/StatusCode.swift"), "utf8")).toContain("public enum StatusCode: Int");
  });

  it("limits a run to --target names, and refuses a name the config does not have (exit 2)", () => {
    const dir = repository(issueConfig, { "codegen/table.yaml": realSpec, "codegen/codes.csv.hbs": csvTemplate });
    expect(runCli(["generate", "--target", "kotlin,codes.csv"], dir).stdout).toBe("wrote 2 of 2 files to src/generated (0 unchanged)");
    expect(runCli(["generate", "--check", "--target", "kotlin"], dir).code).toBe(0);
    const unknown = runCli(["generate", "--target", "swift"], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(`status-codegen: --target "swift": this run's targets are typescript, kotlin, codes.csv`);
  });

  it("--check leaves the repository's own files alone, but reports a generated file no longer written and anything in an owned folder", () => {
    const config = `${issueConfig}owned: [data]\n`;
    const dir = repository(config, { "codegen/table.yaml": realSpec, "codegen/codes.csv.hbs": csvTemplate });
    expect(runCli(["generate"], dir).code).toBe(0);
    writeFileSync(join(dir, "src/generated/ts/helpers.ts"), "export const mine = 1;\n");
    expect(runCli(["generate", "--check"], dir).code).toBe(0);
    writeFileSync(join(dir, "src/generated/ts/old.ts"), "// Generated from codegen/table.yaml by status-codegen — do not edit.\n");
    writeFileSync(join(dir, "src/generated/data/notes.txt"), "not generated\n");
    const result = runCli(["generate", "--check"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr.split("\n")).toEqual([
      "status-codegen: src/generated is out of step with codegen/table.yaml:",
      "  unexpected  src/generated/data/notes.txt",
      "  unexpected  src/generated/ts/old.ts",
      "Run `status-codegen generate --check`".replace(" --check", "") + " and commit the result; it removes the files it wrote that the config no longer writes; delete any other unexpected file.",
    ]);
  });

  it("never replaces a file it did not write: one not on its list and without the generated header", () => {
    const config = "out: app\ntargets:\n  - template: strings.hbs\n    language: xml\n    output: res/values/strings.xml\n";
    const mine = '<resources><string name="app_name">Mine</string></resources>\n';
    const dir = repository(config, { "strings.hbs": "<resources/>\n", "app/res/values/strings.xml": mine, "app/package.json": "{}\n" });
    const before = snapshotTree(dir);
    const result = runCli(["generate"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "status-codegen: refusing to replace app/res/values/strings.xml: status-codegen did not write it (it is not in app/.status-codegen-files and has no generated header); move it away, or choose another output path",
    );
    expect(snapshotTree(dir)).toEqual(before);
    // Moved away, the output is written and listed; a later run replaces it even when it has no header.
    writeFileSync(join(dir, "status-codegen.config.yaml"), config.replace("strings.xml", "codes.xml"));
    expect(runCli(["generate"], dir).code).toBe(0);
    writeFileSync(join(dir, "app/res/values/codes.xml"), "edited by hand\n");
    expect(runCli(["generate"], dir).stdout).toBe("wrote 1 of 1 file to app (0 unchanged)");
    expect(readFileSync(join(dir, "app/res/values/codes.xml"), "utf8")).toBe("<resources/>\n");
    expect(readFileSync(join(dir, "app/res/values/strings.xml"), "utf8")).toBe(mine);
  });

  it("reports a file it wrote and no longer writes, header or not, from its list; --target looks only in its targets' folders", () => {
    const dir = repository(issueConfig, { "codegen/table.yaml": realSpec, "codegen/codes.csv.hbs": csvTemplate });
    expect(runCli(["generate"], dir).code).toBe(0);
    expect(readFileSync(join(dir, "src/generated/.status-codegen-files"), "utf8").split("\n").slice(2)).toEqual(["data/codes.csv", "kt/SdkStatus.kt", "ts/errors.ts", ""]);
    // The CSV (no header: CSV has no comments) moves to another folder.
    writeFileSync(join(dir, "status-codegen.config.yaml"), issueConfig.replace("output: data/codes.csv", "output: csv/codes.csv"));
    const check = runCli(["generate", "--check"], dir);
    expect(check.code).toBe(1);
    expect(check.stderr.split("\n").slice(1, 4)).toEqual(["  stale       src/generated/.status-codegen-files", "  missing     src/generated/csv/codes.csv", "  unexpected  src/generated/data/codes.csv"]);
    expect(runCli(["generate", "--check", "--target", "kotlin"], dir).code).toBe(0);
    // generate removes it: it is on the list, so it is the generator's own; its folder goes with it.
    const generated = runCli(["generate"], dir);
    expect(generated).toEqual({ code: 0, stdout: "wrote 1 of 3 files to src/generated (2 unchanged)\nremoved src/generated/data/codes.csv: the config no longer writes it", stderr: "" });
    expect(existsSync(join(dir, "src/generated/data"))).toBe(false);
    expect(runCli(["generate", "--check"], dir)).toMatchObject({ code: 0, stderr: "" });
    // A file not on the list is never removed, even with the header: it is reported, and left.
    writeFileSync(join(dir, "src/generated/csv/old.csv"), "# Generated from x by status-codegen — do not edit.\n");
    expect(runCli(["generate"], dir).stderr).toBe("status-codegen: warning: src/generated/csv/old.csv was generated before and is no longer written; delete it");
    expect(existsSync(join(dir, "src/generated/csv/old.csv"))).toBe(true);
  });

  it("names in the hint the command that was run", () => {
    const dir = repository(issueConfig, { "codegen/table.yaml": realSpec, "codegen/codes.csv.hbs": csvTemplate });
    writeFileSync(join(dir, "alt.yaml"), issueConfig);
    const result = runCli(["generate", "--config", "alt.yaml", "--check", "--target", "kotlin"], dir);
    expect(result.stderr).toContain("Run `status-codegen generate --config alt.yaml --target kotlin` and commit the result");
  });

  it("validate checks the config too", () => {
    const dir = repository(issueConfig, { "codegen/table.yaml": realSpec, "codegen/codes.csv.hbs": csvTemplate });
    expect(runCli(["validate"], dir).stdout).toBe("codegen/table.yaml: 71 codes in 6 categories, valid; status-codegen.config.yaml: 3 targets");
    // The repository's templates are rendered too (in memory): one that cannot render fails validation.
    writeFileSync(join(dir, "codegen/codes.csv.hbs"), "{{#each codes}}{{#if deprecated}}{{string deprecated.reasn}}{{/if}}{{/each}}\n");
    const broken = runCli(["validate"], dir);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(`codegen/codes.csv.hbs:1:43 no field "deprecated.reasn" here; did you mean "deprecated.reason"?`);
  });

  it("diff compares the config's spec, speaks of the names the config chose, and ignores settings the config overrides", () => {
    const renamed = realSpec.replace(/name: RATE_LIMIT$/m, "name: TOO_MANY_REQUESTS");
    // A new type name in the spec's own settings: the config sets its own, so for this repository nothing moved.
    const retyped = realSpec.replace("typescript:\n    typeName: StatusCode\n", "typescript:\n    typeName: SpecStatus\n");
    expect(retyped).not.toBe(realSpec);
    const dir = repository(issueConfig, { "codegen/table.yaml": renamed, "codegen/codes.csv.hbs": csvTemplate, "before.yaml": realSpec, "retyped.yaml": retyped });
    const result = runCli(["diff", "--against", "before.yaml"], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^codegen\/table\.yaml:\d+:\d+: breaking CODE_RENAMED: 416 was renamed from RATE_LIMIT to TOO_MANY_REQUESTS: TypeScript's SdkErrorName union,/);
    writeFileSync(join(dir, "codegen/table.yaml"), retyped);
    expect(runCli(["diff", "--against", "before.yaml"], dir)).toMatchObject({ code: 0, stdout: expect.not.stringContaining("SETTING_CHANGED") });
    // The same two specs without the config: the spec's type name is what the files declare.
    const bare = temporaryDir();
    writeFileSync(join(bare, "before.yaml"), realSpec);
    writeFileSync(join(bare, "after.yaml"), retyped);
    expect(runCli(["diff", "--spec", "after.yaml", "--against", "before.yaml"], bare).stdout).toContain("breaking SETTING_CHANGED: settings.typescript.typeName changed from StatusCode to SpecStatus");
  });

  it("refuses a template that is a named pipe instead of waiting on it", () => {
    const dir = repository("targets:\n  - template: t.hbs\n    language: json\n    output: a.txt\n");
    execFileSync("mkfifo", [join(dir, "t.hbs")]);
    const result = runCli(["generate"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr.split("\n")[0]).toBe(`status-codegen.config.yaml:2:15 targets[0].template: ${join(dir, "t.hbs")} is a named pipe, not a template file`);
  });

  it("refuses an output that would replace the config or a template", () => {
    const dir = repository("out: .\ntargets:\n  - template: t.hbs\n    language: json\n    output: t.hbs\n", { "t.hbs": "x\n" });
    const result = runCli(["generate"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("status-codegen: refusing to write ./t.hbs: it is an input of this run (t.hbs); choose another --out or output path");
    expect(readFileSync(join(dir, "t.hbs"), "utf8")).toBe("x\n");
  });
});

describe("finding and reading the config", () => {
  it("reads a .json config as JSON: a trailing comma or YAML in it is a located error; a duplicate key is named", () => {
    const dir = repository("targets:\n  - target: json\n", {
      "comma.json": '{\n  "targets": [\n    { "target": "kotlin", "output": "K.kt" },\n  ]\n}\n',
      "yaml.json": "targets:\n  - target: kotlin\n",
      "twice.json": '{ "out": "a", "out": "b", "targets": [{ "target": "json" }] }\n',
    });
    const before = snapshotTree(dir);
    const comma = runCli(["generate", "--config", "comma.json"], dir);
    expect(comma.code).toBe(1);
    expect(comma.stderr.split("\n")[0]).toBe("comma.json:4:3 JSON syntax error: a comma before ] (JSON has no trailing commas) (a .json config is plain JSON; for comments or YAML, use status-codegen.config.yaml)");
    expect(runCli(["generate", "--config", "yaml.json"], dir).stderr.split("\n")[0]).toMatch(/^yaml\.json:1:1 JSON syntax error: /);
    expect(runCli(["generate", "--config", "twice.json"], dir).stderr.split("\n")[0]).toBe('twice.json:1:15 duplicate key "out": a key may appear only once in a mapping');
    expect(snapshotTree(dir)).toEqual(before);
  });

  it("is found from a folder inside the repository, and two configs in one folder are refused", () => {
    const dir = repository("out: gen\ntargets:\n  - target: json\n", { "src/deep/keep.txt": "" });
    expect(runCli(["generate"], join(dir, "src/deep")).stdout).toBe(`wrote 1 of 1 file to ${join(dir, "gen")} (0 unchanged)`);
    writeFileSync(join(dir, "status-codegen.config.json"), '{ "targets": [{ "target": "json" }] }\n');
    const two = runCli(["generate"], join(dir, "src/deep"));
    expect(two.code).toBe(1);
    expect(two.stderr).toBe(`status-codegen: ${dir} holds two configs (status-codegen.config.yaml and status-codegen.config.json); keep one, or pass --config FILE`);
  });
});

describe("bad configs leave everything unchanged", () => {
  it.each(badConfigs)("%s: exit 1 with the located message", (_name, config, files, expected) => {
    const dir = repository(config, files);
    const before = snapshotTree(dir);
    const result = runCli(["generate"], dir);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).not.toMatch(/^\s+at /m);
    const lines = result.stderr.split("\n");
    expected.forEach((fragment, index) => expect(lines[index], result.stderr).toContain(fragment));
    expect(snapshotTree(dir)).toEqual(before);
  });
});
