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
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(segment) && segment.length <= 80) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(excerpt(segment, 40))}]`;
  }
  return out;
}

/** `spec/status-codes.yaml:41:11 codes[12].name: message`, the form editors and CI logs link to. */
export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  const where = diagnostic.path === "" ? "" : ` ${diagnostic.path}:`;
  const severity = diagnostic.severity === "warning" ? " warning:" : "";
  return `${file}:${diagnostic.line}:${diagnostic.column}${where}${severity} ${printable(needsBounding(diagnostic.message) ? boundedMessage(diagnostic.message) : diagnostic.message)}`;
}

/**
 * Text quoted from a spec, safe on one line of a terminal or CI log: control characters, line and
 * paragraph separators, bidirectional controls and the BOM become `\uXXXX`, so a message can neither
 * break the one-line form nor reorder what is shown around it.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * A value quoted in a message: a string in double quotes (a number as it is), cut to `max` characters (with "…") so that a 10,000-character
 * message or a mistyped megabyte cannot flood a terminal or a CI log; `printable` still escapes it on output.
 */
export function quote(value: unknown, max = 80): string {
  return typeof value === "string" ? JSON.stringify(excerpt(value, max)) : excerpt(String(value), max);
}

/** Text cut to `max` characters, with "…" when cut: a reason or a list quoted in a message, unquoted. */
export function excerpt(text: string, max = 200): string {
  if (text.length <= max) return text;
  // Not inside a surrogate pair: a cut emoji would print as a lone surrogate.
  const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? "") ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}

/** A list in a message: its first `max` items, and how many more. */
export function listExcerpt(items: readonly string[], max = 10): string {
  const shown = items.slice(0, max).map((item) => excerpt(item, 40)).join(", ");
  return items.length <= max ? shown : `${shown} and ${items.length - max} more`;
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
  readonly diagnostics: readonly Diagnostic[];
  constructor(
    diagnostics: readonly Diagnostic[],
    readonly omitted = 0,
    /** The file the diagnostics are in, when it is not the spec the command was given (diff's old spec). */
    readonly file?: string,
  ) {
    super(`${diagnostics.length + omitted} problem(s) in the spec`);
    this.name = "SpecError";
    this.diagnostics = diagnostics.map((diagnostic) => (needsBounding(diagnostic.message) ? { ...diagnostic, message: boundedMessage(diagnostic.message) } : diagnostic));
  }
}

/** The longest run without white space a message keeps whole (a name, a path), and the longest message. */
const longestRun = 120;
const longestMessage = 2_000;
// Punctuation after a name (`;`, `,`, a closing quote) is kept outside the run, so the sentence reads on.
const longRun = new RegExp(`[^\\s;,)"]{${longestRun + 1},}`, "g");

function needsBounding(message: string): boolean {
  return message.length > longestMessage || (message.length > longestRun && longRun.test(message));
}

/**
 * A message with every run of more than 120 characters without a space cut to an excerpt that says how
 * long it was, and the whole cut at 2,000 characters: most messages quote what they name through quote(),
 * and this is the net under those that name a value in full (a 100,000-character path or type name).
 */
export function boundedMessage(message: string): string {
  longRun.lastIndex = 0;
  const cut = message.replace(longRun, (run) => `${excerpt(run, 60)} (${run.length.toLocaleString("en")} characters)`);
  return excerpt(cut, longestMessage);
}

/** The most typos a suggestion may be away from what was written, and the longest word one is made for. */
const maxTypos = 2;
const maxSuggestedLength = 100;

/** Candidate lists grouped by length, made once per list: a suggestion looks only at lengths within maxTypos. */
const byLength = new WeakMap<readonly string[], Map<number, string[]>>();

/**
 * The closest of `candidates` to `word` when it is a likely typo (at most two edits, letter case ignored),
 * for "did you mean". Bounded whatever the input: words longer than 100 characters get no suggestion, only
 * candidates within two characters of its length are compared, and each comparison stops once it is more
 * than two edits away, so a long list or a long value costs little.
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > maxSuggestedLength) return undefined;
  let groups = byLength.get(candidates);
  if (groups === undefined) {
    groups = new Map();
    for (const candidate of candidates) {
      const group = groups.get(candidate.length);
      if (group === undefined) groups.set(candidate.length, [candidate]);
      else group.push(candidate);
    }
    byLength.set(candidates, groups);
  }
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = maxTypos + 1;
  for (let length = word.length - maxTypos; length <= word.length + maxTypos; length++) {
    for (const candidate of groups.get(length) ?? []) {
      const distance = boundedDistance(lower, candidate.toLowerCase(), bestDistance - 1);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
  }
  return best;
}

/** The edit distance of a and b when it is at most `limit`, otherwise limit + 1; only a band of the table is filled. */
function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(limit + 1);
    current[0] = i;
    let rowBest = i;
    for (let j = Math.max(1, i - limit); j <= Math.min(b.length, i + limit); j++) {
      const substitution = (previous[j - 1] ?? limit + 1) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const value = Math.min((previous[j] ?? limit + 1) + 1, (current[j - 1] ?? limit + 1) + 1, substitution);
      current[j] = value;
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return limit + 1;
    previous = current;
  }
  return Math.min(previous[b.length] ?? limit + 1, limit + 1);
}
