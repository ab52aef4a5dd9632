import { posix } from "node:path";
import { codeLiterals, tsString } from "./typescript.js";
import type { Language } from "./language.js";

/** `from` and `to` are output paths; the result is how a file at `from` refers to `to` (`./x.json`). */
export function relativeReference(from: string, to: string): string {
  const relative = posix.relative(posix.dirname(from), to);
  return relative.startsWith(".") ? relative : `./${relative}`;
}

/** JSON target: TypeScript's double-quoted literal is already valid JSON, escapes and all. */
export const json: Language = {
  displayName: "JSON",
  helpers: {
    string: tsString,
    relativeReference,
  },
  // JSON has no trailing commas: every entry but the last ends in one.
  codeView: (code, index, count) => ({ ...codeLiterals(code), comma: index === count - 1 ? "" : "," }),
};
