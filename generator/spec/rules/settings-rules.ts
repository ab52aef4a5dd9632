import { posix } from "node:path";
import { closest, quote } from "../../shared/diagnostics.js";
import type { Registry } from "../../registry.js";
import type { Language } from "../../languages/language.js";
import { targetFiles } from "../../languages/target.js";
import { maxOutputNameBytes } from "../../shared/file-names.js";
import { resolveSettings } from "../settings.js";
import { asEntry, type Entry, type Reporter, type RuleSet } from "./context.js";
import { declaringTargets } from "./declared-names.js";

/**
 * The rules for `settings`: each language's fields beyond their schema (package names, type names that
 * would shadow what the output relies on), the names each target would declare with them (no two alike,
 * no keyword), and output paths that cannot collide.
 */
export const settingsRules: RuleSet = {
  name: "settings",
  check({ data, registry }, report) {
    if (data === undefined) return;
    const settings = asEntry(data["settings"]);
    checkFields(report, settings, registry);
    checkDeclarations(report, settings, registry);
    checkOutputs(report, asEntry(settings?.["outputs"]) ?? {}, settings, registry);
  },
};

/** Each configured field: its language's own checks, and a type name must not be one the output relies on. */
function checkFields(report: Reporter, settings: Entry | undefined, registry: Registry) {
  for (const language of registry.languages) {
    const configured = asEntry(settings?.[language.id]);
    const reserved = new Set([...(language.reservedTypeNames ?? []), ...registry.targets.flatMap((target) => (target.language === language ? (target.references ?? []) : []))]);
    for (const [field, setting] of Object.entries(language.settings?.fields ?? {})) {
      const value = configured?.[field];
      // A value the schema refuses is the schema's finding alone.
      if (typeof value !== "string" || !setting.pattern.test(value)) continue;
      const path = ["settings", language.id, field];
      for (const problem of setting.check?.(value) ?? []) report.error(path, problem);
      if (setting.typeName === true && reserved.has(value)) {
        report.error(path, `${quote(value)} is a name the ${language.displayName} output relies on or shadows; choose another`);
      } else if (setting.typeName === true && language.keywords.has(value) && language.keywordsLegalAs?.type === undefined) {
        report.error(path, `${quote(value)} is a ${language.displayName} keyword; choose another type name`);
      }
    }
  }
}

/**
 * The names a target declares differ from each other (per kind), no constant is a keyword, and targets of
 * one language that share a namespace (a Kotlin package) do not declare a type or value twice.
 */
function checkDeclarations(report: Reporter, settings: Entry | undefined, registry: Registry) {
  const owners = new Map<string, string>();
  for (const { target, settings: values, declared } of declaringTargets(registry, settings)) {
    const namespace = target.namespace?.(values);
    if (namespace === undefined) continue;
    for (const name of new Set([...Object.values(declared.types), ...Object.values(declared.values)])) {
      const key = `${target.language.id}\u0000${namespace}\u0000${name}`;
      const owner = owners.get(key);
      if (owner === undefined) owners.set(key, target.id);
      else report.error(["settings", target.language.id], `targets "${owner}" and "${target.id}" would both declare ${name} in ${target.language.displayName} ${namespace}; give one of them other names or another namespace`);
    }
  }
  for (const { target, declared } of declaringTargets(registry, settings)) {
    const language = target.language;
    const path = ["settings", language.id];
    for (const namespace of [declared.types, declared.values, declared.members]) {
      const names = Object.values(namespace);
      const repeated = names.find((name, index) => names.indexOf(name) !== index);
      if (repeated !== undefined) {
        report.error(path, `the ${language.displayName} output would declare ${quote(repeated)} twice; give the type names distinct values`);
      }
    }
    const keyword = Object.values(declared.values).find((name) => language.keywords.has(name));
    if (keyword !== undefined) {
      report.error(path, `the ${language.displayName} output would declare a constant named "${keyword}", a reserved word; choose other type names`);
    }
    // A name made from the configured ones (`ReadonlyMap` is not, but `${typeName}Info` could be) that the file uses for something else.
    const used = new Set(target.references ?? []);
    const hidden = [...Object.values(declared.types), ...Object.values(declared.values), ...Object.values(declared.members)].find((name) => used.has(name));
    if (hidden !== undefined && !Object.values(configuredTypeNames(language, settings)).includes(hidden)) {
      report.error(path, `the ${language.displayName} output would declare ${quote(hidden)}, a name it also uses for something else; choose other type names`);
    }
  }
}

/** The type names the spec configures for a language (each reported at its own field when reserved). */
function configuredTypeNames(language: Language, settings: Entry | undefined): Record<string, string> {
  const configured = asEntry(settings?.[language.id]) ?? {};
  return Object.fromEntries(Object.entries(configured).filter(([field, value]) => language.settings?.fields[field]?.typeName === true && typeof value === "string") as [string, string][]);
}

/** Output paths must not collide, also on case-insensitive file systems, nor use a file as a folder. */
function checkOutputs(report: Reporter, outputs: Entry, settings: Entry | undefined, registry: Registry) {
  const ids = registry.targets.map((target) => target.id);
  for (const id of Object.keys(outputs)) {
    if (!ids.includes(id)) {
      const suggestion = closest(id, ids);
      const hint = suggestion === undefined ? `targets are: ${ids.join(", ")}` : `did you mean "${suggestion}"?`;
      report.keyError(["settings", "outputs", id], `unknown target ${quote(id)}; ${hint}`);
    }
  }
  // Every file every target writes: a target of several files writes each inside its output folder.
  const finalPaths = registry.targets.flatMap((target) => {
    const configured = outputs[target.id];
    const output = typeof configured === "string" ? configured : target.output;
    const files = targetFiles(target, resolveSettings(target.language, settings?.[target.language.id]));
    return files.map((file) => ({ name: target.id, path: file.path === undefined ? output : posix.join(output, file.path) }));
  });
  for (const { name, path } of finalPaths) {
    const segments = path.split("/");
    const file = segments.at(-1) ?? "";
    const longFolder = segments.slice(0, -1).find((segment) => Buffer.byteLength(segment) > 255);
    const where = ["settings", "outputs", ...(outputs[name] === undefined ? [] : [name])];
    if (Buffer.byteLength(file) > maxOutputNameBytes) {
      report.error(where, `"${name}" would write a file named ${quote(file, 40)}, ${Buffer.byteLength(file)} bytes long; at most ${maxOutputNameBytes} fit beside the temporary file each write uses (a file system holds 255)`);
    } else if (longFolder !== undefined) {
      report.error(where, `"${name}" would write into a folder named ${quote(longFolder, 40)}, over the 255 bytes a file system holds`);
    }
  }
  finalPaths.forEach((first, index) => {
    for (const second of finalPaths.slice(index + 1)) {
      if (first.name === second.name) continue;
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
