// `generate --watch` from a save to the written files: one watching process on a copy of a spec; each
// edit changes one code's message (so most files change) and waits for the run's line, which the command
// prints once every file is written. bench.ts reports the median.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Milliseconds from each save to the line that says its files are written, `edits` times. */
export async function watchLatencies(bin: string, spec: string, work: string, edits: number): Promise<number[]> {
  const copy = join(work, "watched.yaml");
  const original = readFileSync(spec, "utf8");
  const message = /^ {4}message: (.+)$/m.exec(original)?.[1];
  if (message === undefined || /^["'|>]/.test(message)) throw new Error(`no plain message line in ${spec} to edit`);
  writeFileSync(copy, original);
  const child = spawn(process.execPath, [bin, "generate", "--watch", "--spec", copy, "--out", join(work, "watch-out")], { cwd: work, stdio: ["ignore", "pipe", "pipe"] });
  let errors = "";
  child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  let pending = "";
  let waiter: ((line: string) => void) | undefined;
  child.stdout.on("data", (chunk: Buffer) => {
    pending += chunk.toString();
    for (let end = pending.indexOf("\n"); end !== -1; end = pending.indexOf("\n")) {
      const line = pending.slice(0, end);
      pending = pending.slice(end + 1);
      waiter?.(line);
    }
  });
  const lineWith = (text: string) =>
    new Promise<string>((resolve, reject) => {
      const timeout = setTimeout(() => reject(new Error(`--watch printed no "${text}" within 20 s: ${errors}`)), 20_000);
      waiter = (line) => {
        if (!line.includes(text)) return;
        clearTimeout(timeout);
        waiter = undefined;
        resolve(line);
      };
    });
  try {
    await lineWith("watching for changes");
    const latencies: number[] = [];
    for (let edit = 0; edit < edits; edit++) {
      // Apart enough that each save is its own run (the watcher gathers a burst for 5 ms).
      await new Promise((resolve) => setTimeout(resolve, 200));
      const written = lineWith("changed: wrote");
      const start = performance.now();
      writeFileSync(copy, original.replace(message, `${message} Edit ${edit}.`));
      await written;
      latencies.push(performance.now() - start);
    }
    return latencies;
  } finally {
    child.kill("SIGINT");
  }
}
