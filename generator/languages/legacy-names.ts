import type { Model, SettingValues, CodeModel } from "../spec/model.js";
import type { AliasSpelling, Language } from "./language.js";

/**
 * The legacy names one language declares: for each code, the names of every alias source the language
 * carries, spelt its way. Targets declare them, validation checks them, `diff` compares them and the
 * compile kits use them, all from here, so that what is declared is what is checked.
 */
export interface LegacyName {
  /** As the spec gives it, spelt as its SDK spells it: `NIMRemoteErrorCodeFrequently`. */
  readonly name: string;
  /** The alias source (its id) the name comes from: `ios`. */
  readonly from: string;
  /** That source for people: "the iOS SDK". */
  readonly fromName: string;
  /** The identifier as the language sees it (two alike collide): `codeFrequently`. */
  readonly identifier: string;
  /** As written in source: a Swift keyword in backticks. */
  readonly source: string;
  readonly code: CodeModel;
}

/** Every name each source gives, over all codes, in the spec's order: what a spelling may depend on. */
export function namesBySource(codes: readonly { readonly aliases?: Readonly<Record<string, readonly string[]>> | undefined }[], sources: Iterable<string>): Map<string, string[]> {
  const names = new Map<string, string[]>([...sources].map((id) => [id, []]));
  const ids = [...names.keys()];
  const lists = [...names.values()];
  // Indexed loops: a fresh run executes these in the interpreter, where each step of a for-of over an
  // array (and each destructuring of a pair) makes an iterator result (codes × sources × names of them).
  for (let index = 0; index < codes.length; index++) {
    const aliases = (codes[index] as (typeof codes)[number]).aliases;
    if (aliases === undefined) continue;
    for (let source = 0; source < ids.length; source++) {
      const list = lists[source] as string[];
      const given = aliases[ids[source] as string];
      if (!Array.isArray(given)) continue;
      for (let at = 0; at < given.length; at++) {
        const name: unknown = given[at];
        if (typeof name === "string") list.push(name);
      }
    }
  }
  return names;
}

/**
 * The names `language` declares for the model's codes with `settings`, in code order, then in the order
 * of the language's sources, then as the spec lists them. A name the language cannot spell is left out:
 * validation has refused it before anything renders.
 */
export function legacyNames(model: Pick<Model, "codes" | "aliasSources">, language: Language, settings: SettingValues): readonly LegacyName[] {
  // The last answer is kept: targets of one language render one after another (the Swift file, then the
  // Swift package; the C header, then the C source), and each asks for the same names.
  const settingsKey = JSON.stringify(settings);
  if (last?.model === model && last.language === language && last.settingsKey === settingsKey) return last.names;
  const names = spellLegacyNames(model, language, settings);
  last = { model, language, settingsKey, names };
  return names;
}

/** Every source's names over the model's codes, worked out once per model: each language with legacy names asks. */
export function namesOfEverySource(model: Pick<Model, "codes" | "aliasSources">): ReadonlyMap<string, readonly string[]> {
  const earlier = allNames.get(model.codes);
  if (earlier?.aliasSources === model.aliasSources) return earlier.names;
  const names = namesBySource(model.codes, model.aliasSources.map((aliasSource) => aliasSource.id));
  allNames.set(model.codes, { aliasSources: model.aliasSources, names });
  return names;
}

/** namesOfEverySource's answers, by the model's list of codes (which the model, frozen, always holds), and for which sources. */
const allNames = new WeakMap<readonly CodeModel[], { aliasSources: Model["aliasSources"]; names: ReadonlyMap<string, readonly string[]> }>();

/** legacyNames' last answer, and what it was for. */
let last: { model: Pick<Model, "codes" | "aliasSources">; language: Language; settingsKey: string; names: readonly LegacyName[] } | undefined;

function spellLegacyNames(model: Pick<Model, "codes" | "aliasSources">, language: Language, settings: SettingValues): LegacyName[] {
  const sources = Object.entries(language.aliases?.sources ?? {}) as [string, AliasSpelling][];
  if (sources.length === 0) return [];
  const { codes } = model;
  const all = namesOfEverySource(model);
  const displayNames = new Map(model.aliasSources.map((aliasSource) => [aliasSource.id, aliasSource.name]));
  const result: LegacyName[] = [];
  // Indexed loops, as in namesBySource; each source's spelling context made once.
  const spellings = sources.map(([from, spell]) => ({ from, spell, context: { settings, names: all.get(from) ?? [] }, fromName: displayNames.get(from) ?? from }));
  for (let index = 0; index < codes.length; index++) {
    const code = codes[index] as CodeModel;
    for (let source = 0; source < spellings.length; source++) {
      const { from, spell, context, fromName } = spellings[source] as (typeof spellings)[number];
      const given = code.aliases[from];
      if (given === undefined) continue;
      for (let at = 0; at < given.length; at++) {
        const name = given[at] as string;
        const spelt = spell(name, context);
        if (spelt.ok) result.push({ name, from, fromName, identifier: spelt.identifier, source: spelt.source, code });
      }
    }
  }
  return result;
}
