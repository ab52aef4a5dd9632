import type { Registry } from "../registry.js";
import type { PlannedTarget } from "../render/render.js";
import { listExcerpt, maxReported, quote, sortDiagnostics, SpecError, type SpecPath } from "../shared/diagnostics.js";
import type { Model } from "../spec/model.js";
import { reporter } from "../spec/rules/context.js";
import { checkDeclarations, checkOutputFiles, checkSettingFields, filesOf, reservedTypeNames, typesHiddenByCodes, type DeclaringSubject } from "../spec/rules/settings-checks.js";
import { declarationsOf } from "../languages/target.js";
import type { ConsumerConfig } from "./config.js";
import { templateTarget } from "./template-target.js";

/**
 * The targets a config asks for, as one run writes them: each built-in target or template with the spec's
 * settings for its language and the entry's options over them (a template's over those of the first
 * built-in target of its language), at its output (the entry's, else the
 * spec's, else the target's default). Checks what only the whole plan shows, located in the config: options
 * a language refuses, names declared twice or clashing with what the file uses or with the table's codes,
 * files that collide or do not fit a file system. Throws a SpecError naming the config when any is wrong.
 */
export function planFromConfig(config: ConsumerConfig, model: Model, registry: Registry): PlannedTarget[] {
  const report = reporter(config.loaded);
  const planned: PlannedTarget[] = [];
  const subjects: DeclaringSubject[] = [];
  const files: { name: string; path: string; at: SpecPath }[] = [];
  const codeNames = new Map(model.codes.map((code, index) => [index, code.name]));
  for (const entry of config.targets) {
    const language = registry.language(entry.language);
    if (language === undefined) continue;
    const at = (field: string): SpecPath => ["targets", entry.index, field];
    const hasOptions = Object.keys(entry.options).length > 0;
    checkSettingFields(report, language, entry.options, (field) => ["targets", entry.index, "options", field], reservedTypeNames(language, registry));
    // A template beside generated code names its types as that code does: it takes the options of the
    // config's first built-in target of its language, then its own.
    const sibling = entry.template === undefined ? undefined : config.targets.find((other) => other.target !== undefined && other.language === entry.language);
    const settings = { ...(model.settings.languages[language.id] ?? {}), ...sibling?.options, ...entry.options };
    const builtIn = entry.target === undefined ? undefined : registry.target(entry.target);
    const output = entry.output ?? (builtIn === undefined ? "" : (model.settings.outputs[builtIn.id] ?? builtIn.output));
    const target = builtIn ?? templateTarget(entry.name, entry.template ?? "", language, output, registry);
    planned.push({ name: entry.name, target, output, settings });
    if (target.declares !== undefined) {
      const subject = { name: entry.name, target, settings, declared: declarationsOf(target, settings), at: hasOptions ? at("options") : ["targets", entry.index], configuredNames: Object.values(entry.options) };
      subjects.push(subject);
      // The table's codes are fixed here: a type name the options give must not be spelt like one of them.
      for (const { codeName, typeName, what, field, why } of typesHiddenByCodes(subject, codeNames)) {
        const place = field !== undefined && field in entry.options ? ["targets", entry.index, "options", field] : subject.at;
        report.error(place, `${quote(typeName)}, ${what}, is also the name of the table's code ${codeName}: ${why}; choose another ${field ?? "type name"}`);
      }
    }
    const where = entry.output === undefined ? ["targets", entry.index] : at("output");
    for (const path of filesOf(target, output, settings)) files.push({ name: entry.name, path, at: where });
  }
  checkDeclarations(report, subjects);
  checkOutputFiles(report, files);
  // An owned folder no target writes into is a typo: it would guard nothing.
  config.owned.forEach((folder, index) => {
    if (!files.some((file) => file.path.startsWith(`${folder}/`))) {
      const folders = [...new Set(files.map((file) => file.path.split("/").slice(0, -1).join("/") || "."))];
      report.error(["owned", index], `no target writes into ${quote(folder)}; an owned folder is one the targets write to (${listExcerpt(folders)})`);
    }
  });
  if (report.diagnostics.some((diagnostic) => diagnostic.severity === "error")) {
    throw new SpecError(sortDiagnostics(report.diagnostics).slice(0, maxReported), report.omitted(), config.file);
  }
  return planned;
}
