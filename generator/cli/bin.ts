// The status-codegen command, bundled into dist/bundle/program.cjs and run by the package's bin
// (launcher.ts). Kept apart from cli.ts so that importing the CLI (as the tests do) runs nothing, while the
// command always runs, even through npm's bin symlink.
import { lineWriter } from "./output-lines.js";
import { run } from "./run.js";

/**
 * How a hint should tell a person to run the command again, given how npm started it: `npx status-codegen
 * …` after npx; `npm run <script>` after a package script that does not check (`npm run generate --
 * --check`); `npx status-codegen …` after one that does (`"codes:check": "status-codegen generate
 * --check"`: the command itself is not on the shell's PATH). Without npm, the command as typed.
 */
function rerunFor(env: NodeJS.ProcessEnv): (args: readonly string[]) => string {
  const script = env["npm_lifecycle_script"];
  const event = env["npm_lifecycle_event"];
  // npm's variables pass down to every child: they describe this command only when its script runs it.
  const ours = script !== undefined && script.includes("status-codegen");
  if (!ours) return (args) => ["status-codegen", ...args].join(" ");
  if (env["npm_command"] !== "exec" && event !== undefined && !script.includes("--check")) return () => `npm run ${event}`;
  return (args) => ["npx", "status-codegen", ...args].join(" ");
}

// A reader that stops early (`status-codegen diff … | head`) closes the pipe: stop quietly with the
// run's own exit code rather than crash on the next write. The write fails inside the run, so the exit
// waits for the run to return its code (and to say on standard error what it says there, such as a
// diff's summary of breaking changes). Standard error closed early is left unwritten.
const stdout = lineWriter(1, () => process.stdout, () => process.nextTick(() => process.exit(process.exitCode ?? 0)));
const stderr = lineWriter(2, () => process.stderr, () => undefined);

try {
  process.exitCode = run(process.argv.slice(2), { cwd: process.cwd(), stdout, stderr, rerun: rerunFor(process.env) });
} catch (error) {
  // A bug, not a user mistake: say so plainly; the stack only on request.
  stderr(`status-codegen: internal error: ${error instanceof Error ? error.message : String(error)}`);
  if (process.env["STATUS_CODEGEN_DEBUG"]) stderr((error as Error).stack ?? "");
  process.exitCode = 1;
}
