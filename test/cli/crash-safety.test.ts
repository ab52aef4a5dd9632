import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, watch, writeFileSync, type FSWatcher } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bin, root, runCli, snapshotTree, temporaryDir } from "../support/helpers.js";
import { syntheticSpec } from "../support/synthetic-spec.js";

/**
 * Killing the generator at any moment must leave every output file either as it was or as it should
 * become, never torn, and the next run must finish the job and leave no temporary file behind. Concurrent
 * runs must end with a correct out/.
 */

const folders = ["json", "kotlin", "markdown", "objc", "packages/npm", "swift", "typescript"];
let project = "";
let oldFiles: Record<string, string> = {};
let newFiles: Record<string, string> = {};

/** Output bytes for `spec` (base64 by path), rendered in a scratch folder. */
function render(spec: string): Record<string, string> {
  const dir = temporaryDir();
  mkdirSync(join(dir, "spec"));
  writeFileSync(join(dir, "spec/status-codes.yaml"), spec);
  expect(runCli(["generate"], dir).code).toBe(0);
  return snapshotTree(join(dir, "out"));
}

/** A project whose out/ holds the old outputs and whose spec now says something else. */
function resetProject() {
  rmSync(join(project, "out"), { recursive: true, force: true });
  mkdirSync(join(project, "out"));
  for (const [path, base64] of Object.entries(oldFiles)) {
    if (path.endsWith("/")) continue;
    mkdirSync(join(project, "out", path, ".."), { recursive: true });
    writeFileSync(join(project, "out", path), Buffer.from(base64, "base64"));
  }
}

/** Temporary files and backups of the old files (see writeFiles) left in the output folders. */
function temporaryFiles(): string[] {
  return folders.flatMap((folder) => readdirSync(join(project, "out", folder)).filter((name) => name.endsWith(".tmp") || name.endsWith(".bak")));
}

/**
 * Starts `generate` and kills it with SIGKILL at the `killAt`-th file-system event in the output folders
 * (temporary files appearing, backups linked, renames), so the kill lands inside the writing phase.
 */
function generateAndKill(killAt: number): Promise<"killed" | "finished"> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, "generate"], { cwd: project, stdio: "ignore" });
    let events = 0;
    const watchers: FSWatcher[] = folders.map((folder) =>
      watch(join(project, "out", folder), () => {
        if (++events === killAt) child.kill("SIGKILL");
      }),
    );
    child.on("exit", (_code, signal) => {
      for (const watcher of watchers) watcher.close();
      resolve(signal === "SIGKILL" ? "killed" : "finished");
    });
  });
}

beforeAll(() => {
  oldFiles = render(syntheticSpec(2000, "old"));
  newFiles = render(syntheticSpec(2000, "new"));
  // Lives for the whole file (helpers' temporaryDir is cleaned after each test).
  project = mkdtempSync(join(tmpdir(), "status-codegen-crash-"));
  mkdirSync(join(project, "spec"));
  writeFileSync(join(project, "spec/status-codes.yaml"), syntheticSpec(2000, "new"));
}, 60_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe("crash safety", () => {
  it("a run killed at any point of writing leaves each file old or new, and the next run completes it", async () => {
    let killedMidway = 0;
    for (const killAt of [1, 2, 3, 5, 8, 12]) {
      resetProject();
      const outcome = await generateAndKill(killAt);
      const now = snapshotTree(join(project, "out"));
      for (const [path, base64] of Object.entries(newFiles)) {
        expect([oldFiles[path], base64], `${path} after a kill at event ${killAt}`).toContain(now[path]);
      }
      const mixed = Object.keys(newFiles).some((path) => now[path] === newFiles[path]) &&
        Object.keys(newFiles).some((path) => now[path] === oldFiles[path]);
      if (outcome === "killed" && (mixed || temporaryFiles().length > 0)) killedMidway++;
    }
    // The kills must really have landed while files were being written, or this test proves nothing.
    expect(killedMidway).toBeGreaterThan(0);

    const finished = runCli(["generate"], project);
    expect(finished.code).toBe(0);
    expect(temporaryFiles()).toEqual([]);
    const final = snapshotTree(join(project, "out"));
    for (const [path, base64] of Object.entries(newFiles)) expect(final[path], path).toBe(base64);
  }, 120_000);

  it("three runs at once on one out/ all succeed and leave it correct", async () => {
    resetProject();
    const runs = Array.from({ length: 3 }, () =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [bin, "generate"], { cwd: project, stdio: "ignore" });
        child.on("exit", (code) => resolve(code));
      }),
    );
    expect(await Promise.all(runs)).toEqual([0, 0, 0]);
    expect(temporaryFiles()).toEqual([]);
    expect(runCli(["generate", "--check"], project).code).toBe(0);
    const final = snapshotTree(join(project, "out"));
    for (const [path, base64] of Object.entries(newFiles)) expect(final[path], path).toBe(base64);
  }, 60_000);
});

