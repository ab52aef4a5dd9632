import type { SpecPath } from "../shared/diagnostics.js";
import type { Model, ReservedModel } from "../spec/model.js";
import { builtins, type Registry } from "../registry.js";
import { compareVersions, parseVersion } from "../shared/semver.js";
import { describeReserved } from "../shared/reserved-index.js";
import { excerpt } from "../shared/diagnostics.js";
import { compareCodes } from "./compare-codes.js";
import { compareNames } from "./compare-names.js";
import { backdated, Findings, indexed, severities, type Finding, type Indexed, type Sides, type SpecSide } from "./sides.js";

export { severities, type Finding, type Severity, type SpecSide } from "./sides.js";

/**
 * Every difference between `previous` and `current` that matters to someone, classified, most serious
 * first. Codes are matched by number; a name found at another number is a move, not a removal plus an
 * addition. The rules live in compare-codes.ts (codes), compare-names.ts (names) and below (reservations,
 * categories, settings, the version).
 */
export function compareSpecs(previous: SpecSide, current: SpecSide, registry: Registry = builtins): Finding[] {
  const sides: Sides = { old: indexed(previous, registry), new: indexed(current, registry), registry };
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

/** Reserved numbers and names stay reserved: each old one must still be held by some new entry. */
function compareReserved(sides: Sides, findings: Findings) {
  const { old, new: current } = sides;
  const path = (side: Indexed, entry: ReservedModel): SpecPath => ["reserved", side.reservedIndexOf.get(describeReserved(entry)) ?? 0];
  for (const entry of old.model.reserved) {
    const freed = current.reserved.missing(entry);
    if (freed.length > 0) {
      findings.add("breaking", "RESERVED_REMOVED", old, path(old, entry), entry.first,
        `${freed.join(" and ")} ${freed.length === 1 && !freed[0]?.includes("–") ? "is" : "are"} no longer reserved (${excerpt(entry.reason)}); apps still in use may return or expect the retired meaning. Keep the reservation`);
    }
  }
  for (const entry of current.model.reserved) {
    const added = old.reserved.missing(entry);
    if (added.length === 0) continue;
    findings.add("safe", "RESERVED_ADDED", current, path(current, entry), entry.first, `${added.join(" and ")} reserved: ${excerpt(entry.reason)}`);
    backdated(sides, findings, entry.since, [...path(current, entry), "since"], entry.first, `the reservation of ${added.join(" and ")} is new`);
  }
}

/** Category ids are identifiers in every language: removing one breaks code that names it. */
function compareCategories(sides: Sides, findings: Findings) {
  const { old, new: current } = sides;
  const positions = (side: Indexed) => new Map(side.model.categories.map((category, index) => [category.id, index]));
  const [before, after] = [positions(old), positions(current)];
  old.model.categories.forEach((category, index) => {
    const now = after.get(category.id);
    const changed = now === undefined ? undefined : current.model.categories[now];
    if (now === undefined || changed === undefined) {
      findings.add("breaking", "CATEGORY_REMOVED", old, ["categories", index, "id"], undefined, `category ${category.id} was removed; code that names it stops compiling`);
    } else if (changed.title !== category.title || changed.description !== category.description) {
      findings.add("safe", "CATEGORY_TEXT_CHANGED", current, ["categories", now], undefined, `category ${category.id}: title or description changed`);
    }
  });
  current.model.categories.forEach((category, index) => {
    if (!before.has(category.id)) findings.add("safe", "CATEGORY_ADDED", current, ["categories", index, "id"], undefined, `category ${category.id} added`);
  });
}

/** Type names, the Kotlin package and output paths are what consuming code imports. */
function compareSettings(sides: Sides, findings: Findings) {
  const { old, new: current } = sides;
  const flatten = (model: Model): Map<string, string> => {
    const values = new Map<string, string>();
    for (const [language, names] of Object.entries(model.settings.languages)) {
      for (const [field, value] of Object.entries(names)) values.set(`${language}.${field}`, value);
    }
    for (const target of sides.registry.targets) values.set(`outputs.${target.id}`, model.settings.outputs[target.id] ?? target.output);
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
