import { closest, formatPath, type Diagnostic, type SpecPath } from "./diagnostics.js";
import type { LoadedSpec } from "./load-spec.js";
import type { Identifier, Language } from "./languages/language.js";
import { defaultTypeNames, type TypeNames } from "./model.js";
import { targets } from "./targets.js";

type Entry = Record<string, unknown>;

/**
 * Rules JSON Schema cannot express: uniqueness, references between categories and codes, names that
 * collide or are illegal once a language has cased them, and settings that would write outside the output
 * directory. Written to run on data that failed the schema too, so one run reports everything it can.
 */
export function checkSemantics(spec: LoadedSpec): Diagnostic[] {
  const data = asEntry(spec.data);
  if (data === undefined) return [];
  const report = reporter(spec);
  const categories = entries(data["categories"]);
  const codes = entries(data["codes"]);

  checkUnique(report, categories, "categories", "id", "category id");
  checkUnique(report, codes, "codes", "code", "code");
  checkUnique(report, codes, "codes", "name", "name");
  checkCategoryReferences(report, categories, codes, Array.isArray(data["codes"]));
  checkRanges(report, categories, codes);
  checkTexts(report, categories, ["title", "description"], "categories");
  checkTexts(report, codes, ["message"], "codes");
  for (const language of new Set(targets.map((target) => target.language))) {
    checkIdentifiers(report, language, codes, "codes", "name", language.codeIdentifier);
    checkIdentifiers(report, language, categories, "categories", "id", language.categoryIdentifier);
  }
  checkSettings(report, asEntry(data["settings"]));
  return report.diagnostics;
}

interface Reporter {
  readonly diagnostics: Diagnostic[];
  error(path: SpecPath, message: string): void;
  /** An error about a mapping key itself, such as an unknown name. */
  keyError(path: SpecPath, message: string): void;
  warning(path: SpecPath, message: string): void;
  line(path: SpecPath): number;
}

function reporter(spec: LoadedSpec): Reporter {
  const diagnostics: Diagnostic[] = [];
  const add = (severity: Diagnostic["severity"], path: SpecPath, message: string, key = false) =>
    diagnostics.push({ severity, ...spec.locate(path, key), path: formatPath(path), message });
  return {
    diagnostics,
    error: (path, message) => add("error", path, message),
    keyError: (path, message) => add("error", path, message, true),
    warning: (path, message) => add("warning", path, message),
    line: (path) => spec.locate(path).line,
  };
}

function asEntry(value: unknown): Entry | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Entry) : undefined;
}

/** The list's mappings with their indexes; anything else in the list is the schema's business. */
function entries(value: unknown): [number, Entry][] {
  if (!Array.isArray(value)) return [];
  const found: [number, Entry][] = [];
  value.forEach((item, index) => {
    const entry = asEntry(item);
    if (entry !== undefined) found.push([index, entry]);
  });
  return found;
}

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
      report.error([listName, index, field], `duplicate ${what} ${JSON.stringify(value)}: ${listName}[${earlier}] on line ${line} has it already`);
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
  const used = new Set<unknown>();
  for (const [index, code] of codes) {
    const category = code["category"];
    used.add(category);
    if (typeof category !== "string" || ids.includes(category)) continue;
    const suggestion = closest(category, ids);
    const hint = suggestion === undefined ? `categories are: ${ids.join(", ")}` : `did you mean "${suggestion}"?`;
    report.error(["codes", index, "category"], `unknown category "${category}"; ${hint}`);
  }
  // Without a list of codes every category looks empty; the schema error about the list says enough.
  for (const [index, category] of codesListed ? categories : []) {
    if (typeof category["id"] === "string" && !used.has(category["id"])) {
      report.warning(["categories", index, "id"], `category "${category["id"]}" has no codes; its section will be empty`);
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
      `${number} is outside ${range.first}–${range.last}, the range of category "${String(code["category"])}" (line ${line}); check the number or the category`,
    );
  }
}

/** Text every target can carry: Swift strings cannot hold lone surrogates, Markdown cannot hold NUL. */
function checkTexts(report: Reporter, list: [number, Entry][], fields: string[], listName: string) {
  for (const [index, entry] of list) {
    for (const field of fields) {
      const text = entry[field];
      if (typeof text !== "string") continue;
      if (!text.isWellFormed()) report.error([listName, index, field], "contains a lone UTF-16 surrogate, which is not text");
      else if (text.includes("\0")) report.error([listName, index, field], "contains a NUL character (\\0)");
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
  toIdentifier: ((name: string) => Identifier) | undefined,
) {
  if (toIdentifier === undefined) return;
  const owners = new Map<string, { index: number; name: string }>();
  for (const [index, entry] of list) {
    const name = entry[field];
    if (typeof name !== "string") continue;
    const result = toIdentifier(name);
    if (!result.ok) {
      report.error([listName, index, field], `${JSON.stringify(name)} cannot be used: ${result.reason}; choose another name`);
      continue;
    }
    const owner = owners.get(result.identifier);
    if (owner === undefined) {
      owners.set(result.identifier, { index, name });
    } else if (owner.name !== name) {
      const line = report.line([listName, owner.index, field]);
      report.error(
        [listName, index, field],
        `${JSON.stringify(name)} and ${JSON.stringify(owner.name)} (${listName}[${owner.index}], line ${line}) are both ` +
          `"${result.identifier}" in ${language.displayName}; rename one of them`,
      );
    }
  }
}

/** Words Kotlin reserves everywhere, so no package segment may be one. */
const kotlinHardKeywords = new Set([
  "as", "break", "class", "continue", "do", "else", "false", "for", "fun", "if", "in", "interface", "is", "null",
  "object", "package", "return", "super", "this", "throw", "true", "try", "typealias", "typeof", "val", "var",
  "when", "while",
]);

function checkSettings(report: Reporter, settings: Entry | undefined) {
  checkKotlinPackage(report, asEntry(settings?.["kotlin"])?.["package"]);
  checkTypeNames(report, settings);
  checkOutputs(report, asEntry(settings?.["outputs"]) ?? {});
}

function checkKotlinPackage(report: Reporter, kotlinPackage: unknown) {
  if (typeof kotlinPackage !== "string") return;
  const path = ["settings", "kotlin", "package"];
  const segments = kotlinPackage.split(".");
  const keyword = segments.find((segment) => kotlinHardKeywords.has(segment));
  if (keyword !== undefined) report.error(path, `"${keyword}" is a Kotlin keyword and cannot be part of a package name`);
  if (segments[0] === "kotlin" || segments[0] === "java") {
    report.error(path, `packages under "${segments[0]}." are reserved for the Kotlin and Java platforms; choose your own, such as com.example.status`);
  }
}

/** Each language's type names must differ from each other and from the names its file relies on. */
function checkTypeNames(report: Reporter, settings: Entry | undefined) {
  const fields = Object.keys(defaultTypeNames) as (keyof TypeNames)[];
  for (const language of new Set(targets.map((target) => target.language))) {
    const key = language.settingsKey;
    if (key === undefined) continue;
    const configured = asEntry(settings?.[key]) ?? {};
    const names = { ...defaultTypeNames };
    for (const field of fields) {
      const value = configured[field];
      if (typeof value === "string") names[field] = value;
    }
    for (const field of fields) {
      if (language.reservedTypeNames?.has(names[field])) {
        report.error(["settings", key, field], `"${names[field]}" is a name the ${language.displayName} output relies on or shadows; choose another`);
      }
    }
    const declared = language.declaredTypeNames?.(names) ?? [];
    const repeated = declared.find((name, index) => declared.indexOf(name) !== index);
    if (repeated !== undefined) {
      report.error(["settings", key], `the ${language.displayName} output would declare "${repeated}" twice; give the type names distinct values`);
    }
  }
}

/** Output paths must not collide, also on case-insensitive file systems, nor use a file as a folder. */
function checkOutputs(report: Reporter, outputs: Entry) {
  const names = targets.map((target) => target.name);
  for (const name of Object.keys(outputs)) {
    if (!names.includes(name)) {
      const suggestion = closest(name, names);
      const hint = suggestion === undefined ? `targets are: ${names.join(", ")}` : `did you mean "${suggestion}"?`;
      report.keyError(["settings", "outputs", name], `unknown target "${name}"; ${hint}`);
    }
  }
  const finalPaths = targets.map((target) => {
    const configured = outputs[target.name];
    return { name: target.name, path: typeof configured === "string" ? configured : target.output };
  });
  finalPaths.forEach((first, index) => {
    for (const second of finalPaths.slice(index + 1)) {
      const [a, b] = [first.path.toLowerCase(), second.path.toLowerCase()];
      const where = ["settings", "outputs", outputs[second.name] === undefined ? first.name : second.name];
      if (first.path === second.path) {
        report.error(where, `targets "${first.name}" and "${second.name}" would both write ${first.path}`);
      } else if (a === b) {
        report.error(where, `${first.path} ("${first.name}") and ${second.path} ("${second.name}") differ only in case; they are one file on macOS and Windows`);
      } else if (b.startsWith(`${a}/`) || a.startsWith(`${b}/`)) {
        report.error(where, `"${first.name}" writes ${first.path} and "${second.name}" writes ${second.path}: one would need the other as a folder`);
      }
    }
  });
}
