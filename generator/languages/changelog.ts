import { compareVersionTexts } from "../semver.js";
import type { CodeModel, Model, ReservedModel } from "../model.js";
import type { Language } from "./language.js";
import { count, markdown, markdownInline } from "./markdown.js";
import { sentence } from "./evolution-text.js";
import { relativeReference } from "./json.js";

/** One entry of a version's list, with what sorts it: additions, then deprecations, then retirements. */
interface Change {
  readonly version: string | undefined;
  readonly order: number;
  readonly number: number;
  readonly line: string;
}

function span(entry: ReservedModel): string {
  if (entry.first === undefined) return `\`${String(entry.name)}\``;
  const numbers = entry.first === entry.last ? String(entry.first) : `${entry.first}–${String(entry.last)}`;
  return entry.name === undefined ? numbers : `${numbers} \`${entry.name}\``;
}

/**
 * The changes the spec records, by version: a code's `since` (added), its `deprecated.since` (deprecated)
 * and a reserved entry's `since` (retired). This is the history the spec itself carries, so the changelog is
 * the same on every machine and needs no git; renames and other breaking edits are what `diff` is for.
 */
export function changelogContext(model: Model) {
  const byName = new Map<string, CodeModel>(model.codes.map((code) => [code.name, code]));
  const changes: Change[] = [];
  for (const code of model.codes) {
    changes.push({ version: code.since, order: 0, number: code.code, line: `**Added** ${code.code} \`${code.name}\`: ${markdownInline(code.message)}` });
    if (code.deprecated !== undefined) {
      const replacement = code.deprecated.replacedBy === undefined ? "" : ` Use \`${code.deprecated.replacedBy}\` (${String(byName.get(code.deprecated.replacedBy)?.code)}) instead.`;
      const line = `**Deprecated** ${code.code} \`${code.name}\`: ${markdownInline(sentence(code.deprecated.reason))}${replacement}`;
      changes.push({ version: code.deprecated.since, order: 1, number: code.code, line });
    }
  }
  for (const entry of model.reserved) {
    changes.push({ version: entry.since, order: 2, number: entry.first ?? Infinity, line: `**Reserved** ${span(entry)}: ${markdownInline(sentence(entry.reason))}` });
  }
  const sorted = (list: Change[]) => list.sort((a, b) => a.order - b.order || a.number - b.number).map((change) => change.line);

  const versions = [...new Set([...(model.version === undefined ? [] : [model.version]), ...changes.flatMap((change) => change.version ?? [])])]
    .sort(compareVersionTexts)
    .reverse();
  const unversionedCodes = model.codes.filter((code) => code.since === undefined).length;
  const unversionedReserved = model.reserved.filter((entry) => entry.since === undefined);
  return {
    versions: versions.map((version) => ({ version, changes: sorted(changes.filter((change) => change.version === version)) })),
    initial: {
      present: unversionedCodes > 0 || unversionedReserved.length > 0,
      codes: unversionedCodes === 0 ? "" : `${count(unversionedCodes, "code has", "codes have")} no \`since\`: they were in the table before its history was recorded.`,
      retired: unversionedReserved.map((entry) => `**Reserved** ${span(entry)}: ${markdownInline(sentence(entry.reason))}`),
    },
  };
}

/** The changelog target: Markdown, written from the history the spec records. */
export const changelog: Language = {
  displayName: "Markdown (changelog)",
  helpers: { ...markdown.helpers, relativeReference },
  context: changelogContext,
};
