import { quote } from "../shared/diagnostics.js";
/** What the command line asked for. */
export type Command =
  | { readonly kind: "help" }
  | { readonly kind: "version" }
  | { readonly kind: "generate"; readonly spec: string; readonly out: string; readonly check: boolean }
  | { readonly kind: "validate"; readonly spec: string }
  | { readonly kind: "diff"; readonly spec: string; readonly against: string; readonly format: "text" | "json" };

/** A command line that cannot be understood: exit code 2 with usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export const defaultSpec = "spec/status-codes.yaml";
export const defaultOut = "out";

export const usage = `Usage:
  status-codegen generate [--spec FILE] [--out DIR] [--check]
  status-codegen validate [--spec FILE]
  status-codegen diff --against REF|FILE [--spec FILE] [--format text|json]
  status-codegen --help | --version

Commands:
  generate   Render every target from the spec into DIR (default ${defaultOut}/).
             With --check, write nothing: exit 1 and list the stale, missing and
             unexpected files when DIR is not what the spec renders to.
  validate   Check the spec and report every problem; write nothing.
  diff       Compare the spec with an earlier one and classify every change as
             breaking, dangerous or safe. REF is a git revision (HEAD~1, main,
             v1.2.0) whose copy of the spec is read; a path to a file is read as
             it is. Exit 1 when a change is breaking and the major version was
             not raised.

Options:
  --spec FILE   the spec to read (default ${defaultSpec})
  --out DIR     the output root (default ${defaultOut}); targets keep their paths inside it
  --check       compare instead of writing (generate only)
  --against X   the earlier spec: a git revision or a file (diff only)
  --format F    text (default) or json (diff only)
  -h, --help    show this help
  -v, --version show the version

Exit codes: 0 success, 1 invalid spec, drift or breaking change found, 2 usage error.`;

/** Parses argv (without `node` and the script). `--opt value` and `--opt=value` are both accepted. */
export function parseArgs(argv: readonly string[]): Command {
  const args = [...argv];
  if (args.length === 0) throw new UsageError("no command given");
  // A mistyped command is an error even beside --help: `frobnicate --help` must not look like success.
  const first = args[0] ?? "";
  if (!first.startsWith("-") && first !== "generate" && first !== "validate" && first !== "diff") {
    throw new UsageError(`unknown command ${quote(first)}; expected generate, validate or diff`);
  }
  if (args.some((arg) => arg === "--help" || arg === "-h")) return { kind: "help" };
  if (args.some((arg) => arg === "--version" || arg === "-v")) return { kind: "version" };

  const command = args.shift();
  if (command !== "generate" && command !== "validate" && command !== "diff") {
    throw new UsageError(`unknown command ${quote(command)}; expected generate, validate or diff`);
  }
  let spec = defaultSpec;
  let out = defaultOut;
  let check = false;
  let against: string | undefined;
  let format: "text" | "json" = "text";
  while (args.length > 0) {
    const arg = args.shift() as string;
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = (): string => {
      // `--spec --check` means a forgotten value, not a file named --check.
      const next = inline ?? (args[0]?.startsWith("-") ? undefined : args.shift());
      if (next === undefined || next === "") throw new UsageError(`${flag} needs a value`);
      return next;
    };
    if (flag === "--spec") spec = value();
    else if (flag === "--out" && command === "generate") out = value();
    else if (flag === "--check" && command === "generate" && inline === undefined) check = true;
    else if (flag === "--against" && command === "diff") against = value();
    else if (flag === "--format" && command === "diff") {
      const chosen = value();
      if (chosen !== "text" && chosen !== "json") throw new UsageError(`--format must be text or json, not ${quote(chosen)}`);
      format = chosen;
    }
    else if (!arg.startsWith("-")) throw new UsageError(`unexpected argument ${quote(arg)}`);
    else throw new UsageError(`unknown option ${quote(arg)} for ${command}`);
  }
  if (command === "diff") {
    if (against === undefined) throw new UsageError("diff needs --against: a git revision such as HEAD~1 or main, or a spec file");
    return { kind: "diff", spec, against, format };
  }
  return command === "generate" ? { kind: "generate", spec, out, check } : { kind: "validate", spec };
}
