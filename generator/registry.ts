import type { Language } from "./languages/language.js";
import type { Target } from "./languages/target.js";
import { typescript } from "./languages/typescript/language.js";
import { typescriptTarget } from "./languages/typescript/target.js";
import { json } from "./languages/json/language.js";
import { jsonTarget } from "./languages/json/json-target.js";
import { jsonSchemaTarget } from "./languages/json/json-schema-target.js";
import { markdown } from "./languages/markdown/language.js";
import { referenceTarget } from "./languages/markdown/reference-target.js";
import { changelogTarget } from "./languages/markdown/changelog-target.js";
import { swift } from "./languages/swift/language.js";
import { swiftTarget } from "./languages/swift/target.js";
import { kotlin } from "./languages/kotlin/language.js";
import { kotlinTarget } from "./languages/kotlin/target.js";
import { xml } from "./languages/xml/language.js";
import { go } from "./languages/go/language.js";
import { goTarget } from "./languages/go/target.js";

/**
 * The languages and targets one run knows. Everything that depends on the list of languages derives from
 * here: the spec's JSON Schema (`settings.<id>`, `aliases.<id>`), the identifier and alias rules, the JSON
 * Schema output, the reference's notes and `diff`'s advice. Tests and tools may build their own with
 * createRegistry, adding a language without touching the generator.
 */
export interface Registry {
  /** In the order notes and messages list them. */
  readonly languages: readonly Language[];
  /** In the order files are rendered and listed. */
  readonly targets: readonly Target[];
  /** The languages whose files declare legacy names: the keys of a code's `aliases`. */
  readonly aliasLanguages: readonly Language[];
  language(id: string): Language | undefined;
  target(id: string): Target | undefined;
}

/** Keys of the spec's `settings` that are not language ids. */
const settingsKeysTaken = new Set(["outputs"]);

/**
 * A registry of `languages` and `targets`. Throws when ids repeat, when a language id would clash with
 * another key of the spec's `settings`, or when a target's language is not among `languages`: these are
 * mistakes of whoever builds the registry, not of a spec author.
 */
export function createRegistry(languages: readonly Language[], targets: readonly Target[]): Registry {
  const languageIds = new Map<string, Language>();
  for (const language of languages) {
    if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(language.id) || settingsKeysTaken.has(language.id)) {
      throw new Error(`language id "${language.id}" must be kebab-case and not one of: ${[...settingsKeysTaken].join(", ")}`);
    }
    if (languageIds.has(language.id)) throw new Error(`language "${language.id}" is registered twice`);
    languageIds.set(language.id, language);
  }
  const targetIds = new Map<string, Target>();
  for (const target of targets) {
    if (targetIds.has(target.id)) throw new Error(`target "${target.id}" is registered twice`);
    if (languageIds.get(target.language.id) !== target.language) throw new Error(`target "${target.id}" uses language "${target.language.id}", which is not registered`);
    targetIds.set(target.id, target);
  }
  return {
    languages,
    targets,
    aliasLanguages: languages.filter((language) => language.aliases !== undefined),
    language: (id) => languageIds.get(id),
    target: (id) => targetIds.get(id),
  };
}

/** The languages status-codegen ships. */
export const builtinLanguages: readonly Language[] = [typescript, json, markdown, swift, kotlin, xml, go];

/** The files status-codegen writes, in the order they are listed. */
export const builtinTargets: readonly Target[] = [
  typescriptTarget,
  jsonTarget,
  jsonSchemaTarget,
  referenceTarget,
  changelogTarget,
  swiftTarget,
  kotlinTarget,
  goTarget,
];

/** The registry of everything built in. */
export const builtins: Registry = createRegistry(builtinLanguages, builtinTargets);
