import type { RuleSet } from "../../spec/rules/context.js";
import { entries } from "../../spec/rules/context.js";

/**
 * A .NET assembly keeps every string literal its code loads in one user-string heap, which instructions
 * address with 24-bit offsets (ECMA-335, II.24.2.4 and III.4.16 `ldstr`): at most 16,777,215 bytes, each
 * distinct string taking its UTF-16 bytes, a closing byte and a length prefix of 1 to 4 bytes. mcs stops
 * with "No logical space left to create more user strings" past it (measured: 1,800 strings of 5,000
 * characters fail, 1,500 compile). The C# output loads each code's name and message and each category's
 * texts as literals, so a spec whose texts pass the heap cannot compile however the file is laid out.
 */
export const userStringHeapBytes = 0xffffff;

/**
 * What the file's own literals and the compiling assembly's other strings may need: the heap's first byte,
 * the version and a margin, so that a spec just under the limit does not fail in a consumer's assembly
 * that loads a few strings of its own.
 */
const reservedBytes = 64 * 1024;

/** The heap bytes one distinct string takes. */
export function heapBytes(text: string): number {
  const blob = text.length * 2 + 1;
  return blob + (blob < 0x80 ? 1 : blob < 0x4000 ? 2 : 4);
}

/**
 * Refuses a spec whose texts pass the C# output's string budget, at the first code (in the spec's order)
 * whose name or message passes it: the texts before it fit, the rest cannot.
 */
export const stringHeapRules: RuleSet = {
  name: "C# string heap",
  check({ data }, report) {
    if (data === undefined) return;
    const seen = new Set<string>();
    let total = reservedBytes;
    const add = (value: unknown) => {
      if (typeof value !== "string" || seen.has(value)) return;
      seen.add(value);
      total += heapBytes(value);
    };
    for (const [, category] of entries(data["categories"])) {
      for (const field of ["id", "title", "description"]) add(category[field]);
    }
    for (const [index, code] of entries(data["codes"])) {
      add(code["name"]);
      add(code["message"]);
      if (total > userStringHeapBytes) {
        const field = typeof code["message"] === "string" ? "message" : "name";
        report.error(
          ["codes", index, field],
          `the C# output cannot hold the codes from here on: their names and messages, with those before, pass the ${userStringHeapBytes.toLocaleString("en")} bytes of string literals a .NET assembly holds (its user-string heap; UTF-16, so about 8 million characters); shorten messages or split the table`,
        );
        return;
      }
    }
  },
};
