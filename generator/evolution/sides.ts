import { boundedMessage, type SpecPath } from "../shared/diagnostics.js";
import { reservedEntry, type CodeModel, type Model, type ReservedModel, type SpecData } from "../spec/model.js";
import { defaultSettings, spelling } from "../languages/language.js";
import { legacyNames } from "../languages/legacy-names.js";
import type { Registry } from "../registry.js";
import { compareVersions, parseVersion } from "../shared/semver.js";
import { describeReserved, ReservedIndex } from "../shared/reserved-index.js";

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

/** A side with its lookups, built once so that every rule is linear or better in the table's size. */
export interface Indexed extends SpecSide {
  readonly byNumber: ReadonlyMap<number, CodeModel>;
  readonly byName: ReadonlyMap<string, CodeModel>;
  /** A code's index in the spec's own list, for locating it. */
  readonly indexOf: ReadonlyMap<number, number>;
  readonly reserved: ReservedIndex<ReservedModel>;
  /** A reserved entry's index in the spec's own list, by what it holds. */
  readonly reservedIndexOf: ReadonlyMap<string, number>;
  /** Per alias language id: every name that language's file gives a code (cased canonical names, then aliases). */
  readonly owners: ReadonlyMap<string, ReadonlyMap<string, CodeModel>>;
}

/** Both sides, and the registry whose languages the names are spelt in. */
export interface Sides {
  readonly old: Indexed;
  readonly new: Indexed;
  readonly registry: Registry;
}

export function indexed(side: SpecSide, registry: Registry): Indexed {
  const raw = side.data.reserved ?? [];
  const owners = new Map(
    registry.aliasLanguages.map((language) => {
      const map = new Map<string, CodeModel>();
      const settings = side.model.settings.languages[language.id];
      for (const code of side.model.codes) map.set(spelling(language, code.name, settings), code);
      for (const legacy of legacyNames(side.model, language, settings ?? defaultSettings(language))) map.set(legacy.identifier, legacy.code);
      return [language.id, map] as const;
    }),
  );
  return {
    ...side,
    byNumber: new Map(side.model.codes.map((code) => [code.code, code])),
    byName: new Map(side.model.codes.map((code) => [code.name, code])),
    indexOf: new Map(side.data.codes.map((code, index) => [code.code, index])),
    reserved: new ReservedIndex(side.model.reserved),
    reservedIndexOf: new Map(raw.map((entry, index) => [describeReserved(reservedEntry(entry)), index])),
    owners,
  };
}

/** Collects findings, each located in the side it is about. */
export class Findings {
  readonly list: Finding[] = [];
  add(severity: Severity, rule: string, side: Indexed, path: SpecPath, code: number | undefined, message: string) {
    const { line, column } = side.locate(path);
    this.list.push({ severity, rule, file: side.file, line, column, code, message: boundedMessage(message) });
  }
}

/** Where a code, or one of its fields, is in a side's file. */
export function codePath(side: Indexed, code: CodeModel, field?: string): SpecPath {
  const index = side.indexOf.get(code.code) ?? 0;
  return field === undefined ? ["codes", index] : ["codes", index, field];
}

/**
 * A history entry (`since`) that a change adds must be later than the old spec's version: that release
 * is out, and rewriting what it contained misleads the changelog's readers.
 */
export function backdated(sides: Sides, findings: Findings, since: string | undefined, path: SpecPath, code: number | undefined, what: string) {
  const [released, claimed, next] = [parseVersion(sides.old.model.version), parseVersion(since), parseVersion(sides.new.model.version)];
  if (released === undefined || claimed === undefined || compareVersions(claimed, released) > 0) return;
  const advice = next !== undefined && compareVersions(next, released) > 0 ? `date it ${String(sides.new.model.version)}` : "raise `version` and date it with the new version";
  findings.add("dangerous", "HISTORY_BACKDATED", sides.new, path, code,
    `${what} but dated ${String(since)}, a version the old spec (${String(sides.old.model.version)}) had released already; ${advice}`);
}
