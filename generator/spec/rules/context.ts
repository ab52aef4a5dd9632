import { formatPath, maxReported, type Diagnostic, type SpecPath } from "../../shared/diagnostics.js";
import type { Registry } from "../../registry.js";
import type { LoadedSpec } from "../load.js";

/** A mapping of the spec's data, not yet known to be valid. */
export type Entry = Record<string, unknown>;

/** What every rule set reads: the loaded spec, its root mapping and the registry it is judged against. */
export interface RuleInput {
  readonly spec: LoadedSpec;
  /** The spec's root when it is a mapping: most rules have nothing to check otherwise. */
  readonly data: Entry | undefined;
  readonly registry: Registry;
}

/**
 * One group of rules. Validation runs every set in the list in spec/validate.ts, each with its own
 * reporter; a set never calls another, and what several need lives in a shared module. Rules run on data
 * that may have failed the schema, so one run reports everything it can: they check types before
 * trusting them.
 */
export interface RuleSet {
  readonly name: string;
  check(input: RuleInput, report: Reporter): void;
}

/** Collects located diagnostics for one rule set. */
export interface Reporter {
  readonly diagnostics: Diagnostic[];
  /** Problems found beyond maxReported: counted, not kept. */
  readonly omitted: () => number;
  /** Whether another problem would be kept: costly hints (a "did you mean") are worth making only then. */
  room(): boolean;
  error(path: SpecPath, message: string): void;
  /** An error about a mapping key itself, such as an unknown name. */
  keyError(path: SpecPath, message: string): void;
  warning(path: SpecPath, message: string): void;
  /** A diagnostic located already (the schema's, deduplicated by its rule set). */
  add(diagnostic: Diagnostic): void;
  line(path: SpecPath): number;
}

export function reporter(spec: LoadedSpec): Reporter {
  const diagnostics: Diagnostic[] = [];
  let omitted = 0;
  const add = (diagnostic: Diagnostic) => {
    if (diagnostics.length >= maxReported) omitted++;
    else diagnostics.push(diagnostic);
  };
  const at = (severity: Diagnostic["severity"], path: SpecPath, message: string, key = false) => {
    // Located only when kept: locating is the costly part when a broken spec has a million problems.
    if (diagnostics.length >= maxReported) omitted++;
    else add({ severity, ...spec.locate(path, key), path: formatPath(path), message });
  };
  return {
    diagnostics,
    omitted: () => omitted,
    room: () => diagnostics.length < maxReported,
    error: (path, message) => at("error", path, message),
    keyError: (path, message) => at("error", path, message, true),
    warning: (path, message) => at("warning", path, message),
    add,
    line: (path) => spec.locate(path).line,
  };
}

/** The value as a mapping, or undefined when it is something else. */
/**
 * The longest name the schema allows anywhere (a legacy name or a reserved name; codes and ids are shorter).
 * Rules that case or compare names skip longer ones: the schema has refused them already, and casing a
 * 32 MiB "name" would cost seconds for a message about a value that cannot be used anyway.
 */
export const longestName = 100;

/** A name a rule should look at: a string no longer than any the schema allows. */
export function isNameSized(value: unknown): value is string {
  return typeof value === "string" && value.length <= longestName;
}

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
