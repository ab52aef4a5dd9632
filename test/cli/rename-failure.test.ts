import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { realSpec, renderedOutputs, runCli, snapshotTree, temporaryDir } from "../support/helpers.js";

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
 * A project whose out/ was generated from the real spec, then changed so that the next run replaces four
 * files, creates one in an existing folder and one in a folder it must create (and leaves the changelog).
 */
function projectToRewrite(): string {
  const dir = temporaryDir();
  mkdirSync(join(dir, "spec"));
  writeFileSync(join(dir, "spec/status-codes.yaml"), realSpec);
  expect(runCli(["generate"], dir).code).toBe(0);
  writeFileSync(join(dir, "spec/status-codes.yaml"), busier);
  for (const path of removed) rmSync(join(dir, "out", path));
  rmSync(join(dir, "out/typescript"), { recursive: true });
  return dir;
}

/** Each output's inode: a file put back is the same file, not a copy. */
function inodes(dir: string): Record<string, number> {
  const found: Record<string, number> = {};
  for (const folder of readdirSync(join(dir, "out"))) {
    for (const name of readdirSync(join(dir, "out", folder))) found[`${folder}/${name}`] = statSync(join(dir, "out", folder, name)).ino;
  }
  return found;
}

const kotlin = "out/kotlin/StatusCode.kt";
const busier = realSpec.replace("Server is busy.", "Server is very busy.");
const removed = ["json/status-codes.schema.json", "typescript/status-codes.ts"];
/** How many files projectToRewrite's next run writes (those that change, and those it removed), of how many. */
const [CHANGED, FILES] = (() => {
  const before = renderedOutputs();
  const after = [...renderedOutputs(busier)];
  return [after.filter(([path, content]) => removed.includes(path) || before.get(path) !== content).length, after.length];
})();

describe("a rename that fails after others succeeded", () => {
  it.each([
    ["EBUSY (a file mounted over the output; no hard link across the mount)", "EBUSY", "EXDEV", "it is busy (a mount point, such as a file mounted into a container, cannot be replaced)"],
    ["EPERM (an immutable file)", "EPERM", undefined, "permission denied"],
  ])("%s: every file replaced is put back, every new one removed, and the run says what failed", (_name, code, link, reason) => {
    const dir = projectToRewrite();
    const before = snapshotTree(join(dir, "out"));
    const inodesBefore = inodes(dir);
    injected.link = link;
    let failed = "";
    injected.renames = 0;
    injected.rename = (_from, to, done) => {
      // The run's last rename fails: every other changed output has been replaced or created by then.
      if (failed !== "" || done < CHANGED - 1) return undefined;
      failed = relative(dir, to);
      return code;
    };
    const result = runCli(["generate"], dir);
    expect(result).toEqual({ code: 1, stdout: "", stderr: `status-codegen: cannot write ${failed}: ${reason}; nothing was written` });
    // The same bytes, the same files (no temporary file or backup left, the typescript folder gone again).
    expect(snapshotTree(join(dir, "out"))).toEqual(before);
    if (link === undefined) expect(inodes(dir)).toEqual(inodesBefore);

    // Once the file can be replaced, the same run succeeds and leaves nothing behind.
    injected.rename = undefined;
    injected.link = undefined;
    expect(runCli(["generate"], dir)).toMatchObject({ code: 0, stdout: `wrote ${CHANGED} of ${FILES} files to out (${FILES - CHANGED} unchanged)` });
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
