import { formatPath, maxReported, type Diagnostic, type SpecPath } from "./diagnostics.js";
import type { LoadedSpec } from "./load-spec.js";

/** A mapping of the spec's data, not yet known to be valid. */
export type Entry = Record<string, unknown>;

/** Collects located diagnostics for the semantic rules. */
export interface Reporter {
  readonly diagnostics: Diagnostic[];
  /** Problems found beyond maxReported: counted, not kept. */
  readonly omitted: () => number;
  error(path: SpecPath, message: string): void;
  /** An error about a mapping key itself, such as an unknown name. */
  keyError(path: SpecPath, message: string): void;
  warning(path: SpecPath, message: string): void;
  line(path: SpecPath): number;
}

export function reporter(spec: LoadedSpec): Reporter {
  const diagnostics: Diagnostic[] = [];
  let omitted = 0;
  const add = (severity: Diagnostic["severity"], path: SpecPath, message: string, key = false) => {
    if (diagnostics.length >= maxReported) omitted++;
    else diagnostics.push({ severity, ...spec.locate(path, key), path: formatPath(path), message });
  };
  return {
    diagnostics,
    omitted: () => omitted,
    error: (path, message) => add("error", path, message),
    keyError: (path, message) => add("error", path, message, true),
    warning: (path, message) => add("warning", path, message),
    line: (path) => spec.locate(path).line,
  };
}

/** The value as a mapping, or undefined when it is something else. */
export function asEntry(value: unknown): Entry | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Entry) : undefined;
}

/** The list's mappings with their indexes; anything else in the list is the schema's business. */
export function entries(value: unknown): [number, Entry][] {
  if (!Array.isArray(value)) return [];
  const found: [number, Entry][] = [];
  value.forEach((item, index) => {
    const entry = asEntry(item);
    if (entry !== undefined) found.push([index, entry]);
  });
  return found;
}

