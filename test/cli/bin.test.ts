import { spawn, spawnSync } from "node:child_process";
import { closeSync, constants, cpSync, openSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { base } from "../spec/bad-specs.js";
import { bin, root, runCli, snapshotTree, temporaryDir } from "../support/helpers.js";
import { syntheticSpec } from "../support/synthetic-spec.js";
import { builtins } from "../../generator/registry.js";

/** Runs the built command as npm installs it: through a symlink, in a fresh process. */
function runInstalled(args: string[], cwd: string) {
  const link = join(temporaryDir(), "status-codegen");
  symlinkSync(bin, link);
  return spawnSync(process.execPath, [link, ...args], { cwd, encoding: "utf8" });
}

describe("the status-codegen command", () => {
  it("runs through npm's bin symlink", () => {
    const result = runInstalled(["--help"], root);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Usage:");
  });

  it("exits 1 on a bad spec with located messages and no stack trace", () => {
    const dir = temporaryDir();
    writeFileSync(join(dir, "bad.yaml"), "categories: []\ncodes:\n  - code: one\n");
    const result = runInstalled(["validate", "--spec", "bad.yaml"], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("bad.yaml:3:11 codes[0].code: must be an integer");
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it("reads a spec from a pipe (--spec /dev/stdin), and refuses one over the size limit", () => {
    const spec = readFileSync(join(root, "spec/status-codes.yaml"));
    const link = join(temporaryDir(), "status-codegen");
    symlinkSync(bin, link);
    const piped = spawnSync(process.execPath, [link, "validate", "--spec", "/dev/stdin"], { input: spec, encoding: "utf8" });
    expect(piped.stdout).toBe("/dev/stdin: 71 codes in 6 categories, valid\n");
    expect(piped.status).toBe(0);
    const flood = spawnSync(process.execPath, [link, "validate", "--spec", "/dev/stdin"], { input: Buffer.alloc(33 * 1024 * 1024, 0x20), encoding: "utf8", maxBuffer: 1e6 });
    expect(flood.stderr).toContain("/dev/stdin:1:1 the spec is more than 32.0 MiB; the limit is 32.0 MiB");
    expect(flood.status).toBe(1);
  });

  it("gives up on standard input that stays silent for 10 s, a pipe or a socket, as on a named pipe", async () => {
    // A pipe whose writer never writes, as in `sleep 25 | status-codegen validate --spec /dev/stdin`: a FIFO
    // this test holds open for writing, handed to the child as a blocking descriptor 0.
    const fifo = join(temporaryDir(), "silent");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const writer = openSync(fifo, constants.O_RDWR | constants.O_NONBLOCK);
    const reader = openSync(fifo, constants.O_RDONLY);
    // And a socket, which is what Node gives a child for stdio "pipe" (the test never writes to it).
    const silent = (stdin: number | "pipe", spec: string) =>
      new Promise<{ code: number | null; stderr: string; seconds: number }>((resolve) => {
        const started = Date.now();
        const child = spawn(process.execPath, [bin, "validate", "--spec", spec], { stdio: [stdin, "ignore", "pipe"] });
        let stderr = "";
        child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
        // The deadline: a run that waits forever is killed, and fails below.
        const deadline = setTimeout(() => child.kill("SIGKILL"), 25_000);
        child.on("close", (code) => {
          clearTimeout(deadline);
          resolve({ code, stderr, seconds: (Date.now() - started) / 1000 });
        });
      });
    try {
      const runs = await Promise.all([silent(reader, "/dev/stdin"), silent("pipe", "/dev/stdin"), silent(reader, "/dev/fd/0")]);
      for (const [index, run] of runs.entries()) {
        const spec = index === 2 ? "/dev/fd/0" : "/dev/stdin";
        expect(run.code, `run ${index}: ${run.stderr}`).toBe(1);
        expect(run.stderr).toBe(`${spec}:1:1 nothing came from standard input for 10 s; is its writer stuck?\nstatus-codegen: 1 error in ${spec}; nothing was written\n`);
        expect(run.seconds).toBeGreaterThanOrEqual(10);
        expect(run.seconds).toBeLessThan(20);
      }
    } finally {
      closeSync(reader);
      closeSync(writer);
    }
  }, 30_000);

  // npx starts npm, which starts Node again: seconds on a busy 2-core machine, so not the default 5 s.
  // npx links the repository into its cache once per checkout path and keeps that link's bin entries: a
  // checkout path reused after the bin was renamed (status-codegen.js to .cjs) would run the old, missing
  // file ("status-codegen: not found", exit 127). A cache of this run's own, offline, tests the build as it is.
  it("is executable as built, so npx status-codegen runs it inside the repository", () => {
    expect(statSync(bin).mode & 0o111).toBe(0o111);
    const env = { ...process.env, npm_config_cache: temporaryDir(), npm_config_offline: "true" };
    const result = spawnSync("npx", ["--no-install", "status-codegen", "--version"], { cwd: root, encoding: "utf8", env });
    expect(result.stdout.trim(), `exit ${result.status}: ${result.stderr}`).toMatch(/^\d+\.\d+\.\d+$/);
    expect(result.status).toBe(0);
  }, 60_000);

  it("stops quietly with its own exit code when the reader closes the pipe early (diff | head)", () => {
    const dir = temporaryDir();
    writeFileSync(join(dir, "old.yaml"), syntheticSpec(1));
    writeFileSync(join(dir, "new.yaml"), syntheticSpec(3000).replace("version: 1.0.0", "version: 1.1.0"));
    const link = join(temporaryDir(), "status-codegen");
    symlinkSync(bin, link);
    const script = `"${process.execPath}" "${link}" diff --spec new.yaml --against old.yaml | head -1; echo "exit \${PIPESTATUS[0]}" >&2`;
    const result = spawnSync("bash", ["-c", script], { cwd: dir, encoding: "utf8" });
    expect(result.stdout).toMatch(/^new\.yaml:\d+:\d+: safe CODE_ADDED/);
    expect(result.stderr).toBe("exit 0\n");
  });

  // The pipe closes while the run is still listing its findings: the run's code and its summary must outlive it.
  it("keeps a breaking diff's exit code 1 and its summary when the reader closes the pipe early", () => {
    const dir = temporaryDir();
    writeFileSync(join(dir, "old.yaml"), syntheticSpec(3000));
    writeFileSync(join(dir, "new.yaml"), syntheticSpec(1));
    const script = `"${process.execPath}" "${bin}" diff --spec new.yaml --against old.yaml | head -1; echo "exit \${PIPESTATUS[0]}" >&2`;
    const result = spawnSync("bash", ["-c", script], { cwd: dir, encoding: "utf8" });
    expect(result.stdout).toMatch(/^old\.yaml:\d+:\d+: breaking CODE_REMOVED/);
    expect(result.stderr).toMatch(/\nstatus-codegen: 2999 breaking changes; [^\n]*\nexit 1\n$/);
  });

  // The command writes its lines to the descriptor itself; one left non-blocking by whoever started it
  // refuses a write once the pipe is full (EAGAIN), and the rest must still arrive, whole and in order. The
  // reader waits longer than the run takes, so the pipe is full well before it reads.
  it("writes every line to a non-blocking pipe that fills before its reader starts", () => {
    const dir = temporaryDir();
    writeFileSync(join(dir, "old.yaml"), syntheticSpec(1));
    writeFileSync(join(dir, "new.yaml"), syntheticSpec(3000).replace("version: 1.0.0", "version: 1.1.0"));
    const args = [bin, "diff", "--spec", "new.yaml", "--against", "old.yaml"];
    const expected = spawnSync(process.execPath, args, { cwd: dir, encoding: "utf8" });
    expect(expected.stdout.length).toBeGreaterThan(4 * 65536);
    const nonBlocking = "import fcntl, os, sys; fcntl.fcntl(1, fcntl.F_SETFL, fcntl.fcntl(1, fcntl.F_GETFL) | os.O_NONBLOCK); os.execv(sys.argv[1], sys.argv[1:])";
    const script = `python3 -c '${nonBlocking}' "${process.execPath}" ${args.map((arg) => `"${arg}"`).join(" ")} | (sleep 4; cat); echo "exit \${PIPESTATUS[0]}" >&2`;
    const result = spawnSync("bash", ["-c", script], { cwd: dir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    expect(result.stderr).toBe("exit 0\n");
    expect(result.stdout).toBe(expected.stdout);
  });

  it("exits 2 on a usage error", () => {
    expect(runInstalled(["frobnicate"], root).status).toBe(2);
  });
});

describe("build artifacts (precompiled templates and validator)", () => {
  it("render exactly what the templates compiled at run time render, for the real and the hostile spec", () => {
    for (const spec of [join(root, "spec/status-codes.yaml"), join(root, "test/fixtures/hostile.yaml")]) {
      const built = temporaryDir();
      const fromSource = temporaryDir();
      const result = spawnSync(process.execPath, [bin, "generate", "--spec", spec, "--out", join(built, "out")], { encoding: "utf8" });
      expect(result.status, result.stderr).toBe(0);
      expect(runCli(["generate", "--spec", spec, "--out", join(fromSource, "out")]).code).toBe(0);
      expect(snapshotTree(join(built, "out"))).toEqual(snapshotTree(join(fromSource, "out")));
    }
  });

  it("are used only for the registry they were built for: another registry's spec schema is compiled when it runs", () => {
    const script = [
      `import { builtinLanguages, builtinTargets, createRegistry } from ${JSON.stringify(join(root, "dist/registry.js"))};`,
      `import { validateSpec } from ${JSON.stringify(join(root, "dist/spec/validate.js"))};`,
      `const registry = createRegistry(builtinLanguages.filter((l) => l.id !== "kotlin"), builtinTargets.filter((t) => t.language.id !== "kotlin"));`,
      `const spec = "settings:\\n  kotlin:\\n    package: a.b\\n" + ${JSON.stringify(base)};`,
      `try { validateSpec(spec, "spec.yaml", registry); console.log("valid"); } catch (error) { console.log(error.diagnostics.map((d) => d.message).join("\\n")); }`,
      `console.log(validateSpec(spec, "spec.yaml").model.settings.languages.kotlin.package);`,
    ].join("\n");
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    // Every language with settings but Kotlin, then outputs.
    const known = [...builtins.languages.filter((language) => language.settings !== undefined && language.id !== "kotlin").map((language) => language.id), "outputs"];
    expect(result.stdout).toBe(`unknown field "kotlin"; known fields: ${known.join(", ")}\na.b\n`);
  });

  it("give way to a template edited after the build", () => {
    const copy = temporaryDir();
    for (const part of ["dist", "templates", "spec", "package.json"]) cpSync(join(root, part), join(copy, part), { recursive: true });
    symlinkSync(join(root, "node_modules"), join(copy, "node_modules"));
    const template = join(copy, "templates/json.hbs");
    writeFileSync(template, readFileSync(template, "utf8").replace(`"$schema"`, `"edited": true,\n  "$schema"`));
    const result = spawnSync(process.execPath, [join(copy, relative(root, bin)), "generate"], { cwd: copy, encoding: "utf8" });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(copy, "out/json/status-codes.json"), "utf8")).toContain(`"edited": true`);
  });

  it("run with V8's code cache the build made for this Node, and without one that does not fit", () => {
    const accepted = spawnSync(process.execPath, [bin, "generate", "--check"], { cwd: root, encoding: "utf8", env: { ...process.env, STATUS_CODEGEN_DEBUG: "1" } });
    expect(accepted.status, accepted.stderr).toBe(0);
    expect(accepted.stderr).toBe("status-codegen: code cache accepted\n");
    const copy = temporaryDir();
    for (const part of ["dist", "templates", "spec", "out", "package.json"]) cpSync(join(root, part), join(copy, part), { recursive: true });
    symlinkSync(join(root, "node_modules"), join(copy, "node_modules"));
    // Made for this script (its bytes first), but not data V8 can use.
    writeFileSync(join(copy, "dist/bundle/program.cache"), Buffer.concat([readFileSync(join(copy, "dist/bundle/program.cjs")), Buffer.alloc(4096, 7)]));
    const command = join(copy, relative(root, bin));
    const rejected = spawnSync(process.execPath, [command, "generate", "--check"], { cwd: copy, encoding: "utf8", env: { ...process.env, STATUS_CODEGEN_DEBUG: "1" } });
    expect(rejected.stderr).toBe("status-codegen: code cache rejected\n");
    expect(rejected.status).toBe(0);
    expect(rejected.stdout).toContain("is up to date");
    // Package managers write a package's files in any order: a cache older than its script is still its own.
    const fresh = join(temporaryDir(), "fresh");
    for (const part of ["dist", "templates", "spec", "out", "package.json"]) cpSync(join(root, part), join(fresh, part), { recursive: true });
    symlinkSync(join(root, "node_modules"), join(fresh, "node_modules"));
    const program = join(fresh, "dist/bundle/program.cjs");
    const script = statSync(program);
    utimesSync(join(fresh, "dist/bundle/program.cache"), script.atime, new Date(script.mtimeMs - 10_000));
    const freshCommand = join(fresh, relative(root, bin));
    const older = spawnSync(process.execPath, [freshCommand, "generate", "--check"], { cwd: fresh, encoding: "utf8", env: { ...process.env, STATUS_CODEGEN_DEBUG: "1" } });
    expect(older.stderr).toBe("status-codegen: code cache accepted\n");
    // V8 compares only the source's length: a script changed after its cache (a patched node_modules) must
    // not get it, even changed in place to the same length.
    const source = readFileSync(program, "latin1");
    expect(source).toContain("Usage:");
    writeFileSync(program, source.replaceAll("Usage:", "USAGE:"), "latin1");
    const patched = spawnSync(process.execPath, [freshCommand, "--help"], { cwd: fresh, encoding: "utf8", env: { ...process.env, STATUS_CODEGEN_DEBUG: "1" } });
    expect(patched.stderr).toBe("status-codegen: code cache stale\n");
    expect(patched.stdout).toMatch(/^USAGE:\n/);
  });

  it("keep V8's data in the code cache at a multiple of 8 bytes, where V8 reads it without a copy", () => {
    const script = readFileSync(join(root, "dist/bundle/program.cjs"));
    const cache = readFileSync(join(root, "dist/bundle/program.cache"));
    const start = Math.ceil(script.length / 8) * 8;
    expect(cache.subarray(0, script.length).equals(script)).toBe(true);
    expect([...cache.subarray(script.length, start)].every((byte) => byte === 0)).toBe(true);
    // V8's code cache begins with its magic number, 0xC0DE.... in little-endian order.
    expect([cache[start + 2], cache[start + 3]]).toEqual([0xde, 0xc0]);
  });

  it("write nothing when a built-in template fails while the files are being written (each renders as it is written)", () => {
    const copy = temporaryDir();
    for (const part of ["dist", "templates", "spec", "package.json"]) cpSync(join(root, part), join(copy, part), { recursive: true });
    symlinkSync(join(root, "node_modules"), join(copy, "node_modules"));
    const command = join(copy, relative(root, bin));
    const spec = join(copy, "spec.yaml");
    writeFileSync(spec, syntheticSpec(30));
    expect(spawnSync(process.execPath, [command, "generate", "--spec", spec], { cwd: copy, encoding: "utf8" }).status).toBe(0);
    // Files before Swift's in the run's order are rendered and staged by the time Swift's template fails.
    writeFileSync(spec, syntheticSpec(30, "changed"));
    const template = join(copy, "templates/swift.hbs");
    const lines = readFileSync(template, "utf8").split("\n");
    writeFileSync(template, [...lines.slice(0, 2), "{{nmae}}", ...lines.slice(2)].join("\n"));
    const before = snapshotTree(join(copy, "out"));
    const result = spawnSync(process.execPath, [command, "generate", "--spec", spec], { cwd: copy, encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^templates\/swift\.hbs:3:3 no field or helper "nmae" here/m);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(snapshotTree(join(copy, "out"))).toEqual(before);
  });
});
