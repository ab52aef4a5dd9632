import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { staleTemporaryAge } from "../../generator/write/write-output.js";
import { changedOutputs, realSpec, renderedOutputs, root, runCli, snapshotTree, temporaryDir } from "../support/helpers.js";

/** A project folder with the real spec in spec/, so the CLI's defaults apply inside it. */
function project(): string {
  const dir = temporaryDir();
  mkdirSync(join(dir, "spec"));
  writeFileSync(join(dir, "spec/status-codes.yaml"), realSpec);
  return dir;
}

/** How many files the real spec renders to. */
const files = renderedOutputs().size;

const contractPaths = [
  "c/status_codes.c",
  "c/status_codes.h",
  "csharp/StatusCode.cs",
  "go/go.mod",
  "go/statuscodes/status_codes.go",
  "java/statuscodes/StatusCategory.java",
  "java/statuscodes/StatusCode.java",
  "json/status-codes.json",
  "json/status-codes.schema.json",
  "kotlin/StatusCode.kt",
  "markdown/CHANGELOG.md",
  "markdown/status-codes.md",
  "objc/StatusCode.h",
  "objc/StatusCode.m",
  "packages/maven/CHANGELOG.md",
  "packages/maven/README.md",
  "packages/maven/pom.xml",
  "packages/maven/src/main/kotlin/com/commsease/im/status/StatusCode.kt",
  "packages/npm/CHANGELOG.md",
  "packages/npm/README.md",
  "packages/npm/index.cjs",
  "packages/npm/index.d.cts",
  "packages/npm/index.d.ts",
  "packages/npm/index.js",
  "packages/npm/package.json",
  "packages/swift/CHANGELOG.md",
  "packages/swift/Package.swift",
  "packages/swift/README.md",
  "packages/swift/Sources/StatusCodes/StatusCode.swift",
  "packages/swift/Tests/StatusCodesTests/StatusCodeTests.swift",
  "swift/StatusCode.swift",
  "typescript/status-codes.ts",
];

describe("status-codegen generate", () => {
  it("writes every target at the contract's paths", () => {
    const dir = project();
    const result = runCli(["generate"], dir);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toBe(`wrote ${contractPaths.length} of ${contractPaths.length} files to out (0 unchanged)`);
    expect(Object.keys(snapshotTree(join(dir, "out"))).filter((path) => !path.endsWith("/")).sort()).toEqual(contractPaths);
  });

  it("writes the same bytes as the committed out/", () => {
    const dir = project();
    runCli(["generate"], dir);
    const committed = snapshotTree(join(root, "out"));
    expect(snapshotTree(join(dir, "out"))).toEqual(committed);
  });

  it("is deterministic: a second run writes nothing and the bytes are unchanged", () => {
    const dir = project();
    runCli(["generate"], dir);
    const first = snapshotTree(join(dir, "out"));
    const again = runCli(["generate"], dir);
    expect(again.stdout).toBe(`wrote 0 of ${contractPaths.length} files to out (${contractPaths.length} unchanged)`);
    expect(snapshotTree(join(dir, "out"))).toEqual(first);
  });

  it("writes LF-only files that end in one newline and start with the do-not-edit header", () => {
    const dir = project();
    runCli(["generate"], dir);
    for (const path of contractPaths) {
      const text = readFileSync(join(dir, "out", path), "utf8");
      expect(text, path).not.toContain("\r");
      expect(text.endsWith("\n") && !text.endsWith("\n\n"), path).toBe(true);
      const firstLines = text.split("\n").slice(0, 2).join("\n");
      expect(firstLines, path).toContain("Generated from spec/status-codes.yaml by status-codegen — do not edit.");
    }
  });

  it("honours --out and --spec from any directory, naming the spec in headers relative to the out root's parent", () => {
    const dir = project();
    const elsewhere = temporaryDir();
    const result = runCli(["generate", "--spec", join(dir, "spec/status-codes.yaml"), "--out", join(dir, "generated")], elsewhere);
    expect(result.code).toBe(0);
    const swift = readFileSync(join(dir, "generated/swift/StatusCode.swift"), "utf8");
    expect(swift.startsWith("// Generated from spec/status-codes.yaml by")).toBe(true);
  });

  it("changes nothing in out/ when the spec is invalid, and names the spec it read", () => {
    const dir = project();
    runCli(["generate"], dir);
    const before = snapshotTree(join(dir, "out"));
    const broken = join(dir, "broken.yaml");
    writeFileSync(broken, realSpec.replace("name: RATE_LIMIT", "name: rate_limit").replace("code: 999", "code: 200"));
    const result = runCli(["generate", "--spec", "broken.yaml"], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^broken\.yaml:\d+:11 codes\[\d+\]\.name: must be SCREAMING_SNAKE_CASE/m);
    expect(result.stderr).toMatch(/^broken\.yaml:\d+:11 codes\[\d+\]\.code: duplicate code 200/m);
    expect(result.stderr).toContain("status-codegen: 2 errors in broken.yaml; nothing was written");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(snapshotTree(join(dir, "out"))).toEqual(before);
  });

  it("leaves files it does not generate in place and says so", () => {
    const dir = project();
    mkdirSync(join(dir, "out/swift"), { recursive: true });
    writeFileSync(join(dir, "out/swift/Extra.swift"), "// mine\n");
    const result = runCli(["generate"], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("out/swift/Extra.swift is not generated from spec/status-codes.yaml; left in place");
    expect(readFileSync(join(dir, "out/swift/Extra.swift"), "utf8")).toBe("// mine\n");
  });

  it("ignores symlinks in its output folders, such as an editor's dangling lock file", () => {
    const dir = project();
    mkdirSync(join(dir, "out/swift"), { recursive: true });
    symlinkSync("nobody@host.1234", join(dir, "out/swift/.#StatusCode.swift"));
    expect(runCli(["generate"], dir)).toMatchObject({ code: 0, stderr: "" });
    expect(runCli(["generate", "--check"], dir).code).toBe(0);
  });

  it("removes temporary files and backups left by a run that died, and only those", () => {
    const dir = project();
    mkdirSync(join(dir, "out/swift"), { recursive: true });
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout;
    writeFileSync(join(dir, `out/swift/.StatusCode.swift.${dead}-deadbeef.tmp`), "half");
    writeFileSync(join(dir, `out/swift/.StatusCode.swift.${dead}-deadbeef.bak`), "the file it was replacing");
    writeFileSync(join(dir, `out/swift/.StatusCode.swift.${process.pid}-cafebabe.tmp`), "a live run's");
    writeFileSync(join(dir, `out/swift/.StatusCode.swift.${process.pid}-cafebabe.bak`), "a live run's backup");
    expect(runCli(["generate"], dir)).toMatchObject({ code: 0, stderr: "" });
    expect(readdirSync(join(dir, "out/swift")).sort()).toEqual([`.StatusCode.swift.${process.pid}-cafebabe.bak`, `.StatusCode.swift.${process.pid}-cafebabe.tmp`, "StatusCode.swift"]);
  });

  it("removes a temporary file older than any run even when its PID now belongs to a live process", () => {
    const dir = project();
    mkdirSync(join(dir, "out/swift"), { recursive: true });
    const reused = join(dir, `out/swift/.StatusCode.swift.${process.pid}-0badc0de.tmp`);
    writeFileSync(reused, "left by a killed run whose PID was reused");
    const past = (Date.now() - staleTemporaryAge - 60_000) / 1000;
    utimesSync(reused, past, past);
    expect(runCli(["generate"], dir).code).toBe(0);
    expect(readdirSync(join(dir, "out/swift"))).toEqual(["StatusCode.swift"]);
  });

  it("leaves no temporary files or backups behind, writing a fresh folder or replacing every file", () => {
    const dir = project();
    runCli(["generate"], dir);
    writeFileSync(join(dir, "spec/status-codes.yaml"), realSpec.replace("Server is busy.", "Server is very busy."));
    // A message is in every language's output, and in the packages' copies of them.
    const changed = changedOutputs(realSpec, realSpec.replace("Server is busy.", "Server is very busy."));
    expect(changed).toBeGreaterThan(10);
    expect(runCli(["generate"], dir).stdout).toBe(`wrote ${changed} of ${files} files to out (${files - changed} unchanged)`);
    for (const folder of ["csharp", "json", "kotlin", "markdown", "swift", "typescript", "packages/maven", "packages/npm", "packages/maven/src/main/kotlin/com/commsease/im/status", "packages/swift", "packages/swift/Sources/StatusCodes", "objc", "java/statuscodes", "c", "go", "go/statuscodes"]) {
      expect(readdirSync(join(dir, "out", folder)).filter((name) => name.startsWith("."))).toEqual([]);
    }
  });

  it("reports a spec it cannot read without a stack trace", () => {
    const result = runCli(["generate", "--spec", "nope.yaml"], temporaryDir());
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "status-codegen: cannot read the spec nope.yaml: no such file or directory; pass --spec FILE to read another one",
    );
  });

  it("reports an output directory it cannot write to", () => {
    const dir = project();
    writeFileSync(join(dir, "out"), "a file where the output directory should be");
    const result = runCli(["generate"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^status-codegen: cannot write .*: (a parent is not a directory|.*exists.*)/);
  });
});

describe("status-codegen generate --check", () => {
  function generated(): string {
    const dir = project();
    runCli(["generate"], dir);
    return dir;
  }

  it("passes when out/ is in step", () => {
    const result = runCli(["generate", "--check"], generated());
    expect(result).toEqual({ code: 0, stdout: `out is up to date with spec/status-codes.yaml (${contractPaths.length} files)`, stderr: "" });
  });

  it("passes on the committed out/ of this repository", () => {
    expect(runCli(["generate", "--check"], root).code).toBe(0);
  });

  it("lists a changed, a missing and an unexpected file, and writes nothing", () => {
    const dir = generated();
    writeFileSync(join(dir, "out/kotlin/StatusCode.kt"), "// edited by hand\n");
    rmSync(join(dir, "out/markdown/status-codes.md"));
    writeFileSync(join(dir, "out/typescript/old-codes.ts"), "export {};\n");
    const before = snapshotTree(join(dir, "out"));
    const result = runCli(["generate", "--check"], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n").slice(0, 4)).toEqual([
      "status-codegen: out is out of step with spec/status-codes.yaml:",
      "  stale       out/kotlin/StatusCode.kt",
      "  missing     out/markdown/status-codes.md",
      "  unexpected  out/typescript/old-codes.ts",
    ]);
    expect(snapshotTree(join(dir, "out"))).toEqual(before);
  });

  it("reports a folder where an output file should be as the user's problem", () => {
    const dir = generated();
    rmSync(join(dir, "out/swift/StatusCode.swift"));
    mkdirSync(join(dir, "out/swift/StatusCode.swift"));
    const result = runCli(["generate", "--check"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "status-codegen: out/swift/StatusCode.swift is a directory, not a regular file, so it cannot be compared with what the spec renders to; remove it (or move it away), then run generate",
    );
  });

  it("finds drift caused by a spec change", () => {
    const dir = generated();
    writeFileSync(join(dir, "spec/status-codes.yaml"), realSpec.replace("Server is busy.", "Server is very busy."));
    const result = runCli(["generate", "--check"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("stale       out/swift/StatusCode.swift");
  });
});

describe("status-codegen validate, help, version and usage errors", () => {
  it("validates without writing", () => {
    const dir = project();
    const result = runCli(["validate"], dir);
    expect(result).toEqual({ code: 0, stdout: "spec/status-codes.yaml: 71 codes in 6 categories, valid", stderr: "" });
    expect(readdirSync(dir)).toEqual(["spec"]);
  });

  it("prints help and the package version", () => {
    expect(runCli(["--help"]).stdout).toContain("status-codegen generate [--config FILE] [--spec FILE] [--out DIR] [--target NAME[,NAME]] [--check] [--watch]");
    expect(runCli(["generate", "--help"]).stdout).toMatch(/^Usage:\n  status-codegen generate .*\n\nRender the targets/);
    expect(runCli(["diff", "-h"]).stdout).toContain("--against REF|FILE");
    const packageJson = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    expect(runCli(["--version"])).toEqual({ code: 0, stdout: packageJson.version, stderr: "" });
  });

  it.each([
    [[], "no command given"],
    [["build"], `unknown command "build"`],
    [["frobnicate", "--help"], `unknown command "frobnicate"`],
    [["build", "--version"], `unknown command "build"`],
    [["generate", "--frobnicate"], `unknown option "--frobnicate" for generate`],
    [["generate", "--chek"], `unknown option "--chek" for generate; did you mean --check?`],
    [["generate", "--bogus", "--help"], `unknown option "--bogus" for generate`],
    [["validate", "--spec", "--help"], "--spec needs a value"],
    [["diff", "--help", "--against"], "--against needs a value"],
    [["generate", "--spec"], "--spec needs a value"],
    [["validate", "--check"], `unknown option "--check" for validate`],
    [["generate", "--spec", "--check"], "--spec needs a value"],
    [["generate", "spec.yaml"], `unexpected argument "spec.yaml"`],
  ])("exits 2 with usage for %j", (args, message) => {
    const result = runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`status-codegen: ${message}`);
    expect(result.stderr).toContain("Usage:");
  });

  it("accepts --opt=value", () => {
    const dir = project();
    expect(runCli(["generate", "--out=gen"], dir).code).toBe(0);
    expect(readdirSync(join(dir, "gen")).sort()).toEqual(["c", "csharp", "go", "java", "json", "kotlin", "markdown", "objc", "packages", "swift", "typescript"]);
  });
});

