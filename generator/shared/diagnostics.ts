/** A path into the spec data, as keys and array indexes: `["codes", 12, "name"]`. */
export type SpecPath = readonly (string | number)[];

/** One problem found in a spec, with the place a person should look. */
export interface Diagnostic {
  readonly severity: "error" | "warning";
  /** 1-based line and column in the spec file. */
  readonly line: number;
  readonly column: number;
  /** Where in the data, such as `codes[12].name`; empty for the whole file. */
  readonly path: string;
  readonly message: string;
}

/** `["codes", 12, "name"]` → `codes[12].name`; keys that are not plain words are quoted. */
export function formatPath(path: SpecPath): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** `spec/status-codes.yaml:41:11 codes[12].name: message`, the form editors and CI logs link to. */
export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  const where = diagnostic.path === "" ? "" : ` ${diagnostic.path}:`;
  const severity = diagnostic.severity === "warning" ? " warning:" : "";
  return `${file}:${diagnostic.line}:${diagnostic.column}${where}${severity} ${printable(diagnostic.message)}`;
}

/**
 * Text quoted from a spec, safe on one line of a terminal or CI log: control characters, line and
 * paragraph separators, bidirectional controls and the BOM become `\uXXXX`, so a message can neither
 * break the one-line form nor reorder what is shown around it.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Errors first, then by place, so a report reads top to bottom like the file. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1) || a.line - b.line || a.column - b.column,
  );
}

/**
 * The most problems one run reports. A broken merge can produce millions; the first hundred, in file
 * order, say what is wrong, and holding them all would cost gigabytes.
 */
export const maxReported = 100;

/**
 * Thrown when a spec cannot be turned into a model; carries every problem found (up to maxReported, with
 * the count of the rest), not just the first.
 */
export class SpecError extends Error {
  constructor(
    readonly diagnostics: readonly Diagnostic[],
    readonly omitted = 0,
    /** The file the diagnostics are in, when it is not the spec the command was given (diff's old spec). */
    readonly file?: string,
  ) {
    super(`${diagnostics.length + omitted} problem(s) in the spec`);
    this.name = "SpecError";
  }
}

/** The closest of `candidates` to `word` when it is a likely typo (edit distance ≤ 2), for "did you mean". */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
