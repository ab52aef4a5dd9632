import type { Identifier, Language, Naming } from "../../languages/language.js";
import type { SettingValues } from "../model.js";
import { resolveSettings } from "../settings.js";
import { asEntry, entries, isNameSized, type RuleInput } from "./context.js";

/**
 * Each code's identifier in `language` (with the spec's settings for it), by the code's index in
 * `codes`: undefined where the name is missing or not name-sized, or the language names no codes. The
 * identifier rules and the alias rules both need every one of them; they are worked out once per
 * validation.
 */
export function codeIdentifiers(input: RuleInput, language: Language): readonly (Identifier | undefined)[] {
  const made = cache.get(input) ?? new Map<Language, MadeIdentifiers>();
  cache.set(input, made);
  let found = made.get(language);
  if (found === undefined) {
    const naming = language.naming;
    const settings = resolveSettings(language, asEntry(input.data?.["settings"])?.[language.id]);
    const list: (Identifier | undefined)[] = [];
    for (const [index, code] of entries(input.data?.["codes"])) {
      const name = code["name"];
      list[index] = naming !== undefined && isNameSized(name) ? naming.code(name, settings) : undefined;
    }
    found = { settings, spelledBy: naming?.code, identifiers: list };
    made.set(language, found);
  }
  return found.identifiers;
}

/** The identifiers of one language, by the code's index in the spec, and the settings they were made with. */
export interface MadeIdentifiers {
  readonly settings: SettingValues;
  /** The language's naming.code that made them (none when the language names no codes). */
  readonly spelledBy: Naming["code"] | undefined;
  readonly identifiers: readonly (Identifier | undefined)[];
}

/** Every language's identifiers a validation made (see codeIdentifiers): the code views take them over. */
export function madeIdentifiers(input: RuleInput): ReadonlyMap<Language, MadeIdentifiers> {
  return cache.get(input) ?? new Map();
}

const cache = new WeakMap<RuleInput, Map<Language, MadeIdentifiers>>();
