#!/usr/bin/env node
// The status-codegen command. Kept apart from cli.ts so that importing the CLI (as the tests do) runs
// nothing, while the command always runs, even through npm's bin symlink.
import { run } from "./run.js";

// A reader that stops early (`status-codegen diff … | head`) closes the pipe: stop quietly with the
// run's own exit code rather than crash on the next write.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

try {
  process.exitCode = run(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    // npx (npm exec) says so in npm_command; a package script says "run-script".
    viaNpx: process.env["npm_command"] === "exec",
  });
} catch (error) {
  // A bug, not a user mistake: say so plainly; the stack only on request.
  process.stderr.write(`status-codegen: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env["STATUS_CODEGEN_DEBUG"]) process.stderr.write(`${(error as Error).stack ?? ""}\n`);
  process.exitCode = 1;
}
