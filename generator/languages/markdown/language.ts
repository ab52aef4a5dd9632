import { hex, mustEscape, needsEscapePattern } from "../common/text.js";
import type { CodeModel, Model } from "../../spec/model.js";
import { sentence } from "../../shared/sentences.js";
import type { Language } from "../language.js";

/**
 * Characters that start markup somewhere in CommonMark or GitHub Flavored Markdown: emphasis, code, links,
 * HTML, table cells, strikethrough, headings and GitHub's `$…$` math. A backslash makes each one literal.
 */
const markup = new Set(["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "$", "#"]);

/** Any character markdownInline might change; text without one is returned as it is. */
const markdownSpecial = needsEscapePattern([...markup, "&", ":", "@", "\n", "\r", "\t"]);

/**
 * Text for a table cell or heading: markup characters are backslash-escaped, and so is an `&` that would
 * start an entity; line breaks become `<br>` (a cell cannot span lines); tabs and invisible characters
 * become numeric character references. The colon of `://` and the `@` of `a@b` are escaped so that GitHub
 * does not turn text into links. A CommonMark parser gives back exactly the original text (with CRLF and
 * CR read as LF).
 */
export function markdownInline(text: string): string {
  if (!markdownSpecial.test(text)) return text;
  // One pass over code points. Groups: an `&` that starts something entity-like (`&amp;`), the colon of
  // `://`, the `@` inside an e-mail-like word.
  const pattern = /(&(?=#?[A-Za-z0-9]+;))|((?<=[A-Za-z]):(?=\/\/))|((?<=\w)@(?=\w))|[^]/gu;
  return text.replace(/\r\n|\r/g, "\n").replace(pattern, (char, entity?: string, scheme?: string, at?: string) => {
    if (entity !== undefined || scheme !== undefined || at !== undefined || markup.has(char)) return `\\${char}`;
    if (char === "\n") return "<br>";
    const codePoint = char.codePointAt(0) ?? 0;
    return char === "\t" || mustEscape(codePoint) ? `&#x${hex(codePoint, 1)};` : char;
  });
}

/** A paragraph of one line: inline text that also cannot start a list, a heading or a thematic break. */
export function markdownParagraph(text: string): string {
  return markdownInline(text)
    .replace(/^([-+=])/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2");
}

/**
 * The anchor GitHub (and markdownlint's link check) gives a heading: lower case, punctuation dropped,
 * spaces as hyphens, and `-1`, `-2`… on repeats.
 */
export function headingSlugs(titles: readonly string[]): string[] {
  // github-slugger's bookkeeping: how often each base slug has been asked for, and every slug handed out.
  const occurrences = new Map<string, number>();
  return titles.map((title) => {
    const base = title
      .replace(/\r\n|\r|\n/g, "")
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
      .replace(/ /g, "-");
    let slug = base;
    while (occurrences.has(slug)) {
      const count = (occurrences.get(base) ?? 0) + 1;
      occurrences.set(base, count);
      slug = `${base}-${count}`;
    }
    occurrences.set(slug, 0);
    return slug;
  });
}

/** `count(1, "code", "codes")` → `1 code`; `count(71, "code", "codes")` → `71 codes`. */
export function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** Numbers by canonical name, made once per model: a deprecation note names its replacement's number. */
const numbersByName = new WeakMap<Model, ReadonlyMap<string, number>>();

/**
 * A code's Notes cell: since when it exists, its deprecation and replacement, its earlier names and the
 * platforms that give its number another meaning. Empty for most codes.
 */
export function notesCell(code: CodeModel, model: Model): string {
  const notes: string[] = [];
  if (code.since !== undefined) notes.push(`Since ${code.since}.`);
  if (code.deprecated !== undefined) {
    let numbers = numbersByName.get(model);
    if (numbers === undefined) {
      numbers = new Map(model.codes.map((entry) => [entry.name, entry.code]));
      numbersByName.set(model, numbers);
    }
    const { since, reason, replacedBy } = code.deprecated;
    const replacement = replacedBy === undefined ? "" : ` Use \`${replacedBy}\` (${String(numbers.get(replacedBy))}) instead.`;
    notes.push(`**Deprecated** since ${since}: ${markdownInline(sentence(reason))}${replacement}`);
  }
  const earlier = model.aliasLanguages.flatMap(({ id, name }) => (code.aliases[id] ?? []).map((alias) => `\`${alias}\` (${name})`));
  if (earlier.length > 0) notes.push(`Earlier names: ${earlier.join(", ")}.`);
  for (const conflict of code.conflicts) {
    const theirName = conflict.name === undefined ? "" : ` (\`${conflict.name}\`)`;
    // "In <platform>," reads right whether the platform is one SDK or several ("V2 SDKs").
    notes.push(`⚠️ In ${markdownInline(conflict.platform)}, ${code.code} has another meaning${theirName}: ${markdownInline(sentence(conflict.meaning))}`);
  }
  return notes.join("<br>");
}

/** A cell's content between its pipes: ` text ` or, when empty, one space. */
function paddedCell(text: string): string {
  return text === "" ? " " : ` ${text} `;
}

/** Markdown: text for people, escaped so that a CommonMark parser gives back exactly what the spec says. */
export const markdown = {
  id: "markdown",
  displayName: "Markdown",
  keywords: new Set(),
  text: markdownInline,
  helpers: {
    inline: markdownInline,
    paragraph: markdownParagraph,
    count,
  },
  codeView: (code, _index, _count, { model }) => ({
    messageCell: markdownInline(code.message),
    retryableCell: code.retryable ? "yes" : "no",
    // Padded here, not in the template: an empty cell must be `| |`, which markdownlint's table style wants.
    notesCell: paddedCell(notesCell(code, model)),
  }),
} satisfies Language;
