import { posix } from "node:path";
import { closest } from "../../shared/diagnostics.js";
import type { Registry } from "../../registry.js";
import { targetFiles } from "../../languages/target.js";
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
    for (const [field, setting] of Object.entries(language.settings?.fields ?? {})) {
      const value = configured?.[field];
      // A value the schema refuses is the schema's finding alone.
      if (typeof value !== "string" || !setting.pattern.test(value)) continue;
      const path = ["settings", language.id, field];
      for (const problem of setting.check?.(value) ?? []) report.error(path, problem);
      if (setting.typeName === true && language.reservedTypeNames?.has(value)) {
        report.error(path, `"${value}" is a name the ${language.displayName} output relies on or shadows; choose another`);
      } else if (setting.typeName === true && language.keywords.has(value) && language.keywordsLegalAs?.type === undefined) {
        report.error(path, `"${value}" is a ${language.displayName} keyword; choose another type name`);
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
        report.error(path, `the ${language.displayName} output would declare "${repeated}" twice; give the type names distinct values`);
      }
    }
    const keyword = Object.values(declared.values).find((name) => language.keywords.has(name));
    if (keyword !== undefined) {
      report.error(path, `the ${language.displayName} output would declare a constant named "${keyword}", a reserved word; choose other type names`);
    }
  }
}

/** Output paths must not collide, also on case-insensitive file systems, nor use a file as a folder. */
function checkOutputs(report: Reporter, outputs: Entry, settings: Entry | undefined, registry: Registry) {
  const ids = registry.targets.map((target) => target.id);
  for (const id of Object.keys(outputs)) {
    if (!ids.includes(id)) {
      const suggestion = closest(id, ids);
      const hint = suggestion === undefined ? `targets are: ${ids.join(", ")}` : `did you mean "${suggestion}"?`;
      report.keyError(["settings", "outputs", id], `unknown target "${id}"; ${hint}`);
    }
  }
  // Every file every target writes: a target of several files writes each inside its output folder.
  const finalPaths = registry.targets.flatMap((target) => {
    const configured = outputs[target.id];
    const output = typeof configured === "string" ? configured : target.output;
    const files = targetFiles(target, resolveSettings(target.language, settings?.[target.language.id]));
    return files.map((file) => ({ name: target.id, path: file.path === undefined ? output : posix.join(output, file.path) }));
  });
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
