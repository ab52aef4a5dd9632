import { closest, listExcerpt, quote, type SpecPath } from "../../shared/diagnostics.js";
import type { Identifier, Language } from "../../languages/language.js";
import { resolveSettings } from "../settings.js";
import { asEntry, entries, isNameSized, type Entry, type Reporter, type RuleSet } from "./context.js";
import { codeIdentifiers } from "./code-identifiers.js";

/**
 * Rules JSON Schema cannot express: uniqueness, references between categories and codes, ranges, text
 * every target can carry, and names that collide or are illegal once a language has cased them (every
 * registered language: the spec is shared, so a name must work in all of them).
 */
export const semanticRules: RuleSet = {
  name: "semantic",
  check(input, report) {
    const { data, registry } = input;
    if (data === undefined) return;
    const categories = entries(data["categories"]);
    const codes = entries(data["codes"]);

    checkUnique(report, categories, "categories", "id", "category id");
    // Each title is a heading of the reference; two alike would be one anchor and one confusing contents entry.
    checkUnique(report, categories, "categories", "title", "category title");
    checkUnique(report, codes, "codes", "code", "code");
    checkUnique(report, codes, "codes", "name", "name");
    checkCategoryReferences(report, categories, codes, Array.isArray(data["codes"]));
    checkRanges(report, categories, codes);
    checkTexts(report, categories, (index) => ["categories", index], ["title", "description"]);
    checkTexts(report, codes, (index) => ["codes", index], ["message"]);
    checkTexts(report, entries(data["reserved"]), (index) => ["reserved", index], ["reason"]);
    for (const [index, code] of codes) {
      const deprecated = asEntry(code["deprecated"]);
      if (deprecated !== undefined) checkTexts(report, [[index, deprecated]], () => ["codes", index, "deprecated"], ["reason"]);
      if (Array.isArray(code["conflicts"]) && code["conflicts"].length > 0) {
        checkTexts(report, entries(code["conflicts"]), (position) => ["codes", index, "conflicts", position], ["platform", "meaning"]);
      }
    }
    const settings = asEntry(data["settings"]);
    for (const language of registry.languages) {
      const naming = language.naming;
      if (naming === undefined) continue;
      const values = resolveSettings(language, settings?.[language.id]);
      const identifiers = codeIdentifiers(input, language);
      checkIdentifiers(report, language, codes, "codes", "name", (name, index) => identifiers[index] ?? naming.code(name, values));
      const category = naming.category;
      if (category !== undefined) checkIdentifiers(report, language, categories, "categories", "id", (id) => category(id, values));
    }
  },
};

function checkUnique(report: Reporter, list: [number, Entry][], listName: string, field: string, what: string) {
  const first = new Map<unknown, number>();
  for (const [index, entry] of list) {
    const value = entry[field];
    if (typeof value !== "string" && typeof value !== "number") continue;
    const earlier = first.get(value);
    if (earlier === undefined) {
      first.set(value, index);
    } else {
      const line = report.line([listName, earlier, field]);
      report.error([listName, index, field], `duplicate ${what} ${quote(value)}: ${listName}[${earlier}] on line ${line} has it already`);
    }
  }
}

function checkCategoryReferences(
  report: Reporter,
  categories: [number, Entry][],
  codes: [number, Entry][],
  codesListed: boolean,
) {
  const ids = [...new Set(categories.map(([, category]) => category["id"]).filter((id) => typeof id === "string"))];
  const known = new Set<unknown>(ids);
  const used = new Set<unknown>();
  for (const [index, code] of codes) {
    const category = code["category"];
    used.add(category);
    if (typeof category !== "string" || known.has(category)) continue;
    const suggestion = report.room() ? closest(category, ids) : undefined;
    const hint = suggestion === undefined ? `categories are: ${listExcerpt(ids)}` : `did you mean ${quote(suggestion)}?`;
    report.error(["codes", index, "category"], `unknown category ${quote(category)}; ${hint}`);
  }
  // Without a list of codes every category looks empty; the schema error about the list says enough.
  for (const [index, category] of codesListed ? categories : []) {
    if (typeof category["id"] === "string" && !used.has(category["id"])) {
      report.warning(["categories", index, "id"], `category ${quote(category["id"])} has no codes; its section will be empty`);
    }
  }
}

/** A category may declare the numbers its codes use; a code outside them is misfiled or mistyped. */
function checkRanges(report: Reporter, categories: [number, Entry][], codes: [number, Entry][]) {
  const ranges = new Map<string, { index: number; first: number; last: number }>();
  for (const [index, category] of categories) {
    const range = asEntry(category["range"]);
    const [id, first, last] = [category["id"], range?.["first"], range?.["last"]];
    if (typeof id !== "string" || typeof first !== "number" || typeof last !== "number") continue;
    if (first > last) {
      report.error(["categories", index, "range"], `first (${first}) is greater than last (${last})`);
      continue;
    }
    ranges.set(id, { index, first, last });
  }
  for (const [index, code] of codes) {
    const range = typeof code["category"] === "string" ? ranges.get(code["category"]) : undefined;
    const number = code["code"];
    if (range === undefined || typeof number !== "number" || (number >= range.first && number <= range.last)) continue;
    const line = report.line(["categories", range.index, "range"]);
    report.error(
      ["codes", index, "code"],
      `${number} is outside ${range.first}–${range.last}, the range of category ${quote(code["category"])} (line ${line}); check the number or the category`,
    );
  }
}

/** Text every target can carry: Swift strings cannot hold lone surrogates, Markdown cannot hold NUL. */
function checkTexts(report: Reporter, list: [number, Entry][], pathOf: (index: number) => SpecPath, fields: string[]) {
  for (const [index, entry] of list) {
    for (const field of fields) {
      const text = entry[field];
      if (typeof text !== "string") continue;
      if (!text.isWellFormed()) report.error([...pathOf(index), field], "contains a lone UTF-16 surrogate, which is not text");
      else if (text.includes("\0")) report.error([...pathOf(index), field], "contains a NUL character (\\0)");
    }
  }
}

/** Names that a language cannot use, and names that become the same identifier once cased. */
function checkIdentifiers(
  report: Reporter,
  language: Language,
  list: [number, Entry][],
  listName: string,
  field: string,
  toIdentifier: (name: string, index: number) => Identifier,
) {
  // Each identifier's first owner, as its place in `list` (one entry per code and language: no object each).
  const owners = new Map<string, number>();
  for (let at = 0; at < list.length; at++) {
    const pair = list[at] as [number, Entry];
    const index = pair[0];
    const name = pair[1][field];
    if (!isNameSized(name)) continue;
    const result = toIdentifier(name, index);
    if (!result.ok) {
      report.error([listName, index, field], `${quote(name)} cannot be used: ${result.reason}; choose another name`);
      continue;
    }
    const owner = owners.get(result.identifier);
    if (owner === undefined) {
      owners.set(result.identifier, at);
      continue;
    }
    const [ownerIndex, ownerEntry] = list[owner] as [number, Entry];
    const ownerName = ownerEntry[field] as string;
    if (ownerName !== name) {
      const line = report.line([listName, ownerIndex, field]);
      report.error(
        [listName, index, field],
        `${quote(name)} and ${quote(ownerName)} (${listName}[${ownerIndex}], line ${line}) are both ` +
          `"${result.identifier}" in ${language.displayName}; rename one of them`,
      );
    }
  }
}
