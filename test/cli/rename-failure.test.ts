import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { realFileCount, realSpec, runCli, snapshotTree, temporaryDir } from "../support/helpers.js";

/**
 * A rename that fails once others have succeeded: a file mounted over an output (`mount --bind`, a Docker
 * file mount) refuses with EBUSY, an immutable one (`chattr +i`) with EPERM. Both need root to set up, so
 * the failure is injected here, through node:fs as the generator imports it: every test runs everywhere,
 * and the file system does everything else for real.
 */
const injected = vi.hoisted(() => ({
  /** Fails a rename with this error code when it returns one: (from, to, renames so far). */
  rename: undefined as ((from: string, to: string, done: number) => string | undefined) | undefined,
  /** Fails every hard link with this code (EXDEV: the old file is mounted over its path). */
  link: undefined as string | undefined,
  renames: 0,
}));

vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const failure = (code: string, syscall: string, path: string) => Object.assign(new Error(`${code}: injected, ${syscall} '${path}'`), { code, syscall, path });
  return {
    ...fs,
    renameSync: (from: string, to: string) => {
      const code = injected.rename?.(from, to, injected.renames);
      if (code !== undefined) throw failure(code, "rename", from);
      fs.renameSync(from, to);
      injected.renames++;
    },
    linkSync: (existing: string, link: string) => {
      if (injected.link !== undefined) throw failure(injected.link, "link", existing);
      fs.linkSync(existing, link);
    },
  };
});

afterEach(() => {
  injected.rename = undefined;
  injected.link = undefined;
  injected.renames = 0;
});

/**
 * A project whose out/ was generated from the real spec, then changed so that the next run replaces six
 * files (the packages' copies of the Swift and Kotlin outputs among them), creates one in an existing folder and
 * one in a folder it must create (and leaves the changelog).
 */
function projectToRewrite(): string {
  const dir = temporaryDir();
  mkdirSync(join(dir, "spec"));
  writeFileSync(join(dir, "spec/status-codes.yaml"), realSpec);
  expect(runCli(["generate"], dir).code).toBe(0);
  writeFileSync(join(dir, "spec/status-codes.yaml"), realSpec.replace("Server is busy.", "Server is very busy."));
  rmSync(join(dir, "out/json/status-codes.schema.json"));
  rmSync(join(dir, "out/typescript"), { recursive: true });
  return dir;
}

/** Each output's inode: a file put back is the same file, not a copy. */
function inodes(dir: string): Record<string, number> {
  const found: Record<string, number> = {};
  for (const entry of readdirSync(join(dir, "out"), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) found[join(entry.parentPath, entry.name)] = statSync(join(entry.parentPath, entry.name)).ino;
  }
  return found;
}

const kotlin = "out/kotlin/StatusCode.kt";
/** How many files projectToRewrite's next run writes, of how many it renders. */
const CHANGED = 18;
const RENDERED = realFileCount;
/** Of those, how many the run writes after Kotlin: the targets after it (the packages, then the languages added since) */
const AFTER_KOTLIN = 12;

describe("a rename that fails after others succeeded", () => {
  it.each([
    ["EBUSY (a file mounted over the output; no hard link across the mount)", "EBUSY", "EXDEV", "it is busy (a mount point, such as a file mounted into a container, cannot be replaced)"],
    ["EPERM (an immutable file)", "EPERM", undefined, "permission denied"],
  ])("%s: every file replaced is put back, every new one removed, and the run says what failed", (_name, code, link, reason) => {
    const dir = projectToRewrite();
    const before = snapshotTree(join(dir, "out"));
    const inodesBefore = inodes(dir);
    injected.link = link;
    let renamedBefore = 0;
    injected.renames = 0;
    injected.rename = (_from, to, done) => {
      if (!to.endsWith("kotlin/StatusCode.kt")) return undefined;
      renamedBefore = done;
      return code;
    };
    const result = runCli(["generate"], dir);
    expect(result).toEqual({ code: 1, stdout: "", stderr: `status-codegen: cannot write ${kotlin}: ${reason}; nothing was written` });
    // Kotlin is renamed after every other changed output but the packages': those had been replaced or created by then.
    expect(renamedBefore).toBe(CHANGED - 1 - AFTER_KOTLIN);
    // The same bytes, the same files (no temporary file or backup left, the typescript folder gone again).
    expect(snapshotTree(join(dir, "out"))).toEqual(before);
    if (link === undefined) expect(inodes(dir)).toEqual(inodesBefore);

    // Once the file can be replaced, the same run succeeds and leaves nothing behind.
    injected.rename = undefined;
    injected.link = undefined;
    expect(runCli(["generate"], dir)).toMatchObject({ code: 0, stdout: `wrote ${CHANGED} of ${RENDERED} files to out (${RENDERED - CHANGED} unchanged)` });
    expect(runCli(["generate", "--check"], dir).code).toBe(0);
    expect(Object.keys(snapshotTree(join(dir, "out"))).filter((path) => /\.(tmp|bak)$/.test(path))).toEqual([]);
  });

  it("a file that cannot be put back either is named, with where its earlier content is, and the run does not say nothing was written", () => {
    const dir = projectToRewrite();
    const swiftBefore = readFileSync(join(dir, "out/swift/StatusCode.swift"));
    injected.rename = (from, to) => {
      if (to.endsWith("kotlin/StatusCode.kt")) return "EBUSY";
      if (from.endsWith(".bak") && to.endsWith("swift/StatusCode.swift")) return "EIO";
      return undefined;
    };
    const result = runCli(["generate"], dir);
    expect(result.code).toBe(1);
    const backups = readdirSync(join(dir, "out/swift")).filter((name) => name.endsWith(".bak"));
    expect(backups).toHaveLength(1);
    expect(result.stderr).toBe(
      `status-codegen: cannot write ${kotlin}: it is busy (a mount point, such as a file mounted into a container, cannot be replaced); ` +
        `out/swift/StatusCode.swift was replaced and could not be put back (EIO: injected, rename '${join(dir, "out/swift", backups[0] ?? "")}'): its earlier content is in out/swift/${backups[0] ?? ""}`,
    );
    expect(readFileSync(join(dir, "out/swift", backups[0] ?? ""))).toEqual(swiftBefore);
    // Every other file was put back: only Swift is up to date.
    const check = runCli(["generate", "--check"], dir).stderr;
    expect(check).toContain("stale       out/json/status-codes.json");
    expect(check).not.toContain("out/swift/StatusCode.swift");
  });
});
