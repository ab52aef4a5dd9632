import { lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach } from "vitest";
import { run } from "../../generator/cli/run.js";
import { renderAll } from "../../generator/render/render.js";
import { validateSpec } from "../../generator/spec/validate.js";

/** The repository root. */
export const root = fileURLToPath(new URL("../..", import.meta.url));

/** The built command, as package.json's `bin` names it: what npm links and users run. */
export const bin = join(root, (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { bin: Record<string, string> }).bin["status-codegen"] ?? "");

/** The real spec's text. */
export const realSpec = readFileSync(join(root, "spec/status-codes.yaml"), "utf8");


/**
 * What `generate` writes for `spec` (read as spec/status-codes.yaml) by path inside the output folder, so
 * that a test counting files follows the registry rather than a number written down.
 */
export function renderedOutputs(spec: string = realSpec): Map<string, string> {
  return new Map(renderAll(validateSpec(spec, "spec/status-codes.yaml").model).map((file) => [file.path, file.content]));
}

/** How many of the files `after` renders to differ from what `before` renders to (a new file counts). */
export function changedOutputs(before: string, after: string): number {
  const old = renderedOutputs(before);
  return [...renderedOutputs(after)].filter(([path, content]) => old.get(path) !== content).length;
}

const temporaryDirs: string[] = [];
afterEach(() => {
  for (const dir of temporaryDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory, removed after the test. */
export function temporaryDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "status-codegen-test-"));
  temporaryDirs.push(dir);
  return dir;
}

/** What one CLI run printed and returned. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process in `cwd`, capturing its output. */
export function runCli(args: readonly string[], cwd: string = root): CliResult {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = run(args, { cwd, stdout: (line) => stdout.push(line), stderr: (line) => stderr.push(line) });
  return { code, stdout: stdout.join("\n"), stderr: stderr.join("\n") };
}

/**
 * Every file below `dir` with its bytes, and every folder (as `path/`), keyed by relative path: a snapshot
 * to compare before and after, in which an empty folder left behind shows too. Links are followed; what is
 * not a regular file (a named pipe, a device, a dangling link) is named by its kind and inode, never read.
 */
export function snapshotTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      const stats = statSync(path, { throwIfNoEntry: false }) ?? lstatSync(path);
      if (stats.isDirectory()) {
        files[`${relative(dir, path)}/`] = "folder";
        walk(path);
      } else if (stats.isFile()) {
        files[relative(dir, path)] = readFileSync(path).toString("base64");
      } else {
        files[relative(dir, path)] = `not a regular file: mode ${stats.mode.toString(8)}, inode ${stats.ino}`;
      }
    }
  };
  walk(dir);
  return files;
}
