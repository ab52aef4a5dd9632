import type { CodeModel } from "../spec/model.js";
import { excerpt, listExcerpt, quote } from "../shared/diagnostics.js";
import { renamed } from "./compare-names.js";
import { describeReserved } from "../shared/reserved-index.js";
import { formerNames } from "../languages/alias-sources.js";
import { listInWords } from "../shared/sentences.js";
import { backdated, codePath, type Findings, type Indexed, type Sides } from "./sides.js";

/** Codes matched by number: each old one kept, moved, retired or dropped; each new one added or reusing. */
export function compareCodes(sides: Sides, findings: Findings) {
  const { old, new: current } = sides;
  for (const before of old.model.codes) {
    const after = current.byNumber.get(before.code);
    if (after === undefined) {
      codeGone(sides, findings, before);
      continue;
    }
    if (after.name !== before.name) renamed(sides, findings, before, after);
    compareCode(sides, findings, before, after);
  }
  for (const after of current.model.codes) {
    if (!old.byNumber.has(after.code)) codeNew(sides, findings, after);
  }
}

/** A number the old spec did not have. */
function codeNew(sides: Sides, findings: Findings, after: CodeModel) {
  const { old, new: current } = sides;
  const moved = old.byName.get(after.name);
  if (moved !== undefined) {
    // A name that left a number now gone is reported by codeGone; one whose old number now has another
    // name is reported here (and that number's rename by renamed()). Either way it is no addition.
    if (current.byNumber.has(moved.code)) numberChanged(findings, current, moved, after);
    return;
  }
  const reservation = old.reserved.holding(after.code);
  if (reservation !== undefined) {
    findings.add("breaking", "RESERVED_NUMBER_REUSED", current, codePath(current, after, "code"), after.code,
      `${after.code} ${after.name} uses a number the old spec reserved (${describeReserved(reservation)}: ${excerpt(reservation.reason)}); old apps read ${after.code} as that retired code. Choose another number`);
    return;
  }
  const reservedName = old.reserved.holdingName(after.name);
  if (reservedName !== undefined) {
    findings.add("breaking", "RESERVED_NAME_REUSED", current, codePath(current, after, "name"), after.code,
      `${after.code} ${after.name} uses a name the old spec reserved (${excerpt(reservedName.reason)}); choose another name`);
    return;
  }
  const since = after.since === undefined && current.model.version !== undefined ? `; give it \`since: ${current.model.version}\` so the changelog lists it` : "";
  findings.add("safe", "CODE_ADDED", current, codePath(current, after), after.code, `added ${after.code} ${after.name}${since}`);
  backdated(sides, findings, after.since, codePath(current, after, "since"), after.code, `${after.code} ${after.name} is new`);
}

function numberChanged(findings: Findings, current: Indexed, before: CodeModel, after: CodeModel) {
  findings.add("breaking", "CODE_NUMBER_CHANGED", current, codePath(current, after, "code"), after.code,
    `${before.name} changed number from ${before.code} to ${after.code}; apps built with the old table compare against ${before.code}. Keep the number, or add a new code and deprecate the old one`);
}

/**
 * An old code whose number the new spec no longer has: moved to another number, retired (number
 * reserved), or dropped. A retired code's names must be reserved too, or a later release can give them to
 * another code and code written against this one would compile and get it.
 */
function codeGone(sides: Sides, findings: Findings, before: CodeModel) {
  const { old, new: current } = sides;
  const moved = current.byName.get(before.name);
  if (moved !== undefined) {
    numberChanged(findings, current, before, moved);
    return;
  }
  const at = codePath(old, before);
  if (current.reserved.holding(before.code) === undefined) {
    findings.add("breaking", "CODE_REMOVED", old, at, before.code,
      `${before.code} ${before.name} was removed without being reserved, so a later code could reuse the number with another meaning; add it to \`reserved\` (with its name and a reason), or keep the code and deprecate it`);
    return;
  }
  if (before.deprecated === undefined) {
    findings.add("dangerous", "CODE_RETIRED_WITHOUT_DEPRECATION", old, at, before.code,
      `${before.code} ${before.name} was removed and reserved without being deprecated first; code that names it stops compiling with no warning beforehand. Deprecate it for a release before removing it`);
  } else {
    findings.add("safe", "CODE_RETIRED", old, at, before.code, `${before.code} ${before.name}, deprecated since ${before.deprecated.since}, was removed and its number reserved`);
  }
  const names = [...new Set([before.name, ...Object.values(before.aliases).flat()])];
  const free = names.filter((name) => current.reserved.holdingName(name) === undefined);
  if (free.length > 0) {
    findings.add("dangerous", "RETIRED_NAME_NOT_RESERVED", old, at, before.code,
      `the names of retired ${before.code} are not all reserved (${listExcerpt(free)}); a later release could give them to another code, and code written against this one would compile and get it. Reserve each (reserved: - { name: ${free[0] ?? ""}, reason: … })`);
  }
}

/**
 * A message reduced to what carries meaning: lower case, white space collapsed, and sentence punctuation
 * (`. , ; : ! ?` and quotes) dropped where no digit stands beside it (`1,000` is not `1.000`, `.5` is not
 * `5`). Every other symbol (`-`, `%`, `<`, `>`, …) is kept. Two messages equal by this differ in wording only.
 */
export function normalizedMessage(message: string): string {
  return message
    .toLowerCase()
    .replace(/(?<!\d)[.,;:!?'"`\u2018\u2019\u201c\u201d]+(?!\d)/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Everything else about a code that kept its number. */
function compareCode(sides: Sides, findings: Findings, before: CodeModel, after: CodeModel) {
  const { new: current } = sides;
  const at = (field: string) => codePath(current, after, field);
  const label = `${after.code} ${after.name}`;
  if (after.category !== before.category) {
    findings.add("breaking", "CATEGORY_CHANGED", current, at("category"), after.code,
      `${label} moved from category ${before.category} to ${after.category}; code that groups or switches by category sees it elsewhere`);
  }
  if (after.kind !== before.kind) {
    findings.add("breaking", "KIND_CHANGED", current, at("kind"), after.code,
      `${label} changed kind from ${before.kind} to ${after.kind}; apps that treat it as ${before.kind} now misread it`);
  }
  if (after.retryable !== before.retryable) {
    findings.add("dangerous", "RETRYABLE_CHANGED", current, at("retryable"), after.code,
      `${label} is ${after.retryable ? "now" : "no longer"} retryable; clients will ${after.retryable ? "start" : "stop"} sending the request again`);
  }
  if (after.message !== before.message) {
    if (normalizedMessage(after.message) === normalizedMessage(before.message)) {
      findings.add("safe", "MESSAGE_CLARIFIED", current, at("message"), after.code, `${label}: the message changed in case, spacing or punctuation only`);
    } else {
      findings.add("dangerous", "MESSAGE_CHANGED", current, at("message"), after.code,
        `${label}: the message changed from ${quote(before.message, 200)} to ${quote(after.message, 200)}; make sure the meaning is the same (a new meaning needs a new code)`);
    }
  }
  if (before.since !== after.since) {
    findings.add("dangerous", "SINCE_CHANGED", current, after.since === undefined ? codePath(current, after) : at("since"), after.code,
      `${label}: since changed from ${before.since ?? "(none)"} to ${after.since ?? "(none)"}; since records the release a code first shipped in`);
  }
  compareDeprecation(sides, findings, before, after, label);
  compareAliases(sides, findings, before, after, label);
  const conflicts = (code: CodeModel) => JSON.stringify(code.conflicts);
  if (conflicts(before) !== conflicts(after)) {
    findings.add("safe", "CONFLICTS_CHANGED", current, after.conflicts.length === 0 ? codePath(current, after) : at("conflicts"), after.code, `${label}: the recorded platform conflicts changed`);
  }
}

function compareDeprecation(sides: Sides, findings: Findings, before: CodeModel, after: CodeModel, label: string) {
  const { new: current } = sides;
  const at = after.deprecated === undefined ? codePath(current, after) : codePath(current, after, "deprecated");
  if (before.deprecated === undefined && after.deprecated !== undefined) {
    const replacement = after.deprecated.replacedBy === undefined ? "" : ` in favour of ${after.deprecated.replacedBy}`;
    findings.add("safe", "DEPRECATION_ADDED", current, at, after.code, `${label} is deprecated${replacement}: ${excerpt(after.deprecated.reason)}`);
    backdated(sides, findings, after.deprecated.since, [...at, "since"], after.code, `the deprecation of ${label} is new`);
  } else if (before.deprecated !== undefined && after.deprecated === undefined) {
    findings.add("safe", "DEPRECATION_REMOVED", current, at, after.code, `${label} is no longer deprecated`);
  } else if (JSON.stringify(before.deprecated) !== JSON.stringify(after.deprecated)) {
    findings.add("safe", "DEPRECATION_CHANGED", current, at, after.code, `${label}: the deprecation's since, reason or replacement changed`);
  }
}

/**
 * A legacy name that disappears breaks the code that still uses it, in every language that declared it:
 * that is what it was kept for. A former name that became the code's canonical name again is not gone.
 */
function compareAliases(sides: Sides, findings: Findings, before: CodeModel, after: CodeModel, label: string) {
  const { new: current } = sides;
  const added: string[] = [];
  for (const aliasSource of sides.registry.aliasSources) {
    const id = aliasSource.id;
    const [was, now] = [before.aliases[id] ?? [], after.aliases[id] ?? []];
    // Sets, not includes(): a code may carry thousands of legacy names.
    const [wasSet, nowSet] = [new Set(was), new Set(now)];
    const removed = was.filter((alias) => !nowSet.has(alias) && !(id === formerNames.id && alias === after.name));
    added.push(...now.filter((alias) => !wasSet.has(alias)).map((alias) => `${id} ${alias}`));
    const at = now.length === 0 ? codePath(current, after) : [...codePath(current, after, "aliases"), id];
    if (removed.length > 0) {
      const languages = sides.registry.aliasLanguages.filter((language) => language.aliases?.sources[id] !== undefined).map((language) => language.displayName);
      const where = languages.length === 0 ? "" : ` (in ${listInWords(languages)})`;
      findings.add("breaking", "ALIAS_REMOVED", current, at, after.code,
        `${label}: the name${removed.length === 1 ? "" : "s"} ${listExcerpt(removed)} from ${aliasSource.displayName} ${removed.length === 1 ? "was" : "were"} removed; code that still uses ${removed.length === 1 ? "it" : "them"}${where} stops compiling`);
    }
  }
  if (added.length > 0) {
    findings.add("safe", "ALIAS_ADDED", current, codePath(current, after, "aliases"), after.code, `${label}: alias${added.length === 1 ? "" : "es"} added: ${listExcerpt(added)}`);
  }
}
