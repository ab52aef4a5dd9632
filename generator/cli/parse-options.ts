/**
 * The command line's options, read as node:util's parseArgs reads them in strict mode with positionals
 * allowed (Node 20's rules, which a test checks against parseArgs itself on random command lines):
 * `--name value`, `--name=value`, `-x` and groups of them (`-hx` is `-h -x`), `--` before positionals
 * only. Written here rather than called: parseArgs is a module of Node's that every fresh run loaded and
 * compiled, about a millisecond of a run that prints one line.
 */

/** An option: a string takes a value, a boolean none; `short` is its one-letter form. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
}

/** What parseArgs would have refused, and which option (as typed, such as `--frobnicate` or `-x`). */
export type OptionFault =
  | { readonly kind: "unknown"; readonly option: string }
  | { readonly kind: "needs-value"; readonly option: string }
  | { readonly kind: "takes-no-value"; readonly option: string };

export class OptionError extends Error {
  constructor(readonly fault: OptionFault) {
    super(`${fault.kind} ${fault.option}`);
    this.name = "OptionError";
  }
}

export interface ParsedOptions {
  readonly values: Record<string, string | boolean>;
  readonly positionals: string[];
}

/** Reads `args` against `options`; throws OptionError at the first option parseArgs would refuse. */
export function parseOptions(args: readonly string[], options: Readonly<Record<string, OptionSpec>>): ParsedOptions {
  const values: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  const remaining = [...args];
  const typeOf = (name: string) => (Object.hasOwn(options, name) ? options[name]?.type : undefined);
  const nameOfShort = (short: string) => Object.keys(options).find((name) => options[name]?.short === short) ?? short;
  /** One option as parseArgs checks and stores it: `inline` is a value given after `=`. */
  const take = (name: string, typed: string, value: string | undefined, inline: boolean) => {
    const type = typeOf(name);
    if (type === undefined) throw new OptionError({ kind: "unknown", option: typed });
    const long = `--${name}`;
    if (type === "string" && value === undefined) throw new OptionError({ kind: "needs-value", option: long });
    if (type === "boolean" && value !== undefined) throw new OptionError({ kind: "takes-no-value", option: long });
    // A value that looks like an option (`--spec --out`) is taken for a forgotten one, unless given after `=`.
    if (value !== undefined && !inline && value.length > 1 && value.startsWith("-")) throw new OptionError({ kind: "needs-value", option: long });
    values[name] = value ?? true;
  };
  while (remaining.length > 0) {
    const arg = remaining.shift() as string;
    if (arg === "--") {
      positionals.push(...remaining);
      break;
    }
    if (arg.length === 2 && arg.startsWith("-")) {
      const name = nameOfShort(arg.charAt(1));
      take(name, arg, typeOf(name) === "string" ? remaining.shift() : undefined, false);
      continue;
    }
    if (arg.length > 2 && arg.startsWith("-") && !arg.startsWith("--")) {
      const first = nameOfShort(arg.charAt(1));
      if (typeOf(first) === "string") {
        // `-fVALUE` for a string option `f`.
        take(first, `-${arg.charAt(1)}`, arg.slice(2), true);
        continue;
      }
      // A group: each letter an option of its own; a string option takes the rest of the group as its value.
      const expanded: string[] = [];
      for (let index = 1; index < arg.length; index++) {
        if (typeOf(nameOfShort(arg.charAt(index))) === "string") {
          expanded.push(`-${arg.slice(index)}`);
          break;
        }
        expanded.push(`-${arg.charAt(index)}`);
      }
      remaining.unshift(...expanded);
      continue;
    }
    if (arg.length > 2 && arg.startsWith("--")) {
      // A value follows an `=` after the name's first character (`--=x` is an option named `=x`); the name
      // ends at the first `=` all the same (`--=a=b` is an option named "" with the value `a=b`).
      if (!arg.includes("=", 3)) {
        const name = arg.slice(2);
        take(name, arg, typeOf(name) === "string" ? remaining.shift() : undefined, false);
      } else {
        const equals = arg.indexOf("=");
        const name = arg.slice(2, equals);
        take(name, `--${name}`, arg.slice(equals + 1), true);
      }
      continue;
    }
    positionals.push(arg);
  }
  return { values, positionals };
}
