import { posix } from "node:path";
import type { Helper } from "../languages/language.js";

/** `from` and `to` are output paths; the result is how a file at `from` refers to `to` (`./x.json`). */
export function relativeReference(from: string, to: string): string {
  const relative = posix.relative(posix.dirname(from), to);
  return relative.startsWith(".") ? relative : `./${relative}`;
}

/**
 * One field of a CSV record (RFC 4180): as it is when it holds no comma, quote, line break or edge
 * space; otherwise in double quotes, with each quote doubled. A number is written as it is.
 */
export function csv(value: string | number | boolean): string {
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Helpers every template gets, whatever its language: they are about files, not about a language. */
export const commonHelpers: Readonly<Record<string, Helper>> = { relativeReference, csv };
