import { posix } from "node:path";
import type { Helper } from "../languages/language.js";

/** `from` and `to` are output paths; the result is how a file at `from` refers to `to` (`./x.json`). */
export function relativeReference(from: string, to: string): string {
  const relative = posix.relative(posix.dirname(from), to);
  return relative.startsWith(".") ? relative : `./${relative}`;
}

/** Helpers every template gets, whatever its language: they are about files, not about a language. */
export const commonHelpers: Readonly<Record<string, Helper>> = { relativeReference };
