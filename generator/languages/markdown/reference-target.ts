import { describeSpan } from "../../shared/sentences.js";
import { builtinTemplate, type Target } from "../target.js";
import { headingSlugs, markdown, markdownInline } from "./language.js";

/** The document's fixed headings, which come before the categories' and share their anchors. */
const fixedHeadings = ["Status codes", "Contents"];

/** Headings after the categories, each present only when the spec has something for it. */
const conflictsHeading = "Platform conflicts";
const reservedHeading = "Reserved numbers and names";

/** out/markdown/status-codes.md: the reference for people, one table per category. */
export const referenceTarget: Target = {
  id: "markdown",
  language: markdown,
  description: "the reference for people, in Markdown",
  output: "markdown/status-codes.md",
  files: [{ template: builtinTemplate("markdown.hbs") }],
  codeView: markdown.codeView,
  context: ({ model }) => {
    const conflicted = model.codes.filter((code) => code.conflicts.length > 0);
    const trailing = [...(conflicted.length > 0 ? [conflictsHeading] : []), ...(model.reserved.length > 0 ? [reservedHeading] : [])];
    const slugs = headingSlugs([...fixedHeadings, ...model.categories.map((category) => category.title), ...trailing]);
    const trailingSlugs = slugs.slice(fixedHeadings.length + model.categories.length);
    return {
      documentTitle: fixedHeadings[0],
      versionPrefix: model.version === undefined ? "" : `Table version ${model.version}: `,
      anchors: Object.fromEntries(model.categories.map((category, index) => [category.id, slugs[index + fixedHeadings.length]])),
      trailingSections: trailing.map((title, index) => ({ title, anchor: trailingSlugs[index] })),
      conflictsHeading,
      reservedHeading,
      conflictRows: conflicted.flatMap((code) =>
        code.conflicts.map((conflict) => ({
          code: code.code,
          name: code.name,
          platform: markdownInline(conflict.platform),
          theirName: conflict.name === undefined ? "—" : `\`${conflict.name}\``,
          meaning: markdownInline(conflict.meaning),
        })),
      ),
      reservedRows: model.reserved.map((entry) => ({
        numbers: entry.first === undefined ? "—" : describeSpan(entry.first, entry.last as number),
        name: entry.name === undefined ? "—" : `\`${entry.name}\``,
        reason: markdownInline(entry.reason),
        since: entry.since ?? "—",
      })),
    };
  },
};
