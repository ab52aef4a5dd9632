import { spawn } from "node:child_process";

/** What one compile-and-run printed, or why it failed (the command and its error output). */
export type Outcome = { readonly ok: true; readonly stdout: string; readonly stderr: string } | { readonly ok: false; readonly failure: string };

/** Runs a command to completion without a shell (in `cwd` when given); never rejects. */
export function exec(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env, cwd?: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"], ...(cwd === undefined ? {} : { cwd }) });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", (error) => resolve({ ok: false, failure: `${command}: ${error.message}` }));
    child.on("close", (status) => {
      const out = Buffer.concat(stdout).toString("utf8");
      const err = Buffer.concat(stderr).toString("utf8");
      if (status === 0) resolve({ ok: true, stdout: out, stderr: err });
      else resolve({ ok: false, failure: `${command} ${args.join(" ")} exited ${status}:\n${(err + out).slice(-4000)}` });
    });
  });
}

/** Runs steps in order, stopping at the first failure; the last step's outcome is the result. */
export async function chain(...steps: (() => Promise<Outcome>)[]): Promise<Outcome> {
  let outcome: Outcome = { ok: true, stdout: "", stderr: "" };
  for (const step of steps) {
    outcome = await step();
    if (!outcome.ok) return outcome;
  }
  return outcome;
}

/** A failed outcome saying what went wrong, for checks made from other outcomes. */
export function failed(failure: string): Outcome {
  return { ok: false, failure };
}

/** The JSON lines an outcome printed; throws with the failure when it failed. */
export function printedLines(outcome: Outcome | undefined): unknown[] {
  if (outcome === undefined) throw new Error("the compile step did not run");
  if (!outcome.ok) throw new Error(outcome.failure);
  const printed = outcome.stdout.trimEnd();
  // A program with nothing to print (a legacy driver of a spec with no deprecated name) printed no line.
  return printed === "" ? [] : printed.split("\n").map((line) => JSON.parse(line) as unknown);
}
