import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli, temporaryDir, type CliResult } from "../support/helpers.js";

/** Runs `diff --spec new.yaml --against old.yaml` in a fresh directory holding the two specs. */
export function diffFiles(oldText: string, newText: string, ...extra: string[]): CliResult {
  const dir = temporaryDir();
  writeFileSync(join(dir, "old.yaml"), oldText);
  writeFileSync(join(dir, "new.yaml"), newText);
  return runCli(["diff", "--spec", "new.yaml", "--against", "old.yaml", ...extra], dir);
}
