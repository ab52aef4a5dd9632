import type { Registry } from "../../registry.js";
import type { Language } from "../../languages/language.js";
import { compareVersions, parseVersion } from "../../shared/semver.js";
import { describeSpan, sentence } from "../../shared/sentences.js";
import { excerpt, quote } from "../../shared/diagnostics.js";
import { ReservedIndex } from "../../shared/reserved-index.js";
import { resolveSettings } from "../settings.js";
import { asEntry, entries, isNameSized, type Entry, type Reporter, type RuleInput, type RuleSet } from "./context.js";
import { codeIdentifiers } from "./code-identifiers.js";
import { declaringTargets } from "./declared-names.js";
import { namesBySource } from "../../languages/legacy-names.js";

/**
 * Rules for how the table evolves: the spec's version and every `since` below it, deprecations and what
 * replaces them, reserved numbers and names that no code may take, and legacy names (aliases) that must be
 * legal and unique in their language.
 */
export const evolutionRules: RuleSet = {
  name: "evolution",
  check(input, report) {
    const { data, registry } = input;
    if (data === undefined) return;
    const codes = entries(data["codes"]);
    const reserved = entries(data["reserved"]);
    checkVersions(report, data, codes, reserved);
    checkDeprecations(report, codes);
    checkReserved(report, reserved, codes);
    checkAliases(report, data, codes, registry, input);
  },
};

/** Every `since` names a version the spec has reached; a deprecation comes no earlier than its code. */
function checkVersions(report: Reporter, data: Entry, codes: [number, Entry][], reserved: [number, Entry][]) {
  const version = parseVersion(data["version"]);
  // Every `since` the spec gives, with its place.
  const sinces: { path: (string | number)[]; value: unknown }[] = [];
  const given = (path: (string | number)[], value: unknown) => {
    if (value !== undefined) sinces.push({ path, value });
  };
  for (const [index, code] of codes) {
    given(["codes", index, "since"], code["since"]);
    given(["codes", index, "deprecated", "since"], asEntry(code["deprecated"])?.["since"]);
    const [since, deprecatedSince] = [parseVersion(code["since"]), parseVersion(asEntry(code["deprecated"])?.["since"])];
    if (since !== undefined && deprecatedSince !== undefined && compareVersions(deprecatedSince, since) < 0) {
      report.error(["codes", index, "deprecated", "since"], `a code cannot be deprecated (${String(asEntry(code["deprecated"])?.["since"])}) before it was introduced (${String(code["since"])})`);
    }
  }
  for (const [index, entry] of reserved) given(["reserved", index, "since"], entry["since"]);

  if (data["version"] === undefined) {
    const first = sinces[0];
    if (first !== undefined) {
      report.error(first.path, "`since` needs the spec's own version: add `version: MAJOR.MINOR.PATCH` at the top of the spec");
    } else {
      report.warning([], "the spec has no `version`; add `version: 1.0.0` at the top so `since`, deprecations and `status-codegen diff` have one to refer to");
    }
    return;
  }
  if (version === undefined) return; // the schema reports the malformed version
  for (const since of sinces) {
    const value = parseVersion(since.value);
    if (value !== undefined && compareVersions(value, version) > 0) {
      report.error(since.path, `${String(since.value)} is later than the spec's version ${String(data["version"])}; raise \`version\` or correct this`);
    }
  }
}

/** `replacedBy` names another code of the spec, one that is not deprecated itself. */
function checkDeprecations(report: Reporter, codes: [number, Entry][]) {
  const byName = new Map<string, [number, Entry]>();
  for (const [index, code] of codes) if (typeof code["name"] === "string") byName.set(code["name"], [index, code]);
  for (const [index, code] of codes) {
    const replacedBy = asEntry(code["deprecated"])?.["replacedBy"];
    if (typeof replacedBy !== "string") continue;
    const path = ["codes", index, "deprecated", "replacedBy"];
    const target = byName.get(replacedBy);
    if (replacedBy === code["name"]) {
      report.error(path, "a code cannot be replaced by itself; name the code to use instead, or leave replacedBy out");
    } else if (target === undefined) {
      report.error(path, `no code is named ${replacedBy}; replacedBy must be the name of a code in this spec`);
    } else if (target[1]["deprecated"] !== undefined) {
      const line = report.line(["codes", target[0], "deprecated"]);
      report.error(path, `${replacedBy} is deprecated too (line ${line}); point at the code that replaces it`);
    }
  }
}

/** One reserved entry, as a number interval and/or a name. */
interface Reservation {
  readonly index: number;
  readonly first: number | undefined;
  readonly last: number | undefined;
  readonly name: string | undefined;
  readonly reason: string;
}

/** Reserved entries say what they reserve, do not overlap, and no code uses what they reserve. */
function checkReserved(report: Reporter, reserved: [number, Entry][], codes: [number, Entry][]) {
  const reservations: Reservation[] = [];
  for (const [index, entry] of reserved) {
    const [code, range, name] = [entry["code"], asEntry(entry["range"]), entry["name"]];
    if (code === undefined && range === undefined && name === undefined) {
      report.error(["reserved", index], "say what is reserved: a `code`, a `range` or a `name` (or a number and a name)");
      continue;
    }
    if (code !== undefined && range !== undefined) {
      report.error(["reserved", index, "range"], "give either `code` or `range`, not both; use one entry each");
      continue;
    }
    const [from, to] = typeof code === "number" ? [code, code] : [range?.["first"], range?.["last"]];
    const numbers = typeof from === "number" && typeof to === "number" ? { first: from, last: to } : { first: undefined, last: undefined };
    if (numbers.first !== undefined && numbers.first > numbers.last) {
      report.error(["reserved", index, "range"], `first (${numbers.first}) is greater than last (${numbers.last})`);
      continue;
    }
    const reason = typeof entry["reason"] === "string" ? entry["reason"] : "";
    reservations.push({ index, ...numbers, name: typeof name === "string" ? name : undefined, reason });
  }

  const numbered = reservations.filter((entry) => entry.first !== undefined).sort((a, b) => (a.first as number) - (b.first as number));
  const index = new ReservedIndex(reservations);
  numbered.forEach((entry, position) => {
    const previous = numbered[position - 1];
    if (previous !== undefined && (previous.last as number) >= (entry.first as number)) {
      const line = report.line(["reserved", previous.index]);
      report.error(["reserved", entry.index], `reserves ${describeSpan(entry.first as number, entry.last as number)}, which overlaps ${describeSpan(previous.first as number, previous.last as number)} of reserved[${previous.index}] (line ${line}); merge them`);
    }
  });
  const names = new Map<string, Reservation>();
  for (const entry of reservations) {
    if (entry.name === undefined) continue;
    const earlier = names.get(entry.name);
    if (earlier === undefined) names.set(entry.name, entry);
    else report.error(["reserved", entry.index, "name"], `${entry.name} is reserved already by reserved[${earlier.index}] (line ${report.line(["reserved", earlier.index])})`);
  }

  for (const [position, code] of codes) {
    const number = code["code"];
    const byNumber = typeof number === "number" ? index.holding(number) : undefined;
    if (byNumber !== undefined) {
      report.error(["codes", position, "code"], `${String(number)} is reserved (reserved[${byNumber.index}], line ${report.line(["reserved", byNumber.index])}): ${excerpt(sentence(byNumber.reason))} Choose another number.`);
    }
    const byName = typeof code["name"] === "string" ? names.get(code["name"]) : undefined;
    if (byName !== undefined) {
      report.error(["codes", position, "name"], `${String(code["name"])} is reserved (reserved[${byName.index}], line ${report.line(["reserved", byName.index])}): ${excerpt(sentence(byName.reason))} Choose another name.`);
    }
  }
}

/** Where an alias is in the spec. */
function aliasPath(index: number, from: string, position: number): (string | number)[] {
  return ["codes", index, "aliases", from, position];
}

/** How an alias reads in `language`, for a message, when it is not the spec's own spelling. */
function spelling(language: Language, alias: string, identifier: string): string {
  return identifier === alias ? "" : ` (${language.displayName} ${identifier})`;
}

/** An alias that names an identifier first: where it is, kept as numbers and names (the message is made only for a clash). */
class AliasOwner {
  constructor(
    readonly index: number,
    readonly from: string,
    readonly position: number,
    readonly codeName: unknown,
  ) {}
}

/**
 * Each alias is a legal name in every language that declares it (each source's names are declared by the
 * languages whose apps use that source) and names one thing there: no type the file declares, no
 * canonical name, no reserved name (a retired name must not come back under another number), no other
 * alias. A code's own cased name may not spell a reserved name either. A source whose names are narrow
 * (the Android SDK's shorts) cannot name a larger number. A platform listed as using the number for
 * something else cannot also supply an alias name.
 */
function checkAliases(report: Reporter, data: Entry, codes: [number, Entry][], registry: Registry, input: RuleInput) {
  const reservedNames = entries(data["reserved"]).filter(([, entry]) => isNameSized(entry["name"]));
  const declaring = declaringTargets(registry, data["settings"]);
  // Each code's aliases, looked up once for every language below (`codes` is [index, entry] pairs, walked
  // by index: a rule runs over every code once per language, and a fresh run starts it in the interpreter).
  const codeEntries = codes.map(([, code]) => ({ aliases: asEntry(code["aliases"]) as Record<string, string[]> | undefined }));
  const allNames = namesBySource(codeEntries, registry.aliasSources.map((aliasSource) => aliasSource.id));
  for (const aliasSource of registry.aliasSources) {
    const largest = aliasSource.largestCode;
    if (largest === undefined) continue;
    for (const [index, code] of codes) {
      const list = asEntry(code["aliases"])?.[aliasSource.id];
      if (Array.isArray(list) && list.length > 0 && typeof code["code"] === "number" && code["code"] > largest.value) {
        report.error(["codes", index, "aliases", aliasSource.id], `${code["code"]} is larger than ${largest.value.toLocaleString("en")}, and ${largest.why}: no name of ${aliasSource.displayName} can stand for it`);
      }
    }
  }
  for (const language of registry.aliasLanguages) {
    const sources = Object.entries(language.aliases?.sources ?? {});
    if (sources.length === 0) continue;
    const settings = resolveSettings(language, asEntry(data["settings"])?.[language.id]);
    // A name this language cannot spell at all is the identifier rules' error; it names nothing here.
    const spelled = (name: string) => {
      if (!isNameSized(name)) return undefined;
      const identifier = language.naming?.code(name, settings);
      return identifier === undefined ? name : identifier.ok ? identifier.identifier : undefined;
    };
    // The codes' own names, spelled once for this and the identifier rules.
    const identifiers = language.naming === undefined ? undefined : codeIdentifiers(input, language);
    const spelledCode = (index: number, name: string) => {
      if (identifiers === undefined) return spelled(name);
      const identifier = identifiers[index];
      return identifier === undefined || !identifier.ok ? undefined : identifier.identifier;
    };
    // Only an alias of this language's sources can clash with a code's name: without one, the names need no owners.
    const anyAlias = codeEntries.some(({ aliases }) => sources.some(([from]) => Array.isArray(aliases?.[from])));
    // What each identifier in this language already names: declared types, reserved names, canonical
    // names, then aliases in the spec's order. Members of the code type are refused apart.
    // A code's own name is kept as its index (the path and words are made only for a message): the map
    // holds one entry per code and language, and most specs have no clash at all.
    const owners = new Map<string, { path: (string | number)[] | undefined; what: string } | number | AliasOwner>();
    const members = new Map<string, string>();
    for (const { target, declared } of declaring) {
      if (target.language !== language) continue;
      for (const name of Object.values(declared.types)) owners.set(name, { path: undefined, what: `a type the ${language.displayName} output declares` });
      if (language.aliases?.declaredIn === "scope") {
        // Declared beside the codes (Go's package-level constants): the file's values share their scope, its members do not.
        for (const name of Object.values(declared.values)) owners.set(name, { path: undefined, what: `a name the ${language.displayName} output declares` });
        continue;
      }
      for (const [key, name] of Object.entries(declared.members)) {
        if (target.codeTypeMembers?.includes(key) ?? true) members.set(name, declared.types["code"] ?? "");
      }
    }
    // A reserved name blocks itself (it may be a retired alias) and this language's spelling of it.
    const reserved = new Map<string, { path: (string | number)[]; name: string }>();
    for (const [index, entry] of reservedNames) {
      const name = entry["name"] as string;
      for (const identifier of new Set([name, spelled(name)])) {
        if (identifier !== undefined) reserved.set(identifier, { path: ["reserved", index, "name"], name });
      }
    }
    for (let at = 0; at < codes.length; at++) {
      // Read by index, not destructured: destructuring an array goes through its iterator.
      const pair = codes[at] as [number, Entry];
      const index = pair[0];
      const code = pair[1];
      if (typeof code["name"] !== "string") continue;
      const identifier = spelledCode(index, code["name"]);
      if (identifier === undefined) continue;
      const memberOf = members.get(identifier);
      if (memberOf !== undefined) {
        report.error(["codes", index, "name"], `${code["name"]} is "${identifier}" in ${language.displayName}, a member the ${language.displayName} output declares on ${memberOf}; choose another name`);
      }
      const retired = reserved.get(identifier);
      // The same name exactly is checkReserved's finding; here, a different name that this language spells alike.
      if (retired !== undefined && retired.name !== code["name"]) {
        report.error(["codes", index, "name"], `${code["name"]} is "${identifier}" in ${language.displayName}, the spelling of the reserved name ${retired.name} (line ${report.line(retired.path)}); choose another name`);
      }
      if (anyAlias && !owners.has(identifier)) owners.set(identifier, index);
    }
    for (const [identifier, retired] of reserved) {
      if (!owners.has(identifier)) owners.set(identifier, { path: retired.path, what: `the ${language.displayName} spelling of the reserved name ${retired.name}, retired for good` });
    }
    if (!anyAlias) continue;
    // Each source's spelling with what it is given, the same for every alias of that source.
    const spellings = sources.map(([from, spell]) => ({ from, spell, context: { settings, names: allNames.get(from) ?? [] } }));
    for (let at = 0; at < codes.length; at++) {
      const codeAliases = codeEntries[at]?.aliases;
      if (codeAliases === undefined) continue;
      const pair = codes[at] as [number, Entry];
      const index = pair[0];
      const code = pair[1];
      for (let which = 0; which < spellings.length; which++) {
        const { from, spell, context } = spellings[which] as (typeof spellings)[number];
        const aliases = codeAliases[from];
        if (!Array.isArray(aliases)) continue;
        for (let position = 0; position < aliases.length; position++) {
          const alias: unknown = aliases[position];
          if (!isNameSized(alias)) continue;
          const result = spell(alias, context);
          if (!result.ok) {
            report.error(aliasPath(index, from, position), `${quote(alias)} cannot be a ${language.displayName} alias: ${result.reason}`);
            continue;
          }
          const { identifier } = result;
          const owningType = members.get(identifier);
          if (owningType !== undefined) {
            report.error(aliasPath(index, from, position), `${quote(alias)}${spelling(language, alias, identifier)} cannot be a ${language.displayName} alias: the ${language.displayName} ${owningType} already has a member "${identifier}"`);
            continue;
          }
          const found = owners.get(identifier);
          if (found !== undefined) {
            const owner =
              typeof found === "number"
                ? { path: ["codes", found, "name"], what: `the ${language.displayName} name of ${String(asEntry((data["codes"] as unknown[])[found])?.["name"])}` }
                : found instanceof AliasOwner
                  ? { path: aliasPath(found.index, found.from, found.position), what: `a ${language.displayName} alias of ${String(found.codeName)}` }
                  : found;
            const where = owner.path === undefined ? "" : ` (line ${report.line(owner.path)})`;
            report.error(aliasPath(index, from, position), `${quote(alias)}${spelling(language, alias, identifier)} is already ${owner.what}${where}; an alias must name one code only`);
            continue;
          }
          owners.set(identifier, new AliasOwner(index, from, position, code["name"]));
        }
      }
    }
  }
  for (const [index, code] of codes) {
    // Most codes list no conflict: their aliases need no gathering.
    if (!Array.isArray(code["conflicts"]) || code["conflicts"].length === 0) continue;
    const aliases = new Set(registry.aliasSources.flatMap((aliasSource) => {
      const list = asEntry(code["aliases"])?.[aliasSource.id];
      return Array.isArray(list) ? list : [];
    }));
    entries(code["conflicts"]).forEach(([position, conflict]) => {
      if (typeof conflict["name"] === "string" && aliases.has(conflict["name"])) {
        report.error(["codes", index, "conflicts", position, "name"], `${conflict["name"]} is listed as an alias of this code too; a platform that gives the number another meaning cannot supply an alias for it`);
      }
    });
  }
}

