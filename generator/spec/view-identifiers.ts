import type { Language, ViewIdentifiers } from "../languages/language.js";
import type { Model, SettingValues } from "./model.js";
import type { MadeIdentifiers } from "./rules/code-identifiers.js";

/**
 * The codes' identifiers that a spec's validation made, kept for the code views of its model. The
 * identifier rules spell every code's name in every language to find clashes, and each target's code
 * view spelt it again to print it: for a large table, a tenth of the run's work.
 */
interface Kept extends ViewIdentifiers {
  readonly settings: SettingValues;
}

const kept = new WeakMap<Model, Map<Language, Kept>>();

/**
 * Keeps validation's identifiers for `model`, whose codes are the spec's at `order`: only what a view
 * prints (the source text), in the model's order, so that the rules' Identifier objects go with them.
 */
export function keepIdentifiers(model: Model, order: readonly number[], made: ReadonlyMap<Language, MadeIdentifiers>): void {
  const byLanguage = new Map<Language, Kept>();
  for (const [language, { settings, spelledBy, identifiers }] of made) {
    if (spelledBy === undefined) continue;
    const sources: (string | undefined)[] = new Array<string | undefined>(order.length);
    for (let index = 0; index < order.length; index++) {
      const identifier = identifiers[order[index] as number];
      sources[index] = identifier?.ok === true ? identifier.source : undefined;
    }
    byLanguage.set(language, { settings, spelledBy, sources });
  }
  if (byLanguage.size > 0) kept.set(model, byLanguage);
}

/**
 * The source text of `model.codes`' identifiers in `language`, by index, with the function that spelt
 * them, when validation made them with settings of the same values as `settings` (a consumer config may
 * give a target others); else undefined.
 */
export function keptIdentifiers(model: Model, language: Language, settings: SettingValues): ViewIdentifiers | undefined {
  const found = kept.get(model)?.get(language);
  return found !== undefined && sameValues(found.settings, settings) ? found : undefined;
}

function sameValues(a: SettingValues, b: SettingValues): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
}
