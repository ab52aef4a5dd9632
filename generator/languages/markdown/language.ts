import { escapedCharacters, hex, isAscii, perCodePoint, rewriteEscaped } from "../common/text.js";
import type { CodeModel, Model } from "../../spec/model.js";
import { sentence } from "../../shared/sentences.js";
import type { Language } from "../language.js";

/**
 * Characters that start markup somewhere in CommonMark or GitHub Flavored Markdown: emphasis, code, links,
 * HTML, table cells, strikethrough, headings and GitHub's `$…$` math. A backslash makes each one literal.
 */
const markup = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "$", "#"];

/** Each markup character with the backslash before it, by code point. */
const markupEscapes: (string | undefined)[] = [];
for (const char of markup) markupEscapes[char.charCodeAt(0)] = `\\${char}`;

/** Any character markdownInline might change; the others are copied in runs. */
const markdownSpecial = escapedCharacters([...markup, "&", ":", "@"]);

/** What makes an `&` start an entity-like sequence, tried just after it. */
const entityAhead = /#?[A-Za-z0-9]+;/y;

/** An ASCII letter, as `[A-Za-z]`; NaN (before the start) is none. */
function isLetter(unit: number): boolean {
  return (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a);
}

/** A word character, as `\w`: a letter, a digit or `_`. */
function isWordUnit(unit: number): boolean {
  return isLetter(unit) || (unit >= 0x30 && unit <= 0x39) || unit === 0x5f;
}

/** The numeric character reference of a code point, made once for each. */
const numericReference = perCodePoint((codePoint) => `&#x${hex(codePoint, 1)};`);

/**
 * Text for a table cell or heading: markup characters are backslash-escaped, and so is an `&` that would
 * start an entity; line breaks become `<br>` (a cell cannot span lines; CRLF is one break); tabs and
 * invisible characters become numeric character references. The colon of `://` and the `@` of `a@b` are
 * escaped so that GitHub does not turn text into links. A CommonMark parser gives back exactly the original
 * text (with CRLF and CR read as LF). One pass: only the characters above are looked at, and what is
 * around them is checked in place.
 */
export function markdownInline(text: string): string {
  return rewriteEscaped(text, markdownSpecial, (codePoint, index) => {
    switch (codePoint) {
      case 0x26: // & that starts something entity-like (`&amp;`)
        entityAhead.lastIndex = index + 1;
        return entityAhead.test(text) ? "\\&" : undefined;
      case 0x3a: // the colon of `x://`
        return isLetter(text.charCodeAt(index - 1)) && text.startsWith("//", index + 1) ? "\\:" : undefined;
      case 0x40: // the @ inside an e-mail-like word
        return isWordUnit(text.charCodeAt(index - 1)) && isWordUnit(text.charCodeAt(index + 1)) ? "\\@" : undefined;
      case 0x0a:
        return "<br>";
      case 0x0d: // CR, or the CR of a CRLF: one break either way
        return text.charCodeAt(index + 1) === 0x0a ? "" : "<br>";
      default:
        return markupEscapes[codePoint] ?? numericReference(codePoint);
    }
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
    const lower = title.replace(/\r\n|\r|\n/g, "").toLowerCase();
    // An ASCII title (the usual one) by a class of ASCII alone (see isAscii), where letters, digits and `_`
    // are the whole of those categories.
    const base = (isAscii(lower) ? lower.replace(/[^a-z0-9_ -]/g, "") : lower.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")).replace(/ /g, "-");
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
  const earlier = model.aliasSources.flatMap(({ id, name }) => (code.aliases[id] ?? []).map((alias) => `\`${alias}\` (${name})`));
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
