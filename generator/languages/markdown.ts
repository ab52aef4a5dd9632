import { hex, mustEscape, needsEscapePattern } from "./text.js";
import type { Model } from "../model.js";
import type { Language } from "./language.js";

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

/** The document's fixed headings, which come before the categories' and share their anchors. */
const fixedHeadings = ["Status codes", "Contents"];

/** Markdown target: a reference for people, one table per category. */
export const markdown: Language = {
  displayName: "Markdown",
  helpers: {
    inline: markdownInline,
    paragraph: markdownParagraph,
    count,
  },
  codeView: (code) => ({ messageCell: markdownInline(code.message), retryableCell: code.retryable ? "yes" : "no" }),
  context: (model: Model) => {
    const slugs = headingSlugs([...fixedHeadings, ...model.categories.map((category) => category.title)]);
    return {
      documentTitle: fixedHeadings[0],
      anchors: Object.fromEntries(model.categories.map((category, index) => [category.id, slugs[index + fixedHeadings.length]])),
    };
  },
};
