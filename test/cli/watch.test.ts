import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { bin, realSpec, renderedOutputs, temporaryDir } from "../support/helpers.js";

/** A running `generate --watch` whose output lines can be awaited, each wait bounded. */
class Watcher {
  readonly lines: string[] = [];
  private readonly waiting: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  readonly exited: Promise<number | null>;
  readonly child: ChildProcess;

  constructor(cwd: string, args: string[] = []) {
    this.child = spawn(process.execPath, [bin, "generate", "--watch", ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    for (const stream of [this.child.stdout, this.child.stderr]) {
      let rest = "";
      stream?.on("data", (chunk: Buffer) => {
        const parts = (rest + chunk.toString("utf8")).split("\n");
        rest = parts.pop() ?? "";
        for (const line of parts) this.take(line);
      });
    }
    this.exited = new Promise((resolve) => this.child.on("exit", (code) => resolve(code)));
  }

  private take(line: string) {
    this.lines.push(line);
    const index = this.waiting.findIndex((entry) => entry.pattern.test(line));
    if (index >= 0) this.waiting.splice(index, 1)[0]?.resolve(line);
  }

  /** The next line matching `pattern` (or one already printed since `from`), within 10 s. */
  next(pattern: RegExp, from = 0): Promise<string> {
    const seen = this.lines.slice(from).find((line) => pattern.test(line));
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} within 10 s; got:\n${this.lines.join("\n")}`)), 10_000);
      this.waiting.push({ pattern, resolve: (line) => (clearTimeout(timer), resolve(line)) });
    });
  }
}

const running: Watcher[] = [];
afterEach(() => {
  for (const watcher of running.splice(0)) watcher.child.kill("SIGKILL");
});

/** A new folder with the real spec at spec/status-codes.yaml, watched, once the first run is done. */
async function watchingRealSpec(): Promise<{ dir: string; spec: string; watcher: Watcher }> {
  const dir = temporaryDir();
  mkdirSync(join(dir, "spec"));
  const spec = join(dir, "spec/status-codes.yaml");
  writeFileSync(spec, realSpec);
  const watcher = new Watcher(dir);
  running.push(watcher);
  await watcher.next(/^watching for changes; Ctrl-C stops$/);
  return { dir, spec, watcher };
}

/** A config that renders list.hbs (as JSON's language would) to gen/`output`. */
const listConfig = (output: string) => `spec: spec/status-codes.yaml\nout: gen\ntargets:\n  - template: list.hbs\n    language: json\n    output: ${output}\n`;

/** A new folder with `spec` at spec/status-codes.yaml, listConfig("list.txt") and `template` as list.hbs. */
function templateProject(template: string, spec = realSpec): string {
  const dir = temporaryDir();
  mkdirSync(join(dir, "spec"));
  writeFileSync(join(dir, "spec/status-codes.yaml"), spec);
  writeFileSync(join(dir, "status-codegen.config.yaml"), listConfig("list.txt"));
  writeFileSync(join(dir, "list.hbs"), template);
  return dir;
}

/** Every file under `dir` (temporary ones included) with its modification time: what a run that writes changes. */
function outputTimes(dir: string): Record<string, number> {
  const times: Record<string, number> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) times[join(entry.parentPath, entry.name)] = statSync(join(entry.parentPath, entry.name)).mtimeMs;
  }
  return times;
}

/** Writes `text` to `file` the way many editors save: a temporary file beside it, renamed over it. */
function saveByRename(file: string, text: string) {
  writeFileSync(`${file}.swp`, text);
  renameSync(`${file}.swp`, file);
}

describe("generate --watch", () => {
  it("regenerates on a save (also by rename), reports an invalid edit and writes nothing, recovers, and exits 0 on Ctrl-C", async () => {
    const dir = temporaryDir();
    mkdirSync(join(dir, "spec"));
    const spec = join(dir, "spec/status-codes.yaml");
    writeFileSync(spec, realSpec);
    const files = renderedOutputs().size;
    const watcher = new Watcher(dir);
    running.push(watcher);
    expect(await watcher.next(new RegExp(`^generated: wrote ${files} of ${files} files to out in \\d+ ms$`))).toBeDefined();
    await watcher.next(/^watching for changes; Ctrl-C stops$/);

    let mark = watcher.lines.length;
    saveByRename(spec, realSpec.replace("Server is busy.", "Server is very busy."));
    expect(await watcher.next(new RegExp(`^spec/status-codes\\.yaml changed: wrote \\d+ of ${files} files to out in \\d+ ms$`), mark)).toMatch(/wrote [1-9]/);
    expect(readFileSync(join(dir, "out/json/status-codes.json"), "utf8")).toContain("Server is very busy.");

    mark = watcher.lines.length;
    const before = readFileSync(join(dir, "out/json/status-codes.json"), "utf8");
    writeFileSync(spec, realSpec.replace("name: RATE_LIMIT", "name: rate limit"));
    expect(await watcher.next(/^spec\/status-codes\.yaml:\d+:\d+ codes\[\d+\]\.name: must be SCREAMING_SNAKE_CASE/, mark)).toBeDefined();
    await watcher.next(/nothing was written; waiting for the next change$/, mark);
    expect(readFileSync(join(dir, "out/json/status-codes.json"), "utf8")).toBe(before);

    mark = watcher.lines.length;
    writeFileSync(spec, realSpec);
    await watcher.next(new RegExp(`^spec/status-codes\\.yaml changed: wrote \\d+ of ${files} files`), mark);
    expect(readFileSync(join(dir, "out/json/status-codes.json"), "utf8")).not.toContain("Server is very busy.");

    watcher.child.kill("SIGINT");
    expect(await watcher.exited).toBe(0);
    expect(watcher.lines).toContain("stopped watching");
  }, 60_000);

  it("prepares for the first save without writing or printing anything, and handles the save", async () => {
    const { dir, spec, watcher } = await watchingRealSpec();
    const printed = watcher.lines.length;
    const written = outputTimes(join(dir, "out"));
    // The warm-up passes (a few renders of a small spec) are over well before this.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(watcher.lines.length).toBe(printed);
    expect(outputTimes(join(dir, "out"))).toEqual(written);

    saveByRename(spec, realSpec.replace("Server is busy.", "Server is busy now."));
    expect(await watcher.next(/^spec\/status-codes\.yaml changed: wrote [1-9]\d* of \d+ files to out in \d+ ms$/, printed)).toBeDefined();
    expect(readFileSync(join(dir, "out/json/status-codes.json"), "utf8")).toContain("Server is busy now.");
  }, 60_000);

  it("a save written in two steps is reported once, by the run that reads it whole", async () => {
    const { dir, spec, watcher } = await watchingRealSpec();
    const mark = watcher.lines.length;
    // As an editor that empties the file, then writes it: a run may read it empty in between.
    writeFileSync(spec, "");
    await new Promise((resolve) => setTimeout(resolve, 15));
    writeFileSync(spec, realSpec.replace("Server is busy.", "Server is busy again."));
    await watcher.next(/^spec\/status-codes\.yaml changed: wrote [1-9]\d* of \d+ files to out in \d+ ms$/, mark);
    // Past the time a failure waits before it is reported.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(watcher.lines.slice(mark).filter((line) => !/ changed: wrote \d+ of /.test(line))).toEqual([]);
    expect(readFileSync(join(dir, "out/json/status-codes.json"), "utf8")).toContain("Server is busy again.");
  }, 60_000);

  it("a save written in many small steps makes one run, which writes the whole spec", async () => {
    const { dir, spec, watcher } = await watchingRealSpec();
    const mark = watcher.lines.length;
    // A slow writer: the new text a few codes at a time, about a millisecond apart, each piece an event.
    // Each part written so far is a valid spec of fewer codes, which a run may read at any event; the
    // edit is in the last code, so a run that wrote what it read before the end would show.
    const text = realSpec.replace("(joining from other ends)", "(joining from other ends), saved in pieces");
    const starts = [...text.matchAll(/^ {2}- code:/gm)].map((match) => match.index).filter((_start, index) => index > 0 && index % 6 === 0);
    const descriptor = openSync(spec, "w");
    for (const [piece, from] of [0, ...starts].entries()) {
      writeSync(descriptor, text.slice(from, starts[piece] ?? text.length));
      for (const until = performance.now() + 1; performance.now() < until; );
    }
    closeSync(descriptor);
    const run = await watcher.next(/^spec\/status-codes\.yaml changed: wrote [1-9]\d* of \d+ files to out in \d+ ms$/, mark);
    // Past the time a failure waits before it is reported, and time for any second run: no warning or
    // error about a part of the spec, and no other run.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(watcher.lines.slice(mark)).toEqual([run]);
    for (const output of ["out/json/status-codes.json", "out/typescript/status-codes.ts", "out/swift/StatusCode.swift"]) {
      expect(readFileSync(join(dir, output), "utf8")).toContain("saved in pieces");
    }
    // The backups the run kept while it replaced the files are gone once it has said so.
    expect(Object.keys(outputTimes(join(dir, "out"))).filter((path) => /\.(bak|tmp)$/.test(path))).toEqual([]);
  }, 60_000);

  it("started with a broken template, runs again when the template is fixed", async () => {
    const dir = templateProject("{{#each codes}}{{nmae}}\n{{/each}}");
    const watcher = new Watcher(dir);
    running.push(watcher);
    await watcher.next(/^list\.hbs:1:\d+ no field or helper "nmae" here; did you mean "name"\?$/);
    await watcher.next(/^watching for changes; Ctrl-C stops$/);
    const mark = watcher.lines.length;
    saveByRename(join(dir, "list.hbs"), "{{#each codes}}{{name}}\n{{/each}}");
    await watcher.next(/^list\.hbs changed: wrote 1 of 1 file to gen/, mark);
    expect(readFileSync(join(dir, "gen/list.txt"), "utf8").split("\n")[0]).toBe("OK");
    watcher.child.kill("SIGINT");
    expect(await watcher.exited).toBe(0);
  }, 60_000);

  it("started with a broken template, says the spec's warnings with the error, as generate does", async () => {
    const dir = templateProject("{{#each codes}}{{nmae}}\n{{/each}}", realSpec.replace("categories:\n", "categories:\n  - id: unused\n    title: Unused\n    description: A category no code is in.\n"));
    const watcher = new Watcher(dir);
    running.push(watcher);
    await watcher.next(/^watching for changes; Ctrl-C stops$/);
    const warning = watcher.lines.findIndex((line) => /warning: category "unused" has no codes/.test(line));
    const error = watcher.lines.findIndex((line) => /^list\.hbs:1:\d+ no field or helper "nmae" here/.test(line));
    expect(warning).toBeGreaterThanOrEqual(0);
    expect(error).toBeGreaterThan(warning);
  }, 60_000);

  it("a config saved in two steps (emptied, then written) is read whole: each save writes the output it names", async () => {
    const dir = templateProject("{{#each codes}}{{code}}\n{{/each}}");
    const config = join(dir, "status-codegen.config.yaml");
    const watcher = new Watcher(dir);
    running.push(watcher);
    await watcher.next(/^watching for changes; Ctrl-C stops$/);
    // A run may read the config between the two steps (empty, or naming nothing yet); the save's second
    // event must still reach the watcher and start the run that reads it whole. Several saves, each a chance.
    for (let save = 1; save <= 4; save++) {
      const mark = watcher.lines.length;
      const descriptor = openSync(config, "w");
      for (const until = performance.now() + 0.5; performance.now() < until; );
      writeSync(descriptor, listConfig(`list${save}.txt`));
      closeSync(descriptor);
      await watcher.next(/^status-codegen\.config\.yaml changed: wrote 1 of 1 file to gen/, mark);
      expect(readFileSync(join(dir, `gen/list${save}.txt`), "utf8").split("\n")[0]).toBe("200");
    }
  }, 60_000);

  it("reads a template as it is on disk when its edit went unseen (its folder replaced under the watcher)", async () => {
    const dir = templateProject("");
    writeFileSync(join(dir, "status-codegen.config.yaml"), listConfig("list.txt").replace("template: list.hbs", "template: tpl/list.hbs"));
    mkdirSync(join(dir, "tpl"));
    writeFileSync(join(dir, "tpl/list.hbs"), "{{#each codes}}{{code}}\n{{/each}}");
    const watcher = new Watcher(dir);
    running.push(watcher);
    await watcher.next(/^generated: wrote 1 of 1 file to gen/);
    await watcher.next(/^watching for changes; Ctrl-C stops$/);
    // The folder's watcher stays with the folder it was made for, now tpl.old: the new template's writing
    // makes no event. The spec's next save reads the template as it is now.
    renameSync(join(dir, "tpl"), join(dir, "tpl.old"));
    mkdirSync(join(dir, "tpl"));
    writeFileSync(join(dir, "tpl/list.hbs"), "{{#each codes}}{{name}}\n{{/each}}");
    const mark = watcher.lines.length;
    const spec = readFileSync(join(dir, "spec/status-codes.yaml"), "utf8");
    saveByRename(join(dir, "spec/status-codes.yaml"), spec.replace("message: The operation succeeded.", "message: The operation succeeded!"));
    await watcher.next(/^spec\/status-codes\.yaml changed: wrote 1 of 1 file to gen/, mark);
    expect(readFileSync(join(dir, "gen/list.txt"), "utf8").split("\n")[0]).toBe("OK");
    watcher.child.kill("SIGINT");
    expect(await watcher.exited).toBe(0);
  }, 60_000);

  it("watches a config and its templates: a template edit re-renders without re-reading the spec", async () => {
    const dir = templateProject("{{#each codes}}{{code}}\n{{/each}}");
    const watcher = new Watcher(dir);
    running.push(watcher);
    await watcher.next(/^generated: wrote 1 of 1 file to gen/);
    await watcher.next(/^watching for changes; Ctrl-C stops$/);
    const mark = watcher.lines.length;
    saveByRename(join(dir, "list.hbs"), "{{#each codes}}{{code}} {{name}}\n{{/each}}");
    await watcher.next(/^list\.hbs changed: wrote 1 of 1 file to gen/, mark);
    expect(readFileSync(join(dir, "gen/list.txt"), "utf8").split("\n")[0]).toBe("200 OK");

    // A template deleted (a branch switch) is reported, and its return regenerates.
    const written = readFileSync(join(dir, "gen/list.txt"), "utf8");
    let next = watcher.lines.length;
    rmSync(join(dir, "list.hbs"));
    await watcher.next(/^status-codegen: cannot read the template list\.hbs: .*no such file/, next);
    expect(readFileSync(join(dir, "gen/list.txt"), "utf8")).toBe(written);
    next = watcher.lines.length;
    writeFileSync(join(dir, "list.hbs"), "{{#each codes}}{{name}}\n{{/each}}");
    await watcher.next(/^list\.hbs changed: wrote 1 of 1 file to gen/, next);
    expect(readFileSync(join(dir, "gen/list.txt"), "utf8").split("\n")[0]).toBe("OK");
    watcher.child.kill("SIGINT");
    expect(await watcher.exited).toBe(0);
  }, 60_000);
});
