import { existsSync, statSync } from "node:fs";
import { basename, dirname } from "node:path";
import { decodeSpec, maxSpecBytes, readSpec } from "../spec/read.js";
import { quote } from "../shared/diagnostics.js";
import { childProcess } from "../shared/lazy-builtins.js";

/** The spec a diff compares against: its text, and the name findings give its file. */
export interface PreviousSpec {
  readonly text: string;
  /** `old/status-codes.yaml`, or `HEAD~1:spec/status-codes.yaml` for a git revision. */
  readonly label: string;
}

/** `--against` that names neither a readable file nor a revision holding the spec. */
export class PreviousSpecError extends Error {}

/**
 * Reads the spec to compare with: `against` is a file when one exists at that path, and otherwise a git
 * revision (branch, tag, commit, `HEAD~1`…) whose copy of `specPath` is read with `git show`.
 *
 * @param against what the user passed to --against, as the label of a file
 * @param againstPath the same, resolved against the working directory
 * @param specPath absolute path of the current spec: its folder and name are looked up in the revision
 * @param specShown the current spec's path as the user gave it, for the label of a revision's copy
 */
export function readPreviousSpec(against: string, againstPath: string, specPath: string, specShown: string): PreviousSpec {
  if (existsSync(againstPath) && statSync(againstPath).isFile()) {
    return { text: readSpec(againstPath), label: against };
  }
  return { text: showAtRevision(against, specPath), label: `${against}:${specShown}` };
}

function showAtRevision(revision: string, specPath: string): string {
  // A revision starting with "-" would be read by git as an option.
  if (revision.startsWith("-")) throw new PreviousSpecError(`${quote(revision)} is not a file, and a git revision cannot start with "-"`);
  const cwd = dirname(specPath);
  const git = (args: string[]) => childProcess().execFileSync("git", args, { cwd, maxBuffer: maxSpecBytes + 1, stdio: ["ignore", "pipe", "pipe"] });
  try {
    git(["rev-parse", "--git-dir"]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new PreviousSpecError(`${quote(revision)} is not a file, and git is not installed to read it as a revision`);
    throw new PreviousSpecError(`${quote(revision)} is not a file, and ${dirname(specPath)} is not in a git repository`);
  }
  try {
    git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${revision}^{commit}`]);
  } catch {
    throw new PreviousSpecError(`${quote(revision)} is neither a file nor a git revision (branch, tag or commit) of this repository`);
  }
  try {
    // `./name` is resolved against cwd, the spec's own folder: no need to know the repository's root.
    return decodeSpec(git(["show", "--end-of-options", `${revision}:./${basename(specPath)}`]));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOBUFS") {
      throw new PreviousSpecError(`the spec in ${revision} is larger than the ${maxSpecBytes / 1024 / 1024} MiB limit`);
    }
    if (error instanceof Error && "stderr" in error) {
      throw new PreviousSpecError(`${revision} has no ${basename(specPath)} in ${dirname(specPath)}: the spec did not exist there yet, or lived elsewhere (pass that file with --against instead)`);
    }
    throw error;
  }
}
