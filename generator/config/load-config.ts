import { existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Registry } from "../registry.js";
import { closest, maxReported, quote, sortDiagnostics, SpecError, type SpecPath } from "../shared/diagnostics.js";
import { loadSpec } from "../spec/load.js";
import { LineIndex } from "../spec/lines.js";
import { readSpec } from "../spec/read.js";
import { describeFileKind, InputError } from "../shared/input-error.js";
import { asEntry, entries, reporter, type Entry, type Reporter } from "../spec/rules/context.js";
import { reportSchemaErrors } from "../spec/rules/schema-errors.js";
import { configFileNames, type ConfigTarget, type ConsumerConfig } from "./config.js";
import { jsonSyntaxError } from "./json-syntax.js";
import { configValidator } from "./validator.js";

/** The table the installed status-codegen ships: a config without `spec` generates from it. */
export const bundledSpec = fileURLToPath(new URL("../../spec/status-codes.yaml", import.meta.url));

/** The config file in `dir`, if it has one (status-codegen.config.yaml, .yml or .json). */
export function findConfig(dir: string): string | undefined {
  // Here, or in a folder above (a command run from inside an SDK's source tree), up to the repository's root.
  for (let folder = resolve(dir); ; folder = dirname(folder)) {
    const found = configFileNames.map((name) => join(folder, name)).filter((file) => existsSync(file));
    if (found.length > 1) {
      throw new InputError(`${folder} holds two configs (${found.map((file) => basename(file)).join(" and ")}); keep one, or pass --config FILE`);
    }
    if (found[0] !== undefined) return found[0];
    if (existsSync(join(folder, ".git")) || dirname(folder) === folder) return undefined;
  }
}

/** A `.json` config's JSON syntax error as a located diagnostic (see json-syntax.ts). */
function notJson(text: string): SpecError["diagnostics"][number] | undefined {
  const error = jsonSyntaxError(text);
  if (error === undefined) return undefined;
  const { line, column } = new LineIndex(text).position(error.offset);
  return { severity: "error", line, column, path: "", message: `JSON syntax error: ${error.message} (a .json config is plain JSON; for comments or YAML, use status-codegen.config.yaml)` };
}

/**
 * Reads and checks a consumer's config: YAML (or JSON), its JSON Schema, then what the schema cannot say.
 * Throws a SpecError naming the config file, with every problem located, when it is not usable.
 */
export function loadConfig(file: string, registry: Registry): ConsumerConfig {
  const absolute = resolve(file);
  const fail = (diagnostics: SpecError["diagnostics"], omitted = 0): never => {
    throw new SpecError(sortDiagnostics(diagnostics).slice(0, maxReported), omitted, file);
  };
  const text = readSpec(absolute);
  const jsonError = absolute.endsWith(".json") ? notJson(text) : undefined;
  if (jsonError !== undefined) fail([jsonError]);
  const loaded = loadSpec(text);
  if (loaded.spec === undefined || loaded.diagnostics.some((diagnostic) => diagnostic.severity === "error")) fail(loaded.diagnostics);
  const spec = loaded.spec as NonNullable<typeof loaded.spec>;
  if (spec.data === null || spec.data === undefined) {
    fail([{ severity: "error", line: 1, column: 1, path: "", message: "the config is empty; it needs `targets:` (see status-codegen's README, “Generating in an SDK repository”)" }]);
  }
  const report = reporter(spec);
  const validate = configValidator(registry);
  if (!validate(spec.data)) reportSchemaErrors(validate.errors ?? [], "", spec, report, new Set());
  const data = asEntry(spec.data) ?? {};
  const dir = dirname(absolute);
  const targets = checkTargets(report, data, dir, registry);
  const resolvedSpec = resolveSpec(report, data["spec"], dir);
  checkOut(report, data["out"], dir);
  if (report.diagnostics.some((diagnostic) => diagnostic.severity === "error")) fail(report.diagnostics, report.omitted());
  const specText = typeof data["spec"] === "string" ? data["spec"] : undefined;
  return {
    file: absolute,
    dir,
    spec: resolvedSpec ?? bundledSpec,
    specName: specText === undefined ? "status-codegen/spec/status-codes.yaml" : isModuleSpecifier(specText, dir) ? specText : undefined,
    out: resolve(dir, typeof data["out"] === "string" ? data["out"] : "out"),
    owned: Array.isArray(data["owned"]) ? data["owned"].filter((folder): folder is string => typeof folder === "string") : [],
    targets,
    loaded: spec,
  };
}

/**
 * `out` stays inside the config's repository (the folder above it that holds `.git`, else the config's own
 * folder): a config in `codegen/` may write to `../src/generated`, never outside the checkout.
 */
function checkOut(report: Reporter, out: unknown, dir: string) {
  if (typeof out !== "string") return;
  let root = dir;
  for (let folder = dir; ; folder = dirname(folder)) {
    if (existsSync(join(folder, ".git"))) {
      root = folder;
      break;
    }
    if (dirname(folder) === folder) break;
  }
  const inside = relative(root, resolve(dir, out));
  if (isAbsolute(out) || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    const where = root === dir ? "the config's folder" : `the repository (${root})`;
    report.error(["out"], `${quote(out)} leaves ${where}; \`out\` is a folder inside it`);
  }
}

/** A spec written as a module specifier: no file at it relative to the config. */
function isModuleSpecifier(spec: string, dir: string): boolean {
  return !existsSync(resolve(dir, spec));
}

/**
 * The spec's file: as written, relative to the config, when a file is there; otherwise the specifier
 * resolved by Node from the config's folder (so `status-codegen/spec/status-codes.yaml` finds the
 * installed package's, through its `exports`).
 */
function resolveSpec(report: Reporter, spec: unknown, dir: string): string | undefined {
  if (typeof spec !== "string") return undefined;
  const asFile = resolve(dir, spec);
  if (existsSync(asFile)) return asFile;
  try {
    return createRequire(join(dir, "status-codegen.config.yaml")).resolve(spec);
  } catch {
    report.error(["spec"], `${quote(spec)} does not resolve: there is no such file beside the config, and Node finds no such module from ${dir} (is the package installed, and does it export that path?)`);
    return undefined;
  }
}

/** Each entry: a built-in target or a template with its language, a name no other has, a template that exists. */
function checkTargets(report: Reporter, data: Entry, dir: string, registry: Registry): ConfigTarget[] {
  const targetIds = registry.targets.map((target) => target.id);
  const languageIds = registry.languages.map((language) => language.id);
  const found: ConfigTarget[] = [];
  const names = new Map<string, number>();
  for (const [index, entry] of entries(data["targets"])) {
    const at = (field?: string): SpecPath => (field === undefined ? ["targets", index] : ["targets", index, field]);
    const [targetId, template, languageId, output, name] = [entry["target"], entry["template"], entry["language"], entry["output"], entry["name"]];
    let language: string | undefined;
    if (typeof targetId === "string" && typeof template === "string") {
      report.error(at("template"), "give `target` (a built-in target) or `template` (a template of this repository), not both; use one entry each");
      continue;
    }
    if (typeof targetId === "string") {
      const target = registry.target(targetId);
      if (target === undefined) {
        const suggestion = closest(targetId, targetIds);
        report.error(at("target"), `unknown target ${quote(targetId)}; ${suggestion === undefined ? `targets are: ${targetIds.join(", ")}` : `did you mean "${suggestion}"?`}`);
        continue;
      }
      if (languageId !== undefined) report.error(at("language"), `a built-in target has its own language (${target.language.id}); \`language\` is for a template`);
      language = target.language.id;
    } else if (typeof template === "string") {
      if (typeof languageId !== "string") {
        report.error(at(), `a template needs the \`language\` whose helpers and code views it uses: ${languageIds.join(", ")}`);
        continue;
      }
      if (registry.language(languageId) === undefined) {
        const suggestion = closest(languageId, languageIds);
        report.error(at("language"), `unknown language ${quote(languageId)}; ${suggestion === undefined ? `languages are: ${languageIds.join(", ")}` : `did you mean "${suggestion}"?`}`);
        continue;
      }
      if (typeof output !== "string") report.error(at(), "a template needs an `output`: where its file goes inside `out`");
      const path = resolve(dir, template);
      const kind = fileKind(path);
      if (kind === undefined) report.error(at("template"), `there is no template file at ${path}`);
      else if (kind !== "a regular file") report.error(at("template"), `${path} is ${kind}, not a template file`);
      language = languageId;
    } else {
      if (targetId === undefined && template === undefined) report.error(at(), "say what to generate: `target` (a built-in target) or `template` (with its `language`)");
      continue;
    }
    const chosen = typeof name === "string" ? name : typeof targetId === "string" ? targetId : basename(String(template)).replace(/\.hbs$/, "");
    const earlier = names.get(chosen);
    if (earlier !== undefined) {
      report.error(typeof name === "string" ? at("name") : at(), `two targets are named "${chosen}" (targets[${earlier}], line ${report.line(["targets", earlier])}); give one a \`name\` of its own`);
    }
    names.set(chosen, index);
    const options = asEntry(entry["options"]) ?? {};
    found.push({
      index,
      name: chosen,
      target: typeof targetId === "string" ? targetId : undefined,
      template: typeof template === "string" ? resolve(dir, template) : undefined,
      language,
      output: typeof output === "string" ? output : undefined,
      options: Object.fromEntries(Object.entries(options).filter((pair): pair is [string, string] => typeof pair[1] === "string")),
    });
  }
  return found;
}

/** What is at `path` (following links), or undefined when nothing is. */
function fileKind(path: string): string | undefined {
  try {
    return describeFileKind(statSync(path));
  } catch {
    return undefined;
  }
}
