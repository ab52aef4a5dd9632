import { parseArgs } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OptionError, parseOptions, type OptionFault, type OptionSpec } from "../../generator/cli/parse-options.js";

/** What node:util's parseArgs makes of `args`, strict, positionals allowed: its values, or its refusal. */
function nodeReads(args: string[], options: Record<string, OptionSpec>): { values: Record<string, string | boolean>; positionals: string[] } | { kind: OptionFault["kind"]; option: string | undefined } {
  try {
    const { values, positionals } = parseArgs({ args, options, strict: true, allowPositionals: true });
    return { values: { ...values } as Record<string, string | boolean>, positionals };
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return { kind: "unknown", option: /^Unknown option '(.*)'\. To specify a positional/s.exec(message)?.[1] };
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return { kind: /does not take an argument/.test(message) ? "takes-no-value" : "needs-value", option: undefined };
    throw error;
  }
}

function oursReads(args: string[], options: Record<string, OptionSpec>): ReturnType<typeof nodeReads> {
  try {
    return parseOptions(args, options);
  } catch (error) {
    if (!(error instanceof OptionError)) throw error;
    // parseArgs names a refused value's option in several ways; only an unknown one's name is compared.
    return { kind: error.fault.kind, option: error.fault.kind === "unknown" ? error.fault.option : undefined };
  }
}

const generateOptions: Record<string, OptionSpec> = {
  help: { type: "boolean", short: "h" },
  spec: { type: "string" },
  out: { type: "string" },
  check: { type: "boolean" },
  watch: { type: "boolean" },
};
// A string option with a short form, which the command has none of, so that `-fVALUE` and groups ending in
// a value are read as parseArgs reads them too.
const withShortString: Record<string, OptionSpec> = { ...generateOptions, file: { type: "string", short: "f" }, c: { type: "boolean" } };

const words = fc.constantFrom(
  "--spec", "--out", "--check", "--watch", "--help", "-h", "-f", "-c", "-x", "-hx", "-hc", "-hf", "-fh", "-hfx", "-hhf",
  "--", "-", "---", "--spec=", "--spec=a", "--spec=-x", "--check=1", "--check=", "--help=", "--frob", "--frob=2", "--=x",
  "--file", "--file=v", "-fv", "-f=v", "-h=1", "--constructor", "--__proto__", "-_", "a", "b c", "-a", "-1", "", "--=a=b", "--==", "--spec==x",
);

describe("parseOptions reads a command line as node:util's parseArgs does", () => {
  it.each([
    [["--spec", "a.yaml", "--check"], { values: { spec: "a.yaml", check: true }, positionals: [] }],
    [["--out=gen", "x", "--", "--check"], { values: { out: "gen" }, positionals: ["x", "--check"] }],
    [["--spec", "-"], { values: { spec: "-" }, positionals: [] }],
    [["--spec", "--check"], { kind: "needs-value", option: undefined }],
    [["--spec=--check"], { values: { spec: "--check" }, positionals: [] }],
    [["-hx"], { kind: "unknown", option: "-x" }],
    [["--check=yes"], { kind: "takes-no-value", option: undefined }],
    [["--frobnicate=1"], { kind: "unknown", option: "--frobnicate" }],
    [["--=a=b"], { kind: "unknown", option: "--" }],
  ])("%j", (args, expected) => {
    expect(oursReads(args, generateOptions)).toEqual(expected);
    expect(nodeReads(args, generateOptions)).toEqual(expected);
  });

  it.each([
    ["the command's options", generateOptions],
    ["options with a short string option", withShortString],
  ])("on random command lines, with %s", (_name, options) => {
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string({ maxLength: 4 })), { maxLength: 6 }), (args) => {
        expect(oursReads(args, options)).toEqual(nodeReads(args, options));
      }),
      { numRuns: 5000 },
    );
  });
});
