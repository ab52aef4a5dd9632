import type { Language } from "./languages/language.js";
import type { Target } from "./languages/target.js";
import { typescript } from "./languages/typescript/language.js";
import { typescriptTarget } from "./languages/typescript/target.js";
import { npmPackageTarget } from "./languages/typescript/npm-package-target.js";
import { json } from "./languages/json/language.js";
import { jsonTarget } from "./languages/json/json-target.js";
import { jsonSchemaTarget } from "./languages/json/json-schema-target.js";
import { markdown } from "./languages/markdown/language.js";
import { referenceTarget } from "./languages/markdown/reference-target.js";
import { changelogTarget } from "./languages/markdown/changelog-target.js";
import { swift } from "./languages/swift/language.js";
import { swiftTarget } from "./languages/swift/target.js";
import { swiftPackageTarget } from "./languages/swift/package-target.js";
import { kotlin } from "./languages/kotlin/language.js";
import { kotlinTarget } from "./languages/kotlin/target.js";
import { mavenPackageTarget } from "./languages/kotlin/maven-package-target.js";
import { xml } from "./languages/xml/language.js";
import { builtinAliasSources, type AliasSource } from "./languages/alias-sources.js";
import { c } from "./languages/c/language.js";
import { cHeaderTarget } from "./languages/c/header-target.js";
import { cSourceTarget } from "./languages/c/source-target.js";
import { csharp } from "./languages/csharp/language.js";
import { csharpTarget } from "./languages/csharp/target.js";
import { objc } from "./languages/objc/language.js";
import { objcTarget } from "./languages/objc/target.js";
import { java } from "./languages/java/language.js";
import { javaTarget } from "./languages/java/target.js";
import { go } from "./languages/go/language.js";
import { goTarget } from "./languages/go/target.js";

/**
 * The languages and targets one run knows. Everything that depends on the list of languages derives from
 * here: the spec's JSON Schema (`settings.<id>`, `aliases.<source>`), the identifier and alias rules, the JSON
 * Schema output, the reference's notes and `diff`'s advice. Tests and tools may build their own with
 * createRegistry, adding a language without touching the generator.
 */
export interface Registry {
  /** In the order notes and messages list them. */
  readonly languages: readonly Language[];
  /** In the order files are rendered and listed. */
  readonly targets: readonly Target[];
  /** Where legacy names come from: the keys of a code's `aliases`, in the order outputs list them. */
  readonly aliasSources: readonly AliasSource[];
  /** The languages whose files declare legacy names (of the sources in their `aliases.sources`). */
  readonly aliasLanguages: readonly Language[];
  language(id: string): Language | undefined;
  target(id: string): Target | undefined;
}

/** Keys of the spec's `settings` that are not language ids. */
const settingsKeysTaken = new Set(["outputs"]);

/**
 * A registry of `languages` and `targets`. Throws when ids repeat, when a language id would clash with
 * another key of the spec's `settings`, when a target's language is not among `languages`, or when a
 * language declares names of a source not among `aliasSources`: these are
 * mistakes of whoever builds the registry, not of a spec author.
 */
export function createRegistry(languages: readonly Language[], targets: readonly Target[], aliasSources: readonly AliasSource[] = builtinAliasSources): Registry {
  const sourceIds = new Set<string>();
  for (const source of aliasSources) {
    if (!/^[a-z][a-z0-9]*$/.test(source.id) || sourceIds.has(source.id)) throw new Error(`alias source id "${source.id}" must be lower-case letters and digits, and registered once`);
    sourceIds.add(source.id);
  }
  const languageIds = new Map<string, Language>();
  for (const language of languages) {
    if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(language.id) || settingsKeysTaken.has(language.id)) {
      throw new Error(`language id "${language.id}" must be kebab-case and not one of: ${[...settingsKeysTaken].join(", ")}`);
    }
    if (languageIds.has(language.id)) throw new Error(`language "${language.id}" is registered twice`);
    for (const source of Object.keys(language.aliases?.sources ?? {})) {
      if (!sourceIds.has(source)) throw new Error(`language "${language.id}" declares names of the alias source "${source}", which is not registered`);
    }
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
    aliasSources,
    aliasLanguages: languages.filter((language) => language.aliases !== undefined),
    language: (id) => languageIds.get(id),
    target: (id) => targetIds.get(id),
  };
}

/** The languages status-codegen ships. */
export const builtinLanguages: readonly Language[] = [typescript, json, markdown, swift, kotlin, xml, c, csharp, objc, java, go];

/** The files status-codegen writes, in the order they are listed. */
export const builtinTargets: readonly Target[] = [
  typescriptTarget,
  jsonTarget,
  jsonSchemaTarget,
  referenceTarget,
  changelogTarget,
  swiftTarget,
  kotlinTarget,
  mavenPackageTarget,
  swiftPackageTarget,
  npmPackageTarget,
  cHeaderTarget,
  cSourceTarget,
  csharpTarget,
  objcTarget,
  javaTarget,
  goTarget,
];

/** The registry of everything built in. */
export const builtins: Registry = createRegistry(builtinLanguages, builtinTargets);
