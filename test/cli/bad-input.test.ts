import { spawnSync } from "node:child_process";
import { closeSync, existsSync, ftruncateSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { badSpecs } from "../spec/bad-specs.js";
import { bin, realSpec, renderedOutputs, runCli, snapshotTree, temporaryDir } from "../support/helpers.js";
import { rootToolchain, withToolchain } from "../toolchains/toolchains.js";

/** How many files the real spec renders to: what a full run writes. */
const files = renderedOutputs().size;

/** A project whose out/ was generated from the real spec; the spec is then replaced by `spec`. */
function projectWith(spec: string | Buffer): string {
  const dir = temporaryDir();
  mkdirSync(join(dir, "spec"));
  writeFileSync(join(dir, "spec/status-codes.yaml"), realSpec);
  expect(runCli(["generate"], dir).code).toBe(0);
  writeFileSync(join(dir, "spec/status-codes.yaml"), spec);
  return dir;
}

/**
 * Runs the built command in a fresh process with a deadline, for runs that once hung: a regression then
 * fails the test instead of hanging the suite.
 */
function runBounded(args: readonly string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", timeout: 20_000 });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr.trimEnd() };
}

/** The PID of a process that has exited: what a killed run's temporary files carry. */
function deadPid(): string {
  return spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout;
}

/** Runs `generate` and asserts the contract for bad input: exit 1, no stack trace, out/ exactly as it was. */
function refuse(dir: string, expected: string[]) {
  const before = snapshotTree(join(dir, "out"));
  const result = runCli(["generate"], dir);
  expect(result.code, result.stderr).toBe(1);
  expect(result.stdout).toBe("");
  expect(result.stderr).not.toMatch(/^\s+at /m);
  for (const fragment of expected) expect(result.stderr).toContain(fragment);
  expect(snapshotTree(join(dir, "out"))).toEqual(before);
  return result.stderr;
}

describe("bad input leaves out/ unchanged", () => {
  it.each(badSpecs)("%s: exit 1 with the located message", (_name, text, expected) => {
    const stderr = refuse(projectWith(text), expected.map((fragment) => fragment.replace(/^spec\.yaml:/, "spec/status-codes.yaml:")));
    expect(stderr).toMatch(/^status-codegen: \d+ errors? in spec\/status-codes\.yaml; nothing was written$/m);
  });

  it("binary bytes", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe]);
    refuse(projectWith(png), ["spec/status-codes.yaml:1:1 the spec is not UTF-8 text"]);
  });

  it("text in another encoding (Latin-1)", () => {
    const latin1 = Buffer.from(realSpec.replace("Server is busy.", "Serveur occup\u00e9."), "latin1");
    refuse(projectWith(latin1), ["the spec is not UTF-8 text; save it as UTF-8"]);
  });

  it("an empty file", () => {
    refuse(projectWith(""), ["spec/status-codes.yaml:1:1 the spec is empty"]);
  });

  it("a spec over the size limit, refused before it is read", () => {
    const dir = projectWith("");
    const descriptor = openSync(join(dir, "spec/status-codes.yaml"), "w");
    ftruncateSync(descriptor, 65 * 1024 * 1024); // sparse: costs no disk
    closeSync(descriptor);
    refuse(dir, ["spec/status-codes.yaml:1:1 the spec is 65.0 MiB; the limit is 32.0 MiB"]);
  });

  it("a million tiny YAML nodes, refused before the parser sees them", () => {
    const flood = `codes: [${"{},".repeat(750_001)}]\n`;
    refuse(projectWith(flood), ["spec/status-codes.yaml:1:1 the spec has more than 1,200,000 YAML nodes"]);
  });

  it("a flood behind a stray quote inside a plain scalar, still counted", () => {
    const flood = `a: x ,"\ncodes: [${"{},".repeat(750_001)}]\n`;
    refuse(projectWith(flood), ["spec/status-codes.yaml:1:1 the spec has more than 1,200,000 YAML nodes"]);
  });

  it("implicit pairs in a flow list (`[a:,a:]`), counted as the mappings they are", () => {
    refuse(projectWith(`codes: [${"a:,".repeat(600_001)}]\n`), ["spec/status-codes.yaml:1:1 the spec has more than 1,200,000 YAML nodes"]);
    refuse(projectWith(`codes: [${"[a:],".repeat(400_001)}]\n`), ["spec/status-codes.yaml:1:1 the spec has more than 1,200,000 YAML nodes"]);
  });

  it("a flood of block entries with CRLF line ends, or tabs after the indicators, counted like any other", () => {
    refuse(projectWith(`codes:\r\n${"-\r\n".repeat(1_200_001)}`), ["spec/status-codes.yaml:1:1 the spec has more than 1,200,000 YAML nodes"]);
    refuse(projectWith(`codes:\n${"-\t\n".repeat(1_200_001)}`), ["spec/status-codes.yaml:1:1 the spec has more than 1,200,000 YAML nodes"]);
    refuse(projectWith(`${"a:\t1\n".repeat(1_200_001)}`), ["spec/status-codes.yaml:1:1 the spec has more than 1,200,000 YAML nodes"]);
  });

  it("a run that fails leaves the tree as it was, no new folder included", () => {
    const dir = temporaryDir();
    mkdirSync(join(dir, "spec"));
    writeFileSync(join(dir, "spec/status-codes.yaml"), realSpec);
    mkdirSync(join(dir, "out"));
    // The TypeScript, JSON and Markdown folders are made (and written into) before Swift's fails.
    writeFileSync(join(dir, "out/swift"), "a file where the swift folder should be\n");
    refuse(dir, ["status-codegen: cannot write", "nothing was written"]);
  });

  it("an output path that is the spec itself", () => {
    const dir = projectWith(realSpec.replace("settings:\n", "settings:\n  outputs:\n    json: status-codes.yaml\n"));
    const spec = readFileSync(join(dir, "spec/status-codes.yaml"));
    const result = runCli(["generate", "--out", "spec"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("status-codegen: refusing to write spec/status-codes.yaml: it is the spec being read (spec/status-codes.yaml); choose another --out or output path");
    expect(readFileSync(join(dir, "spec/status-codes.yaml"))).toEqual(spec);
  });

  it("a spec that is a named pipe nothing writes to: refused at once, not waited on forever", () => {
    const dir = projectWith(realSpec);
    rmSync(join(dir, "spec/status-codes.yaml"));
    expect(spawnSync("mkfifo", [join(dir, "spec/status-codes.yaml")]).status).toBe(0);
    refuse(dir, ["spec/status-codes.yaml:1:1 read nothing from the named pipe"]);
  });

  it("a spec that is a directory or a device", () => {
    const dir = projectWith(realSpec);
    expect(runCli(["generate", "--spec", "spec"], dir).stderr).toBe("status-codegen: cannot read the spec spec: it is a directory, not a file; pass --spec FILE to read another one");
    expect(runCli(["generate", "--spec", "/dev/null"], dir).stderr).toContain("it is a character device, not a file");
  });

  it("an output directory where the file system makes no folders (/proc)", () => {
    const result = runCli(["generate", "--out", "/proc/self"], projectWith(realSpec));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("status-codegen: cannot write /proc/self/typescript: the file system there does not allow creating folders; nothing was written");
  });

  withToolchain(rootToolchain(), "an output directory on a read-only file system says so", () => {
    const mount = temporaryDir();
    expect(spawnSync("mount", ["-t", "tmpfs", "-o", "ro", "tmpfs", mount]).status).toBe(0);
    try {
      const result = runCli(["generate", "--out", join(mount, "out")], projectWith(realSpec));
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`status-codegen: cannot write ${join(mount, "out")}: read-only file system; nothing was written`);
    } finally {
      spawnSync("umount", [mount]);
    }
  });

  it.each([
    ["a named pipe", (path: string) => expect(spawnSync("mkfifo", [path]).status).toBe(0), "a named pipe"],
    ["a link to /dev/zero", (path: string) => symlinkSync("/dev/zero", path), "a symbolic link to a character device (/dev/zero)"],
    ["a folder", (path: string) => mkdirSync(join(path, "inside"), { recursive: true }), "a directory"],
  ])("an output path that holds %s: generate and --check refuse it at once, name it, and change nothing", (_name, make, kind) => {
    // A changed spec, so that generate has other files to write and must still write none.
    const dir = projectWith(realSpec.replace("Server is busy.", "Server is very busy."));
    rmSync(join(dir, "out/json/status-codes.json"));
    make(join(dir, "out/json/status-codes.json"));
    const before = snapshotTree(join(dir, "out"));
    const what = `status-codegen: out/json/status-codes.json is ${kind}, not a regular file`;
    const expected = {
      generate: `${what}: status-codegen neither reads nor replaces one; remove it (or move it away) and run again; nothing was written`,
      "generate --check": `${what}, so it cannot be compared with what the spec renders to; remove it (or move it away), then run generate`,
    };
    for (const [command, message] of Object.entries(expected)) {
      const result = runBounded(command.split(" "), dir);
      expect(result.signal, `${command} did not finish`).toBe(null);
      expect(result).toMatchObject({ code: 1, stdout: "", stderr: message });
      expect(snapshotTree(join(dir, "out"))).toEqual(before);
    }
  });

  it("with a config, a named pipe where its file list belongs is refused, not read", () => {
    const dir = temporaryDir();
    mkdirSync(join(dir, ".git"));
    mkdirSync(join(dir, "spec"));
    writeFileSync(join(dir, "spec/status-codes.yaml"), realSpec);
    writeFileSync(join(dir, "status-codegen.config.yaml"), "out: gen\ntargets:\n  - target: json\n");
    expect(runCli(["generate"], dir).code).toBe(0);
    rmSync(join(dir, "gen/.status-codegen-files"));
    expect(spawnSync("mkfifo", [join(dir, "gen/.status-codegen-files")]).status).toBe(0);
    const before = snapshotTree(dir);
    for (const command of [["generate"], ["generate", "--check"]]) {
      const result = runBounded(command, dir);
      expect(result.signal, `${command.join(" ")} did not finish`).toBe(null);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^status-codegen: gen\/\.status-codegen-files is a named pipe, not a regular file[,:] /);
    }
    expect(snapshotTree(dir)).toEqual(before);
  });

  it("an output far larger than what it renders to is stale without being read", () => {
    const dir = projectWith(realSpec);
    // Sparse: 8 GiB that cost no disk, but more than Node can read into one buffer.
    const descriptor = openSync(join(dir, "out/kotlin/StatusCode.kt"), "r+");
    ftruncateSync(descriptor, 8 * 1024 ** 3);
    closeSync(descriptor);
    expect(runCli(["generate", "--check"], dir).stderr).toContain("  stale       out/kotlin/StatusCode.kt");
    expect(runCli(["generate"], dir)).toMatchObject({ code: 0, stdout: `wrote 1 of ${files} files to out (${files - 1} unchanged)` });
    expect(runCli(["generate", "--check"], dir).code).toBe(0);
  });

  it("a spec named like a dead run's temporary file, in an output folder, is read and kept", () => {
    const dir = temporaryDir();
    mkdirSync(join(dir, "o/json"), { recursive: true });
    const spec = `o/json/.spec.${deadPid()}-abcdef12.tmp`;
    writeFileSync(join(dir, spec), realSpec);
    expect(runCli(["generate", "--spec", spec, "--out", "o"], dir)).toMatchObject({ code: 0, stdout: `wrote ${files} of ${files} files to o (0 unchanged)` });
    expect(readFileSync(join(dir, spec), "utf8")).toBe(realSpec);
  });

  it("a run that fails leaves a dead run's temporary files alone too: they are removed only after a write succeeds", () => {
    const dir = projectWith(realSpec.replace("Server is busy.", "Server is very busy."));
    const leftOver = join(dir, `out/json/.notes.${deadPid()}-abcdef12.tmp`);
    writeFileSync(leftOver, "left by a run that was killed");
    rmSync(join(dir, "out/swift"), { recursive: true });
    writeFileSync(join(dir, "out/swift"), "a file where the swift folder should be\n");
    refuse(dir, ["status-codegen: cannot write out/swift/StatusCode.swift: a parent is not a directory; nothing was written"]);
    rmSync(join(dir, "out/swift"));
    expect(runCli(["generate"], dir).code).toBe(0);
    expect(existsSync(leftOver)).toBe(false);
  });

  it("block entries nested on one line (- - - …)", () => {
    refuse(projectWith(`codes:\n${"- ".repeat(100)}x\n`), ["spec/status-codes.yaml:2:127 nested more than 64 levels deep"]);
  });

  it("a write that fails halfway (a file where a folder should be) changes no output", () => {
    const dir = projectWith(realSpec.replace("The operation succeeded.", "The operation succeeded!"));
    rmSync(join(dir, "out/swift"), { recursive: true });
    writeFileSync(join(dir, "out/swift"), "a file where the swift folder should be\n");
    refuse(dir, ["status-codegen: cannot write"]);
  });

  it("a spec that quotes control characters cannot forge extra lines in the report", () => {
    const stderr = refuse(projectWith(realSpec.replace("category: general", `category: "gen\\n::error::forged"`)), ["unknown category"]);
    expect(stderr).not.toMatch(/^::error::forged/m);
    expect(stderr).toContain(String.raw`"gen\n::error::forged"`);
  });

  it("20,000 broken entries: the first 100 problems in file order, and a count of the rest", () => {
    const stderr = refuse(projectWith(`version: 1.0.0\ncategories: []\ncodes:\n${"  - {}\n".repeat(20_000)}`), [
      "spec/status-codes.yaml:2:13 categories: must not be empty",
      "status-codegen: 100 errors and 79,901 more problems not shown in spec/status-codes.yaml; nothing was written",
    ]);
    expect(stderr.split("\n")).toHaveLength(101);
  });

  it("an output folder that is a symlink pointing outside the output directory", () => {
    const dir = projectWith(realSpec.replace("Server is busy.", "Server is very busy."));
    const elsewhere = temporaryDir();
    mkdirSync(join(dir, "out/ios"));
    symlinkSync(elsewhere, join(dir, "out/ios/link"));
    writeFileSync(join(dir, "spec/status-codes.yaml"), realSpec.replace("settings:\n", "settings:\n  outputs:\n    swift: ios/link/StatusCode.swift\n"));
    refuse(dir, ["outside the output directory; refusing to write there"]);
    expect(snapshotTree(elsewhere)).toEqual({});
  });

  it("a link inside the output directory is followed while it stays inside, and refused where it leads out", () => {
    const dir = projectWith(realSpec);
    const elsewhere = temporaryDir();
    // out/ios/link leads to out/apple (inside); out/apple/deeper leads elsewhere (outside).
    mkdirSync(join(dir, "out/ios"));
    mkdirSync(join(dir, "out/apple"));
    symlinkSync(join(dir, "out/apple"), join(dir, "out/ios/link"));
    symlinkSync(elsewhere, join(dir, "out/apple/deeper"));
    writeFileSync(join(dir, "spec/status-codes.yaml"), realSpec.replace("settings:\n", "settings:\n  outputs:\n    swift: ios/link/StatusCode.swift\n"));
    expect(runCli(["generate"], dir).code).toBe(0);
    expect(readFileSync(join(dir, "out/apple/StatusCode.swift"), "utf8")).toContain("enum StatusCode");
    writeFileSync(join(dir, "spec/status-codes.yaml"), realSpec.replace("settings:\n", "settings:\n  outputs:\n    swift: ios/link/deeper/StatusCode.swift\n"));
    refuse(dir, ["outside the output directory; refusing to write there"]);
    expect(snapshotTree(elsewhere)).toEqual({});
  });

  it("an output directory that cannot be created", () => {
    const dir = temporaryDir();
    mkdirSync(join(dir, "spec"));
    writeFileSync(join(dir, "spec/status-codes.yaml"), realSpec);
    writeFileSync(join(dir, "out"), "a file where the output directory should be\n");
    const result = runCli(["generate"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^status-codegen: cannot write .*out.*: a parent is not a directory; nothing was written$/);
  });
});
