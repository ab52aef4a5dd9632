import { closest, quote } from "../shared/diagnostics.js";
import { UsageError } from "../shared/input-error.js";
import { defaultOut, defaultSpec } from "../project.js";
import { OptionError, parseOptions, type OptionSpec } from "./parse-options.js";

export { UsageError } from "../shared/input-error.js";

/** The commands, in the order help lists them. */
const commands = ["generate", "validate", "diff"] as const;
type CommandName = (typeof commands)[number];

/** What the command line asked for. Paths left out are the project's defaults (the config's, or spec/ and out/). */
export type Command =
  | { readonly kind: "help"; readonly command: CommandName | undefined }
  | { readonly kind: "version" }
  | {
      readonly kind: "generate";
      readonly config: string | undefined;
      readonly spec: string | undefined;
      readonly out: string | undefined;
      readonly targets: readonly string[] | undefined;
      readonly check: boolean;
      readonly watch: boolean;
    }
  | { readonly kind: "validate"; readonly config: string | undefined; readonly spec: string | undefined }
  | {
      readonly kind: "diff";
      readonly config: string | undefined;
      readonly spec: string | undefined;
      readonly against: string;
      readonly format: "text" | "json";
    };

/** Each option, with the commands that take it and what help says of it. */
const optionHelp: Readonly<Record<string, { readonly value?: string; readonly commands: readonly CommandName[]; readonly text: string }>> = {
  config: { value: "FILE", commands: ["generate", "validate", "diff"], text: "the config (default: status-codegen.config.yaml, .yml or .json here, if any)" },
  spec: { value: "FILE", commands: ["generate", "validate", "diff"], text: `the spec, over the config's (default ${defaultSpec}, or the config's)` },
  out: { value: "DIR", commands: ["generate"], text: `the output root, over the config's (default ${defaultOut}, or the config's)` },
  target: { value: "NAME[,NAME]", commands: ["generate"], text: "only these targets (their ids, or the names the config gives)" },
  check: { commands: ["generate"], text: "compare instead of writing: exit 1 listing stale, missing and unexpected files" },
  watch: { commands: ["generate"], text: "regenerate whenever the spec, the config or a template changes; Ctrl-C stops" },
  against: { value: "REF|FILE", commands: ["diff"], text: "the earlier spec: a git revision (HEAD~1, main, v1.2.0) or a file" },
  format: { value: "text|json", commands: ["diff"], text: "text (default) or json" },
};

const summaries: Readonly<Record<CommandName, string>> = {
  generate: "Render the targets from the spec into the output root; only changed files are written, each atomically.",
  validate: "Check the spec (and the config) and report every problem; write nothing.",
  diff: "Compare the spec with an earlier one and classify every change as breaking, dangerous or safe; exit 1 when a change is breaking and the major version was not raised.",
};

/** Help for one command, or for all. */
export function usage(command?: CommandName): string {
  const synopsis = (name: CommandName) => {
    const options = Object.entries(optionHelp)
      .filter(([, option]) => option.commands.includes(name))
      .map(([option, { value }]) => (name === "diff" && option === "against" ? `--against ${value}` : `[--${option}${value === undefined ? "" : ` ${value}`}]`));
    return `status-codegen ${name} ${options.join(" ")}`;
  };
  const options = (names: readonly CommandName[]) =>
    Object.entries(optionHelp)
      .filter(([, option]) => option.commands.some((name) => names.includes(name)))
      .map(([option, { value, text }]) => `  --${`${option}${value === undefined ? "" : ` ${value}`}`.padEnd(20)} ${text}`);
  const exits = "Exit codes: 0 success, 1 invalid input, drift or breaking change found, 2 usage error.";
  if (command !== undefined) {
    return [`Usage:\n  ${synopsis(command)}`, "", summaries[command], "", "Options:", ...options([command]), `  ${"-h, --help".padEnd(22)} show this help`, "", exits].join("\n");
  }
  return [
    "Usage:",
    ...commands.map((name) => `  ${synopsis(name)}`),
    "  status-codegen <command> --help | --help | --version",
    "",
    "Commands:",
    ...commands.map((name) => `  ${name.padEnd(10)} ${summaries[name]}`),
    "",
    "Options:",
    ...options(commands),
    `  ${"-h, --help".padEnd(22)} show help (of one command: status-codegen generate --help)`,
    `  ${"-v, --version".padEnd(22)} show the version`,
    "",
    exits,
  ].join("\n");
}

/** Parses argv (without `node` and the script) as node:util's parseArgs would (see parse-options.ts); `--opt value` and `--opt=value` both work. */
export function parseArgs(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError("no command given");
  if (!first.startsWith("-") && !(commands as readonly string[]).includes(first)) {
    // A mistyped command is an error even beside --help: `frobnicate --help` must not look like success.
    throw new UsageError(`unknown command ${quote(first)}; expected ${commands.join(", ")}`);
  }
  if (first.startsWith("-")) {
    if (argv.some((arg) => arg === "--version" || arg === "-v")) return { kind: "version" };
    if (argv.some((arg) => arg === "--help" || arg === "-h")) return { kind: "help", command: undefined };
    throw new UsageError(`a command comes first: ${commands.join(", ")}`);
  }
  const command = first as CommandName;
  const options: Record<string, OptionSpec> = { help: { type: "boolean", short: "h" } };
  for (const [option, { value, commands: takers }] of Object.entries(optionHelp)) {
    if (takers.includes(command)) options[option] = { type: value === undefined ? "boolean" : "string" };
  }
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseOptions(rest, options));
  } catch (error) {
    if (error instanceof OptionError) throw new UsageError(reworded(error, command));
    throw error;
  }
  if (values["help"] === true) return { kind: "help", command };
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${quote(positionals[0])}`);
  const text = (option: string): string | undefined => {
    const value = values[option];
    if (value === "") throw new UsageError(`--${option} needs a value`);
    return typeof value === "string" ? value : undefined;
  };
  const shared = { config: text("config"), spec: text("spec") };
  if (command === "validate") return { kind: "validate", ...shared };
  if (command === "diff") {
    const against = text("against");
    if (against === undefined) throw new UsageError("diff needs --against: a git revision such as HEAD~1 or main, or a spec file");
    const format = text("format") ?? "text";
    if (format !== "text" && format !== "json") throw new UsageError(`--format must be text or json, not ${quote(format)}`);
    return { kind: "diff", ...shared, against, format };
  }
  const targets = text("target")?.split(",").map((name) => name.trim()).filter((name) => name !== "");
  if (values["check"] === true && values["watch"] === true) throw new UsageError("--check and --watch do not go together: --check compares once, --watch writes on every change");
  return { kind: "generate", ...shared, out: text("out"), targets, check: values["check"] === true, watch: values["watch"] === true };
}

/** A refused option in the words of this command's help. */
function reworded({ fault }: OptionError, command: CommandName): string {
  if (fault.kind === "unknown") {
    const known = Object.entries(optionHelp).filter(([, help]) => help.commands.includes(command)).map(([name]) => `--${name}`);
    const suggestion = closest(fault.option, [...known, "--help"]);
    return `unknown option ${quote(fault.option)} for ${command}${suggestion === undefined ? "" : `; did you mean ${suggestion}?`}`;
  }
  return fault.kind === "takes-no-value" ? `${fault.option} takes no value` : `${fault.option} needs a value`;
}
