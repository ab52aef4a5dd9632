import { compareVersionTexts } from "../../shared/semver.js";
import type { Model, ReservedModel } from "../../spec/model.js";
import { builtinTemplate, type Target } from "../target.js";
import { describeSpan, sentence } from "../../shared/sentences.js";
import { count, markdown, markdownInline } from "./language.js";
import { referenceTarget } from "./reference-target.js";
import { relativeReference } from "../../render/common-helpers.js";

/** One entry of a version's list, with what sorts it: additions, then deprecations, then reservations. */
interface Change {
  readonly order: number;
  readonly number: number;
  readonly line: string;
}

/** `20000–20099`, `431 \`NAME\``, or `\`NAME\`` when only a name is reserved. */
function reservedLine(entry: ReservedModel): string {
  const name = entry.name === undefined ? [] : [`\`${entry.name}\``];
  const numbers = entry.first === undefined ? [] : [describeSpan(entry.first, entry.last as number)];
  return `**Reserved** ${[...numbers, ...name].join(" ")}: ${markdownInline(sentence(entry.reason))}`;
}

/**
 * The changes the spec records, by version: a code's `since` (added), its `deprecated.since` (deprecated)
 * and a reserved entry's `since` (reserved). This is the history the spec itself carries, so the changelog
 * is the same on every machine and needs no git; renames and other breaking edits are what `diff` is for.
 * Only dated entries are written out: codes from before the history are counted, not listed.
 */
export function changelogContext(model: Model) {
  const byVersion = new Map<string, Change[]>(model.version === undefined ? [] : [[model.version, []]]);
  const record = (version: string, change: Change) => {
    const list = byVersion.get(version);
    if (list === undefined) byVersion.set(version, [change]);
    else list.push(change);
  };
  let numbers: ReadonlyMap<string, number> | undefined;
  for (const code of model.codes) {
    if (code.since !== undefined) record(code.since, { order: 0, number: code.code, line: `**Added** ${code.code} \`${code.name}\`: ${markdownInline(code.message)}` });
    if (code.deprecated === undefined) continue;
    const { replacedBy, reason, since } = code.deprecated;
    numbers ??= new Map(model.codes.map((entry) => [entry.name, entry.code]));
    const replacement = replacedBy === undefined ? "" : ` Use \`${replacedBy}\` (${String(numbers.get(replacedBy))}) instead.`;
    record(since, { order: 1, number: code.code, line: `**Deprecated** ${code.code} \`${code.name}\`: ${markdownInline(sentence(reason))}${replacement}` });
  }
  const undated: string[] = [];
  for (const entry of model.reserved) {
    if (entry.since === undefined) undated.push(reservedLine(entry));
    else record(entry.since, { order: 2, number: entry.first ?? Infinity, line: reservedLine(entry) });
  }
  const unversionedCodes = model.codes.filter((code) => code.since === undefined).length;
  return {
    versions: [...byVersion.keys()]
      .sort(compareVersionTexts)
      .reverse()
      .map((version) => ({
        version,
        changes: (byVersion.get(version) ?? []).sort((a, b) => a.order - b.order || a.number - b.number).map((change) => change.line),
      })),
    initial: {
      present: unversionedCodes > 0 || undated.length > 0,
      codes: unversionedCodes === 0 ? "" : `${count(unversionedCodes, "code has", "codes have")} no \`since\`: they were in the table before its history was recorded.`,
      retired: undated,
    },
  };
}

/** out/markdown/CHANGELOG.md: the table's history as the spec records it; it prints no code, so it has no code view. */
export const changelogTarget: Target = {
  id: "changelog",
  language: markdown,
  description: "the table's changelog, in Markdown",
  output: "markdown/CHANGELOG.md",
  files: [{ template: builtinTemplate("changelog.hbs") }],
  context: ({ model, path, paths }) => {
    // The initial codes are listed in the reference when the run writes one.
    const reference = paths[referenceTarget.id];
    return { ...changelogContext(model), referenceLink: reference === undefined ? undefined : relativeReference(path, reference) };
  },
};
