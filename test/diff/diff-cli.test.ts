import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, temporaryDir } from "../support/helpers.js";
import { later, previous } from "./diff-cases.js";
import { diffFiles } from "./run-diff.js";

/** A git repository whose first commit holds `first` as spec/status-codes.yaml, with `now` in the work tree. */
function repository(first: string, now: string): string {
  const dir = temporaryDir();
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", ...args], { cwd: dir, stdio: "pipe" });
  git("init", "-q", "-b", "main");
  mkdirSync(join(dir, "spec"));
  writeFileSync(join(dir, "spec/status-codes.yaml"), first);
  git("add", ".");
  git("commit", "-q", "-m", "first");
  git("tag", "v1.0.0");
  writeFileSync(join(dir, "spec/status-codes.yaml"), now);
  return dir;
}

const renamed = later("1.1.0", ["name: RATE_LIMIT", "name: RATE_LIMITED"]);

describe("status-codegen diff against a git revision", () => {
  it("reads the spec at HEAD, a tag or a branch and labels findings with the revision", () => {
    const dir = repository(previous, renamed);
    for (const revision of ["HEAD", "v1.0.0", "main"]) {
      const result = runCli(["diff", "--against", revision], dir);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain("spec/status-codes.yaml:16:11: breaking CODE_RENAMED: 416 was renamed from RATE_LIMIT to RATE_LIMITED");
      expect(result.stdout).toContain(`from ${revision}:spec/status-codes.yaml (1.0.0) to spec/status-codes.yaml (1.1.0)`);
    }
  });

  it("finds the spec in the revision from inside a subfolder, with --spec relative to it", () => {
    const dir = repository(previous, renamed);
    const result = runCli(["diff", "--against", "HEAD", "--spec", "status-codes.yaml"], join(dir, "spec"));
    expect(result.stdout).toContain("status-codes.yaml:16:11: breaking CODE_RENAMED");
  });

  it("says so when the revision does not exist, the spec is not in it, or the folder is not a repository", () => {
    const dir = repository(previous, renamed);
    expect(runCli(["diff", "--against", "no-such-branch"], dir)).toMatchObject({
      code: 1,
      stderr: `status-codegen: cannot read the earlier spec: "no-such-branch" is neither a file nor a git revision (branch, tag or commit) of this repository`,
    });
    writeFileSync(join(dir, "other.yaml"), renamed);
    const missing = runCli(["diff", "--against", "HEAD", "--spec", "other.yaml"], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("HEAD has no other.yaml in");
    const plain = temporaryDir();
    writeFileSync(join(plain, "spec.yaml"), renamed);
    expect(runCli(["diff", "--against", "HEAD", "--spec", "spec.yaml"], plain).stderr).toMatch(/"HEAD" is not a file, and .* is not in a git repository/);
  });

  it("refuses a revision that git would read as an option", () => {
    const dir = repository(previous, renamed);
    const result = runCli(["diff", "--against=--output=/tmp/x"], dir);
    expect(result).toMatchObject({ code: 1 });
    expect(result.stderr).toContain('a git revision cannot start with "-"');
  });

  it("reports an invalid earlier spec at its own revision's lines, and compares nothing", () => {
    const dir = repository(previous.replace("kind: success", "kind: sucess"), renamed);
    const result = runCli(["diff", "--against", "HEAD"], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("HEAD:spec/status-codes.yaml:13:11 codes[0].kind: must be one of success, info, error");
    expect(result.stderr).toContain("in HEAD:spec/status-codes.yaml; nothing was compared");
  });
});

describe("status-codegen diff output", () => {
  it("gives machines the same findings as JSON, with the exit code", () => {
    const result = diffFiles(previous, renamed, "--format", "json");
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      old: { file: string; version: string };
      new: { file: string; version: string };
      summary: { breaking: number; dangerous: number; safe: number; majorRaised: boolean; exitCode: number };
      findings: { severity: string; rule: string; file: string; line: number; column: number; code?: number; message: string }[];
    };
    expect(report.old).toEqual({ file: "old.yaml", version: "1.0.0" });
    expect(report.new).toEqual({ file: "new.yaml", version: "1.1.0" });
    expect(report.summary).toEqual({ breaking: 1, dangerous: 0, safe: 0, majorRaised: false, exitCode: 1 });
    expect(report.findings).toEqual([
      expect.objectContaining({ severity: "breaking", rule: "CODE_RENAMED", file: "new.yaml", line: 16, column: 11, code: 416 }),
    ]);
    expect(result.stderr).toBe("");
  });

  it("tells how to keep a renamed code's uses compiling: the old name added to its former names", () => {
    const result = diffFiles(previous, renamed);
    const advice = "aliases: { former: [RATE_LIMIT] }";
    expect(result.stdout).toContain(`keeping the old name as an alias (${advice}) keeps it compiling`);
    // Following the advice (the former list added beside the SDKs' lists) leaves only the rename itself.
    const followed = renamed.replace("    aliases:\n", "    aliases:\n      former: [RATE_LIMIT]\n");
    expect(followed).not.toBe(renamed);
    const after = diffFiles(previous, followed);
    expect(after.stdout).not.toContain("ALIAS_REMOVED");
    expect(after.stdout).toMatch(/^1 breaking, /m);
    expect(result.stderr).toBe("status-codegen: 1 breaking change; undo it, or release a new major version (set `version: 2.0.0`)");
  });

  it("needs --against, and knows only text and json", () => {
    expect(runCli(["diff"])).toMatchObject({ code: 2, stderr: expect.stringContaining("diff needs --against") as unknown });
    expect(runCli(["diff", "--against", "HEAD", "--format", "xml"])).toMatchObject({ code: 2, stderr: expect.stringContaining('--format must be text or json, not "xml"') as unknown });
    expect(runCli(["generate", "--against", "HEAD"])).toMatchObject({ code: 2 });
  });

  it("keeps control characters quoted from a spec out of the report's lines", () => {
    const forged = `reserved:\n  - code: 998\n    reason: "Forged\\nnew.yaml:1:1: safe FAKE: x"\n`;
    const result = diffFiles(previous, later("1.1.0", ["reserved:\n", forged]));
    expect(result.stdout).toContain("new.yaml:36:5: safe RESERVED_ADDED: 998 reserved: Forged\\u000anew.yaml:1:1: safe FAKE: x");
    expect(result.stdout).not.toMatch(/^new\.yaml:1:1: safe FAKE/m);
  });

  it("names every span of a range that is freed or newly reserved, not just its first number", () => {
    const range = (lines: string) => later("1.1.0", ["reserved:\n", `reserved:\n${lines}`]);
    const before = range("  - { range: { first: 100, last: 199 }, reason: Kept. }\n");
    const split = range("  - { range: { first: 100, last: 149 }, reason: Kept. }\n  - { range: { first: 160, last: 198 }, reason: Kept. }\n  - { range: { first: 20000, last: 20099 }, reason: Callbacks. }\n");
    const result = diffFiles(before, split);
    expect(result.stdout).toContain("breaking RESERVED_REMOVED: 150–159 and 199 are no longer reserved (Kept.)");
    expect(result.stdout).toContain("safe RESERVED_ADDED: 20000–20099 reserved: Callbacks.");
  });

  it("shows bidirectional controls and line separators quoted from a spec as escapes", () => {
    const result = diffFiles(previous, later("1.1.0", ["reserved:\n", `reserved:\n  - code: 998\n    reason: "evil \\u202e gnirts \\u2028 end"\n`]));
    expect(result.stdout).toContain("998 reserved: evil \\u202e gnirts \\u2028 end");
    expect(result.stdout).not.toMatch(/[\u2028\u202e]/);
  });
});
