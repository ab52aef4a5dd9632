import { posix } from "node:path";
import { quote, type SpecPath } from "../../shared/diagnostics.js";
import { maxOutputNameBytes } from "../../shared/file-names.js";
import { spelling, type Language } from "../../languages/language.js";
import { targetFiles, type Declarations, type Target } from "../../languages/target.js";
import type { Registry } from "../../registry.js";
import type { SettingValues } from "../model.js";
import type { Entry, Reporter } from "./context.js";

/**
 * The checks settings need wherever they are written: in the spec's `settings` (settings-rules.ts) or in a
 * consumer config's `options` (config/config-rules.ts). Each reports at a place its caller gives.
 */

/** Names a language's type names may not take: its shadowed standard names and what its targets use. */
export function reservedTypeNames(language: Language, registry: Registry): ReadonlySet<string> {
  const used = registry.targets.flatMap((target) => (target.language === language ? (target.references ?? []) : []));
  return new Set([...(language.reservedTypeNames ?? []), ...used]);
}

/**
 * Each configured field of `language`: its own checks, and a type name must be neither a name the output
 * relies on nor a keyword. A value its schema refuses is the schema's finding alone.
 */
export function checkSettingFields(report: Reporter, language: Language, configured: Entry | undefined, at: (field: string) => SpecPath, reserved: ReadonlySet<string>): void {
  for (const [field, setting] of Object.entries(language.settings?.fields ?? {})) {
    const value = configured?.[field];
    if (typeof value !== "string" || !setting.pattern.test(value)) continue;
    for (const problem of setting.check?.(value) ?? []) report.error(at(field), problem);
    if (setting.typeName === true && reserved.has(value)) {
      report.error(at(field), `${quote(value)} is a name the ${language.displayName} output relies on or shadows; choose another`);
    } else if (setting.typeName === true && language.keywords.has(value) && language.keywordsLegalAs?.type === undefined) {
      report.error(at(field), `${quote(value)} is a ${language.displayName} keyword; choose another type name`);
    }
  }
}

/** A target as one run writes it, for the declaration checks: what it declares, and where to report. */
export interface DeclaringSubject {
  readonly name: string;
  readonly target: Target;
  readonly settings: SettingValues;
  readonly declared: Required<Declarations>;
  /** Where its settings are written. */
  readonly at: SpecPath;
  /** The type names configured for it, which the field checks report at their own place. */
  readonly configuredNames: readonly string[];
}

/**
 * The names each target declares differ from each other (per kind), no constant is a keyword, none is a
 * name the file uses for something else, and targets of one language that share a namespace (a Kotlin
 * package) do not declare a type or value twice.
 */
export function checkDeclarations(report: Reporter, subjects: readonly DeclaringSubject[]): void {
  const owners = new Map<string, string>();
  for (const { name: id, target, settings, declared, at } of subjects) {
    const namespace = target.namespace?.(settings);
    if (namespace === undefined) continue;
    for (const name of new Set([...Object.values(declared.types), ...Object.values(declared.values)])) {
      const key = `${target.language.id}\u0000${namespace}\u0000${name}`;
      const owner = owners.get(key);
      if (owner === undefined) owners.set(key, id);
      else report.error(at, `targets "${owner}" and "${id}" would both declare ${name} in ${target.language.displayName} ${namespace}; give one of them other names or another namespace`);
    }
  }
  // Targets that declare the same names from the same settings (the npm package declares the TypeScript
  // output's API) would each find the same problem at the same place: it is reported once.
  const reported = new Set<string>();
  const error = (at: SpecPath, message: string) => {
    const key = `${JSON.stringify(at)}\u0000${message}`;
    if (reported.has(key)) return;
    reported.add(key);
    report.error(at, message);
  };
  for (const { target, declared, at, configuredNames } of subjects) {
    const language = target.language;
    for (const namespace of [declared.types, declared.values, declared.members]) {
      const names = Object.values(namespace);
      const repeated = names.find((name, index) => names.indexOf(name) !== index);
      if (repeated !== undefined) error(at, `the ${language.displayName} output would declare ${quote(repeated)} twice; give the type names distinct values`);
    }
    const keyword = Object.values(declared.values).find((name) => language.keywords.has(name));
    if (keyword !== undefined) error(at, `the ${language.displayName} output would declare a constant named "${keyword}", a reserved word; choose other type names`);
    // A name made from the configured ones (`${typeName}Info`, say) that the file uses for something else.
    const used = new Set(target.references ?? []);
    const hidden = [...Object.values(declared.types), ...Object.values(declared.values), ...Object.values(declared.members)].find((name) => used.has(name));
    if (hidden !== undefined && !configuredNames.includes(hidden)) {
      error(at, `the ${language.displayName} output would declare ${quote(hidden)}, a name it also uses for something else; choose other type names`);
    }
  }
}

/** A code whose identifier, in a target's language, is a type that target's code type names in its body. */
export interface HiddenType {
  /** Where the code is in the spec's list. */
  readonly codeIndex: number;
  readonly codeName: string;
  /** The type the code would hide, what it is ("the Kotlin category type") and the settings field naming it, if any. */
  readonly typeName: string;
  readonly what: string;
  readonly field: string | undefined;
  /** Why it cannot be, for either place the problem is reported at. */
  readonly why: string;
}

/**
 * The codes that would hide a type inside the code type (see Target.typesNamedInCodeType): Kotlin reads
 * `CAT.GENERAL` inside the StatusCode enum as a member of the entry CAT when a code is named like the
 * category type, and refuses the file. `codeNames` are the spec's names by their index in its list.
 */
export function typesHiddenByCodes({ target, settings, declared }: Pick<DeclaringSubject, "target" | "settings" | "declared">, codeNames: ReadonlyMap<number, string>): HiddenType[] {
  const roles = target.typesNamedInCodeType ?? [];
  const named = new Map(roles.flatMap((role) => (declared.types[role] === undefined ? [] : [[declared.types[role], role] as const])));
  if (named.size === 0) return [];
  const language = target.language;
  const found: HiddenType[] = [];
  for (const [codeIndex, codeName] of codeNames) {
    const typeName = spelling(language, codeName, settings);
    const role = named.get(typeName);
    if (role === undefined) continue;
    const field = Object.keys(language.settings?.fields ?? {}).find((key) => settings[key] === typeName);
    const why = `inside the ${declared.types["code"] ?? "code"} enum each entry names its ${role} as ${typeName}.X, and there ${typeName} would mean this code's entry, so the file would not compile`;
    found.push({ codeIndex, codeName, typeName, what: `the ${language.displayName} ${role} type`, field, why });
  }
  return found;
}

/** One file a run writes, for the path checks: which target writes it and where its path is set. */
export interface OutputFile {
  readonly name: string;
  readonly path: string;
  readonly at: SpecPath;
}

/** The files of a target with `output` and `settings`: its file, or each file inside its folder. */
export function filesOf(target: Target, output: string, settings: SettingValues): string[] {
  return targetFiles(target, settings).map((file) => (file.path === undefined ? output : posix.join(output, file.path)));
}

/**
 * Output files must fit a file system (with room for the temporary file beside each), and must not
 * collide: the same path, the same path but for case (one file on macOS and Windows), or one a folder of
 * the other.
 */
export function checkOutputFiles(report: Reporter, files: readonly OutputFile[]): void {
  for (const { name, path, at } of files) {
    const segments = path.split("/");
    const file = segments.at(-1) ?? "";
    const longFolder = segments.slice(0, -1).find((segment) => Buffer.byteLength(segment) > 255);
    if (Buffer.byteLength(file) > maxOutputNameBytes) {
      report.error(at, `"${name}" would write a file named ${quote(file, 40)}, ${Buffer.byteLength(file)} bytes long; at most ${maxOutputNameBytes} fit beside the temporary file each write uses (a file system holds 255)`);
    } else if (longFolder !== undefined) {
      report.error(at, `"${name}" would write into a folder named ${quote(longFolder, 40)}, over the 255 bytes a file system holds`);
    }
  }
  // Indexed by lower-cased path: a collision is found in one lookup, and a folder in one per prefix.
  const byPath = new Map<string, OutputFile>();
  for (const file of files) {
    const lower = file.path.toLowerCase();
    const same = byPath.get(lower);
    if (same !== undefined && same.name !== file.name) {
      const [first, second] = [same, file];
      // At whichever path is written out (the deeper place), not at a default.
      const at = second.at.length >= first.at.length ? second.at : first.at;
      if (first.path === second.path) report.error(at, `targets "${first.name}" and "${second.name}" would both write ${first.path}`);
      else report.error(at, `${first.path} ("${first.name}") and ${second.path} ("${second.name}") differ only in case; they are one file on macOS and Windows`);
      continue;
    }
    byPath.set(lower, file);
  }
  for (const file of files) {
    const segments = file.path.toLowerCase().split("/");
    for (let length = 1; length < segments.length; length++) {
      const folder = byPath.get(segments.slice(0, length).join("/"));
      if (folder !== undefined && folder.name !== file.name) {
        const at = folder.at.length >= file.at.length ? folder.at : file.at;
        report.error(at, `"${folder.name}" writes ${folder.path} and "${file.name}" writes ${file.path}: one would need the other as a folder`);
      }
    }
  }
}
