import type { SpecPath } from "../diagnostics.js";
import type { Language } from "../languages/language.js";
import { aliasTargets, type CodeModel, type Model, type ReservedModel, type SpecData } from "../model.js";
import { compareVersions, parseVersion } from "../semver.js";
import { targets } from "../targets.js";
import { describeReserved, ReservedIndex } from "./reserved-index.js";

/**
 * How a change affects the apps that consume the generated code, in buf's terms:
 * - breaking: code that compiled stops compiling, or a number now means something else;
 * - dangerous: everything still compiles, but behaviour may change; a person must look;
 * - safe: nothing that worked stops working.
 */
export type Severity = "breaking" | "dangerous" | "safe";
export const severities: readonly Severity[] = ["breaking", "dangerous", "safe"];

/** One change between two specs, located in the spec where a person can see it. */
export interface Finding {
  readonly severity: Severity;
  /** A stable id such as CODE_RENAMED, for filtering and for the README's table of rules. */
  readonly rule: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The status code concerned, when there is one. */
  readonly code: number | undefined;
  readonly message: string;
}

/** One side of the comparison: the validated spec and where its parts are in its file. */
export interface SpecSide {
  /** The file name findings give: `spec/status-codes.yaml` or `HEAD~1:spec/status-codes.yaml`. */
  readonly file: string;
  readonly model: Model;
  readonly data: SpecData;
  readonly locate: (path: SpecPath) => { line: number; column: number };
}

/** The two sides with their lookups, built once. */
interface Sides {
  readonly old: Indexed;
  readonly new: Indexed;
}

interface Indexed extends SpecSide {
  readonly byNumber: ReadonlyMap<number, CodeModel>;
  readonly byName: ReadonlyMap<string, CodeModel>;
  /** A code's index in the spec's own list, for locating it. */
  readonly indexOf: ReadonlyMap<number, number>;
  readonly reserved: ReservedIndex;
  /** A reserved entry's index in the spec's own list, by what it holds. */
  readonly reservedIndexOf: ReadonlyMap<string, number>;
}

function indexed(side: SpecSide): Indexed {
  const raw = side.data.reserved ?? [];
  return {
    ...side,
    byNumber: new Map(side.model.codes.map((code) => [code.code, code])),
    byName: new Map(side.model.codes.map((code) => [code.name, code])),
    indexOf: new Map(side.data.codes.map((code, index) => [code.code, index])),
    reserved: new ReservedIndex(side.model.reserved),
    reservedIndexOf: new Map(raw.map((entry, index) => [describeReserved(reservedFromRaw(entry)), index])),
  };
}

/** Collects findings; `at` turns a path in one side into a location. */
class Findings {
  readonly list: Finding[] = [];
  add(severity: Severity, rule: string, side: Indexed, path: SpecPath, code: number | undefined, message: string) {
    const { line, column } = side.locate(path);
    this.list.push({ severity, rule, file: side.file, line, column, code, message });
  }
}

/**
 * Every difference between `previous` and `current` that matters to someone, classified. Codes are matched
 * by number; a name found at another number is a move, not a removal plus an addition.
 */
export function compareSpecs(previous: SpecSide, current: SpecSide): Finding[] {
  const sides: Sides = { old: indexed(previous), new: indexed(current) };
  const findings = new Findings();
  compareCodes(sides, findings);
  compareNames(sides, findings);
  compareReserved(sides, findings);
  compareCategories(sides, findings);
  compareSettings(sides, findings);
  compareVersionsOf(sides, findings, findings.list.length > 0);
  const rank = (finding: Finding) => severities.indexOf(finding.severity);
  return findings.list.sort((a, b) => rank(a) - rank(b) || (a.code ?? -1) - (b.code ?? -1) || a.line - b.line);
}

function codePath(side: Indexed, code: CodeModel, field?: string): SpecPath {
  const index = side.indexOf.get(code.code) ?? 0;
  return field === undefined ? ["codes", index] : ["codes", index, field];
}

function compareCodes(sides: Sides, findings: Findings) {
  const { old, new: current } = sides;
  for (const before of old.model.codes) {
    const after = current.byNumber.get(before.code);
    if (after === undefined) {
      codeGone(sides, findings, before);
      continue;
    }
    if (after.name !== before.name) renamed(sides, findings, before, after);
    compareCode(sides, findings, before, after);
  }
  for (const after of current.model.codes) {
    if (old.byNumber.has(after.code)) continue;
    const moved = old.byName.get(after.name);
    if (moved !== undefined) {
      // A name that left a number now gone is reported by codeGone; one whose old number now has another
      // name is reported here (and that number's rename by renamed()). Either way it is no addition.
      if (current.byNumber.has(moved.code)) numberChanged(findings, current, moved, after);
      continue;
    }
    const reservation = old.reserved.holding(after.code);
    if (reservation !== undefined) {
      findings.add("breaking", "RESERVED_NUMBER_REUSED", current, codePath(current, after, "code"), after.code,
        `${after.code} ${after.name} uses a number the old spec reserved (${describeReserved(reservation)}: ${reservation.reason}); old apps read ${after.code} as that retired code. Choose another number`);
      continue;
    }
    const reservedName = old.reserved.holdingName(after.name);
    if (reservedName !== undefined) {
      findings.add("breaking", "RESERVED_NAME_REUSED", current, codePath(current, after, "name"), after.code,
        `${after.code} ${after.name} uses a name the old spec reserved (${reservedName.reason}); choose another name`);
      continue;
    }
    const since = after.since === undefined && current.model.version !== undefined ? `; give it \`since: ${current.model.version}\` so the changelog lists it` : "";
    findings.add("safe", "CODE_ADDED", current, codePath(current, after), after.code, `added ${after.code} ${after.name}${since}`);
    backdated(sides, findings, after.since, codePath(current, after, "since"), after.code, `${after.code} ${after.name} is new`);
  }
}

function numberChanged(findings: Findings, current: Indexed, before: CodeModel, after: CodeModel) {
  findings.add("breaking", "CODE_NUMBER_CHANGED", current, codePath(current, after, "code"), after.code,
    `${before.name} changed number from ${before.code} to ${after.code}; apps built with the old table compare against ${before.code}. Keep the number, or add a new code and deprecate the old one`);
}

/**
 * A history entry (`since`) that a change adds must be later than the old spec's version: that release
 * is out, and rewriting what it contained misleads the changelog's readers.
 */
function backdated(sides: Sides, findings: Findings, since: string | undefined, path: SpecPath, code: number | undefined, what: string) {
  const [released, claimed] = [parseVersion(sides.old.model.version), parseVersion(since)];
  if (released === undefined || claimed === undefined || compareVersions(claimed, released) > 0) return;
  findings.add("dangerous", "HISTORY_BACKDATED", sides.new, path, code,
    `${what} but dated ${String(since)}, a version the old spec (${String(sides.old.model.version)}) had released already; date it ${String(sides.new.model.version)}`);
}

/** An old code whose number the new spec no longer has: moved to another number, retired, or dropped. */
function codeGone(sides: Sides, findings: Findings, before: CodeModel) {
  const { old, new: current } = sides;
  const moved = current.byName.get(before.name);
  if (moved !== undefined) {
    numberChanged(findings, current, before, moved);
    return;
  }
  const reservation = current.reserved.holding(before.code);
  if (reservation === undefined) {
    findings.add("breaking", "CODE_REMOVED", old, codePath(old, before), before.code,
      `${before.code} ${before.name} was removed without being reserved, so a later code could reuse the number with another meaning; add it to \`reserved\` (with its name and a reason), or keep the code and deprecate it`);
  } else if (before.deprecated === undefined) {
    findings.add("dangerous", "CODE_RETIRED_WITHOUT_DEPRECATION", old, codePath(old, before), before.code,
      `${before.code} ${before.name} was removed and reserved without being deprecated first; code that names it stops compiling with no warning beforehand. Deprecate it for a release before removing it`);
  } else {
    findings.add("safe", "CODE_RETIRED", old, codePath(old, before), before.code,
      `${before.code} ${before.name}, deprecated since ${before.deprecated.since}, was removed and its number reserved`);
  }
}

/**
 * Same number, new name. Code naming the old name breaks in every language that spells the two names
 * differently, unless that language keeps the old spelling as an alias; when the old name now belongs to
 * another number, code naming it still compiles but silently means that other code.
 */
function renamed(sides: Sides, findings: Findings, before: CodeModel, after: CodeModel) {
  const { new: current } = sides;
  const label = `${after.code} was renamed from ${before.name} to ${after.name}`;
  const elsewhere = current.byName.get(before.name);
  if (elsewhere !== undefined) {
    findings.add("breaking", "CODE_RENAMED", current, codePath(current, after, "name"), after.code,
      `${label}, and ${before.name} now names ${elsewhere.code}: code that names ${before.name} still compiles but means ${elsewhere.code}. Give the names back to their numbers, or add new codes`);
    return;
  }
  const missing: string[] = [];
  const suggestion: string[] = [];
  for (const target of aliasTargets) {
    const language = targets.find((candidate) => candidate.name === target)?.language;
    const [oldName, newName] = [spelling(language, before.name), spelling(language, after.name)];
    if (oldName === newName || after.aliases[target].includes(oldName)) continue;
    missing.push(`${language?.displayName ?? target} ${oldName}`);
    suggestion.push(`${target}: [${oldName}]`);
  }
  if (missing.length > 0) {
    findings.add("breaking", "CODE_RENAMED", current, codePath(current, after, "name"), after.code,
      `${label}; code that names ${missing.join(", ")} stops compiling. Keep the old names as aliases (aliases: { ${suggestion.join(", ")} }) or raise the major version`);
  } else {
    findings.add("dangerous", "CODE_RENAMED_WITH_ALIASES", current, codePath(current, after, "name"), after.code,
      `${label}; code keeps compiling (the old names stay as deprecated aliases, or are spelt alike), but JSON and Markdown readers that match on the name see the new one`);
  }
}

/** How a language spells a canonical name: its case name, or the name itself. */
function spelling(language: Language | undefined, name: string): string {
  const identifier = language?.codeIdentifier?.(name);
  return identifier === undefined || !identifier.ok ? name : identifier.identifier;
}

/**
 * A name that meant one code in the old table and now means another: an alias or a cased name that spells
 * what another number was called. Code written against the old table compiles and gets the wrong code.
 * (A canonical name that moved with its code is CODE_NUMBER_CHANGED or CODE_RENAMED instead.)
 */
function compareNames(sides: Sides, findings: Findings) {
  const { old, new: current } = sides;
  const reused = new Map<string, { after: CodeModel; before: CodeModel; names: string[] }>();
  for (const target of aliasTargets) {
    const language = targets.find((candidate) => candidate.name === target)?.language;
    const owners = (model: Model) => {
      const map = new Map<string, CodeModel>();
      for (const code of model.codes) map.set(spelling(language, code.name), code);
      for (const code of model.codes) for (const alias of code.aliases[target]) map.set(alias, code);
      return map;
    };
    const before = owners(old.model);
    for (const [name, after] of owners(current.model)) {
      const previous = before.get(name);
      if (previous === undefined || previous.code === after.code || previous.name === after.name) continue;
      const key = `${after.code}:${previous.code}`;
      const entry = reused.get(key) ?? { after, before: previous, names: [] };
      entry.names.push(`${language?.displayName ?? target} ${name}`);
      reused.set(key, entry);
    }
  }
  for (const { after, before, names } of reused.values()) {
    findings.add("breaking", "NAME_REUSED", current, codePath(current, after), after.code,
      `${names.join(", ")} named ${before.code} ${before.name} in the old table and now names ${after.code} ${after.name}; code written against the old table compiles and gets the wrong code. Choose other names`);
  }
}

/**
 * A message reduced to what carries meaning: lower case, white space collapsed, and sentence punctuation
 * (`. , ; : ! ?` and quotes) dropped, except between digits (`1,000` is not `1.000`). Every other symbol
 * (`-`, `%`, `<`, `>`, …) is kept. Two messages equal by this differ in wording only.
 */
function normalized(message: string): string {
  return message
    .toLowerCase()
    .replace(/(?<!\d)[.,;:!?'"`\u2018\u2019\u201c\u201d]+|[.,;:!?'"`\u2018\u2019\u201c\u201d]+(?!\d)/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Everything else about a code that kept its number. */
function compareCode(sides: Sides, findings: Findings, before: CodeModel, after: CodeModel) {
  const { new: current } = sides;
  const at = (field: string) => codePath(current, after, field);
  const label = `${after.code} ${after.name}`;
  if (after.category !== before.category) {
    findings.add("breaking", "CATEGORY_CHANGED", current, at("category"), after.code,
      `${label} moved from category ${before.category} to ${after.category}; code that groups or switches by category sees it elsewhere`);
  }
  if (after.kind !== before.kind) {
    findings.add("breaking", "KIND_CHANGED", current, at("kind"), after.code,
      `${label} changed kind from ${before.kind} to ${after.kind}; apps that treat it as ${before.kind} now misread it`);
  }
  if (after.retryable !== before.retryable) {
    findings.add("dangerous", "RETRYABLE_CHANGED", current, at("retryable"), after.code,
      `${label} is ${after.retryable ? "now" : "no longer"} retryable; clients will ${after.retryable ? "start" : "stop"} sending the request again`);
  }
  if (after.message !== before.message) {
    if (normalized(after.message) === normalized(before.message)) {
      findings.add("safe", "MESSAGE_CLARIFIED", current, at("message"), after.code, `${label}: the message changed in case, spacing or punctuation only`);
    } else {
      findings.add("dangerous", "MESSAGE_CHANGED", current, at("message"), after.code,
        `${label}: the message changed from ${JSON.stringify(before.message)} to ${JSON.stringify(after.message)}; make sure the meaning is the same (a new meaning needs a new code)`);
    }
  }
  if (before.since !== after.since) {
    findings.add("dangerous", "SINCE_CHANGED", current, after.since === undefined ? codePath(current, after) : at("since"), after.code,
      `${label}: since changed from ${before.since ?? "(none)"} to ${after.since ?? "(none)"}; since records the release a code first shipped in`);
  }
  compareDeprecation(sides, findings, before, after, label);
  compareAliases(sides, findings, before, after, label);
  const conflicts = (code: CodeModel) => JSON.stringify(code.conflicts);
  if (conflicts(before) !== conflicts(after)) {
    findings.add("safe", "CONFLICTS_CHANGED", current, after.conflicts.length === 0 ? codePath(current, after) : at("conflicts"), after.code, `${label}: the recorded platform conflicts changed`);
  }
}

function compareDeprecation(sides: Sides, findings: Findings, before: CodeModel, after: CodeModel, label: string) {
  const { new: current } = sides;
  const at = after.deprecated === undefined ? codePath(current, after) : codePath(current, after, "deprecated");
  if (before.deprecated === undefined && after.deprecated !== undefined) {
    const replacement = after.deprecated.replacedBy === undefined ? "" : ` in favour of ${after.deprecated.replacedBy}`;
    findings.add("safe", "DEPRECATION_ADDED", current, at, after.code, `${label} is deprecated${replacement}: ${after.deprecated.reason}`);
    backdated(sides, findings, after.deprecated.since, [...at, "since"], after.code, `the deprecation of ${label} is new`);
  } else if (before.deprecated !== undefined && after.deprecated === undefined) {
    findings.add("safe", "DEPRECATION_REMOVED", current, at, after.code, `${label} is no longer deprecated`);
  } else if (JSON.stringify(before.deprecated) !== JSON.stringify(after.deprecated)) {
    findings.add("safe", "DEPRECATION_CHANGED", current, at, after.code, `${label}: the deprecation's since, reason or replacement changed`);
  }
}

/** A legacy name that disappears breaks the code that still uses it: that is what it was kept for. */
function compareAliases(sides: Sides, findings: Findings, before: CodeModel, after: CodeModel, label: string) {
  const { new: current } = sides;
  const added: string[] = [];
  for (const target of aliasTargets) {
    const removed = before.aliases[target].filter((alias) => !after.aliases[target].includes(alias));
    added.push(...after.aliases[target].filter((alias) => !before.aliases[target].includes(alias)).map((alias) => `${target} ${alias}`));
    const at = after.aliases[target].length === 0 ? codePath(current, after) : [...codePath(current, after, "aliases"), target];
    if (removed.length > 0) {
      findings.add("breaking", "ALIAS_REMOVED", current, at, after.code,
        `${label}: the ${target} alias${removed.length === 1 ? "" : "es"} ${removed.join(", ")} ${removed.length === 1 ? "was" : "were"} removed; code that still uses ${removed.length === 1 ? "it" : "them"} stops compiling`);
    }
  }
  if (added.length > 0) {
    findings.add("safe", "ALIAS_ADDED", current, codePath(current, after, "aliases"), after.code, `${label}: alias${added.length === 1 ? "" : "es"} added: ${added.join(", ")}`);
  }
}

/** Reserved numbers and names stay reserved: each old one must still be held by some new entry. */
function compareReserved(sides: Sides, findings: Findings) {
  const { old, new: current } = sides;
  const path = (side: Indexed, entry: ReservedModel): SpecPath => ["reserved", side.reservedIndexOf.get(describeReserved(entry)) ?? 0];
  for (const entry of old.model.reserved) {
    const freed = current.reserved.missing(entry);
    if (freed.length > 0) {
      findings.add("breaking", "RESERVED_REMOVED", old, path(old, entry), entry.first,
        `${freed.join(" and ")} ${freed.length === 1 && !freed[0]?.includes("–") ? "is" : "are"} no longer reserved (${entry.reason}); apps still in use may return or expect the retired meaning. Keep the reservation`);
    }
  }
  for (const entry of current.model.reserved) {
    const added = old.reserved.missing(entry);
    if (added.length === 0) continue;
    findings.add("safe", "RESERVED_ADDED", current, path(current, entry), entry.first, `${added.join(" and ")} reserved: ${entry.reason}`);
    backdated(sides, findings, entry.since, [...path(current, entry), "since"], entry.first, `the reservation of ${added.join(" and ")} is new`);
  }
}

function reservedFromRaw(raw: NonNullable<SpecData["reserved"]>[number]): ReservedModel {
  return {
    first: raw.code ?? raw.range?.first,
    last: raw.code ?? raw.range?.last,
    name: raw.name,
    reason: raw.reason,
    since: raw.since,
  };
}

/** Category ids are identifiers in every language: removing one breaks code that names it. */
function compareCategories(sides: Sides, findings: Findings) {
  const { old, new: current } = sides;
  old.model.categories.forEach((before, index) => {
    const after = current.model.categories.find((category) => category.id === before.id);
    if (after === undefined) {
      findings.add("breaking", "CATEGORY_REMOVED", old, ["categories", index, "id"], undefined,
        `category ${before.id} was removed; code that names it stops compiling`);
    } else if (after.title !== before.title || after.description !== before.description) {
      const newIndex = current.model.categories.indexOf(after);
      findings.add("safe", "CATEGORY_TEXT_CHANGED", current, ["categories", newIndex], undefined, `category ${after.id}: title or description changed`);
    }
  });
  current.model.categories.forEach((after, index) => {
    if (!old.model.categories.some((category) => category.id === after.id)) {
      findings.add("safe", "CATEGORY_ADDED", current, ["categories", index, "id"], undefined, `category ${after.id} added`);
    }
  });
}

/** Type names, the Kotlin package and output paths are what consuming code imports. */
function compareSettings(sides: Sides, findings: Findings) {
  const { old, new: current } = sides;
  const flatten = (model: Model): Map<string, string> => {
    const values = new Map<string, string>();
    for (const [language, names] of Object.entries(model.settings)) {
      if (language === "outputs") continue;
      for (const [field, value] of Object.entries(names as Record<string, string>)) values.set(`${language}.${field}`, value);
    }
    for (const target of targets) values.set(`outputs.${target.name}`, model.settings.outputs[target.name] ?? target.output);
    return values;
  };
  const [before, after] = [flatten(old.model), flatten(current.model)];
  for (const [key, value] of before) {
    const now = after.get(key);
    if (now === value) continue;
    const path = ["settings", ...key.split(".")];
    const configured = key.split(".").reduce<unknown>((node, segment) => (node as Record<string, unknown> | undefined)?.[segment], current.data.settings);
    findings.add("breaking", "SETTING_CHANGED", current, configured === undefined ? [] : path, undefined,
      `settings.${key} changed from ${value} to ${String(now)}; code that imports or names it must change`);
  }
}

/** The version moves forward; a spec that changed but kept its version is ambiguous for everyone. */
function compareVersionsOf(sides: Sides, findings: Findings, changed: boolean) {
  const { old, new: current } = sides;
  const [before, after] = [parseVersion(old.model.version), parseVersion(current.model.version)];
  const at: SpecPath = current.model.version === undefined ? [] : ["version"];
  if (before !== undefined && after === undefined) {
    findings.add("breaking", "VERSION_REMOVED", current, at, undefined,
      `the spec no longer has a version (it was ${String(old.model.version)}); without one no change can be told from the last release. Put \`version\` back`);
  } else if (before !== undefined && after !== undefined && compareVersions(after, before) < 0) {
    findings.add("breaking", "VERSION_DECREASED", current, at, undefined,
      `version went back from ${String(old.model.version)} to ${String(current.model.version)}; versions only move forward`);
  } else if (changed && old.model.version === current.model.version) {
    findings.add("dangerous", "VERSION_NOT_RAISED", current, at, undefined,
      `the spec changed but its version is still ${current.model.version ?? "unset"}; apps cannot tell the two tables apart. Raise it`);
  }
}

/** True when the new spec raised its major version, which makes breaking changes allowed. */
export function majorRaised(previous: Model, current: Model): boolean {
  // A spec from before versioning counts as 0.0.0: adopting `version: 1.0.0` is the first major release.
  const [before, after] = [parseVersion(previous.version ?? "0.0.0"), parseVersion(current.version)];
  return before !== undefined && after !== undefined && after.major > before.major;
}
