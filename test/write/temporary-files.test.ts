import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { writeFiles } from "../../generator/write/write-output.js";
import { temporaryDir } from "../support/helpers.js";

/** An output folder `out` (in a new folder `dir`) with json/, holding json/codes.json when `old` is given. */
function outputFolder(old?: string): { dir: string; out: string } {
  const dir = temporaryDir();
  const out = join(dir, "out");
  mkdirSync(join(out, "json"), { recursive: true });
  if (old !== undefined) writeFileSync(join(out, "json/codes.json"), old);
  return { dir, out };
}

/**
 * The temporary file a changed output is first written to has a name that is not secret (the PID and a
 * non-cryptographic random number), so it must be created exclusively: whatever already has that name (a
 * link planted there, a leftover) is never written through, and another name is taken.
 */
describe("temporary files", () => {
  afterEach(() => vi.restoreAllMocks());

  it("never writes through a link that already has the temporary file's name, and takes another name", () => {
    const { dir, out } = outputFolder();
    const victim = join(dir, "victim.txt");
    writeFileSync(victim, "keep me\n");
    // The first name drawn is taken by a link to the victim; the second is free.
    const draws = [0.5, 0.25];
    vi.spyOn(Math, "random").mockImplementation(() => draws.shift() ?? 0.75);
    const planted = join(out, "json", `.codes.json.${process.pid}-80000000.tmp`);
    symlinkSync(victim, planted);

    const written = writeFiles(out, [{ path: "json/codes.json", content: "{}\n" }]);

    expect(written).toEqual(["json/codes.json"]);
    expect(readFileSync(join(out, "json/codes.json"), "utf8")).toBe("{}\n");
    expect(readFileSync(victim, "utf8")).toBe("keep me\n");
    expect(lstatSync(planted).isSymbolicLink()).toBe(true);
    expect(readlinkSync(planted)).toBe(victim);
    expect(draws).toEqual([]);
  });

  it("keeps the old file under a backup name that is free, and never removes a file that had the name it drew first", () => {
    const { out } = outputFolder("old\n");
    // Draws: the temporary file's name, then the backup's: first a taken name, then a free one.
    const draws = [0.125, 0.5, 0.25];
    vi.spyOn(Math, "random").mockImplementation(() => draws.shift() ?? 0.75);
    const taken = join(out, "json", `.codes.json.${process.pid}-80000000.bak`);
    writeFileSync(taken, "someone else's\n");

    expect(writeFiles(out, [{ path: "json/codes.json", content: "new\n" }])).toEqual(["json/codes.json"]);

    expect(readFileSync(join(out, "json/codes.json"), "utf8")).toBe("new\n");
    expect(readFileSync(taken, "utf8")).toBe("someone else's\n");
    // The backup this run made (under the second name drawn) is gone once the write succeeded.
    expect(readdirSync(join(out, "json")).sort()).toEqual([".codes.json." + process.pid + "-80000000.bak", "codes.json"].sort());
    expect(draws).toEqual([]);
  });

  it("removes the backups when told to tidy, after the outputs are in place, and not before", () => {
    const { out } = outputFolder("old\n");
    const tidying: (() => void)[] = [];

    writeFiles(out, [{ path: "json/codes.json", content: "new\n" }], { tidy: (removeLeftBehind) => tidying.push(removeLeftBehind) });

    expect(readFileSync(join(out, "json/codes.json"), "utf8")).toBe("new\n");
    const backups = readdirSync(join(out, "json")).filter((name) => name.endsWith(".bak"));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(out, "json", backups[0] ?? ""), "utf8")).toBe("old\n");
    expect(tidying).toHaveLength(1);
    tidying[0]?.();
    expect(readdirSync(join(out, "json"))).toEqual(["codes.json"]);
  });
});
