import type { CodeModel } from "../spec/model.js";
import { spelling, type Language } from "../languages/language.js";
import { listInWords } from "../shared/sentences.js";
import { formerNames } from "../languages/alias-sources.js";
import { listExcerpt } from "../shared/diagnostics.js";
import { declarationsOf } from "../languages/target.js";
import type { Registry } from "../registry.js";
import type { Model } from "../spec/model.js";

/** Every name the targets of `language` declare with the model's settings, merged. */
function declaredBy(registry: Registry, language: Language, model: Model) {
  const settings = model.settings.languages[language.id] ?? {};
  const merged = { types: {}, values: {}, members: {} };
  for (const target of registry.targets.filter((candidate) => candidate.language === language)) {
    const declared = declarationsOf(target, settings);
    Object.assign(merged.types, declared.types);
    Object.assign(merged.values, declared.values);
    Object.assign(merged.members, declared.members);
  }
  return merged;
}
import { codePath, type Findings, type Sides } from "./sides.js";

/**
 * Same number, new name: always breaking. What lists every name (a Swift `switch`, a Kotlin `when`,
 * TypeScript's `StatusCodeName`: each language says) loses the old name even when it stays as an alias; without the alias,
 * every use of it stops compiling; when another code now holds the old spelling, uses of it compile and
 * silently get that code. The message says which, per language.
 */
export function renamed(sides: Sides, findings: Findings, before: CodeModel, after: CodeModel) {
  const { old, new: current } = sides;
  const taken: string[] = [];
  const missing: string[] = [];
  for (const language of sides.registry.aliasLanguages) {
    const target = language.id;
    const oldName = spelling(language, before.name, old.model.settings.languages[target]);
    const newName = spelling(language, after.name, current.model.settings.languages[target]);
    if (oldName === newName) continue;
    const owner = current.owners.get(target)?.get(oldName);
    const where = `${language.displayName} ${oldName}`;
    if (owner === undefined) missing.push(where);
    else if (owner.code !== after.code) taken.push(`${where} now names ${owner.code} ${owner.name}`);
  }
  // Added to the code's own former names, not in place of them: replacing a list removes aliases.
  const suggestion = `${formerNames.id}: [${[...(after.aliases[formerNames.id] ?? []), before.name].join(", ")}]`;
  const exhaustive = sides.registry.aliasLanguages.map((language) => language.aliases?.renameBreaks(declaredBy(sides.registry, language, current.model)) ?? language.displayName);
  const parts = [`${after.code} was renamed from ${before.name} to ${after.name}: ${listInWords(exhaustive)} lose the old name`];
  if (taken.length > 0) parts.push(`${taken.join(", ")}, so code naming it compiles and gets that code`);
  if (missing.length > 0) parts.push(`code that names ${missing.join(", ")} stops compiling; keeping the old name as an alias (aliases: { ${suggestion} }) keeps it compiling`);
  if (taken.length === 0 && missing.length === 0) parts.push("other uses keep compiling through the old names, kept as aliases");
  findings.add("breaking", "CODE_RENAMED", current, codePath(current, after, "name"), after.code, `${parts.join("; ")}. Release the rename in a new major version`);
}

/**
 * A name that meant one code in the old table and now means another: an alias or a cased name that spells
 * what another number was called. Code written against the old table compiles and gets the wrong code.
 * (A canonical name that moved with its code is CODE_NUMBER_CHANGED or CODE_RENAMED instead.)
 */
export function compareNames(sides: Sides, findings: Findings) {
  const { old, new: current } = sides;
  const reused = new Map<string, { after: CodeModel; before: CodeModel; names: string[] }>();
  for (const language of sides.registry.aliasLanguages) {
    for (const [name, after] of current.owners.get(language.id) ?? []) {
      const previous = old.owners.get(language.id)?.get(name);
      if (previous === undefined || previous.code === after.code || previous.name === after.name) continue;
      const key = `${after.code}:${previous.code}`;
      const entry = reused.get(key) ?? { after, before: previous, names: [] };
      entry.names.push(`${language.displayName} ${name}`);
      reused.set(key, entry);
    }
  }
  for (const { after, before, names } of reused.values()) {
    findings.add("breaking", "NAME_REUSED", current, codePath(current, after), after.code,
      `${listExcerpt(names)} named ${before.code} ${before.name} in the old table and now names ${after.code} ${after.name}; code written against the old table compiles and gets the wrong code. Choose other names`);
  }
}
