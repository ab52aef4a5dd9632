import { spawnSync } from "node:child_process";
import { symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root, temporaryDir } from "./helpers.js";

/** Runs the built command as npm installs it: through a symlink, in a fresh process. */
function runInstalled(args: string[], cwd: string) {
  const link = join(temporaryDir(), "status-codegen");
  symlinkSync(join(root, "dist/bin.js"), link);
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

  it("exits 2 on a usage error", () => {
    expect(runInstalled(["frobnicate"], root).status).toBe(2);
  });
});
