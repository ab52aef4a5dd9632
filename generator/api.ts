/**
 * status-codegen's programmatic API: `import { loadSpec, validateSpec, renderTargets, generate } from
 * "status-codegen"`. The same code paths as the command; problems come back as data (each with its file,
 * line, column, path, message and severity) instead of being printed, and nothing throws for bad input.
 */
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { checkOutputs, openProject, planAll, readTable, render, selectTargets, unexpectedPolicy, withFileList, writeRun, type Project } from "./project.js";
import { builtins, type Registry } from "./registry.js";
import type { PlannedTarget, RenderedFile } from "./render/render.js";
import { SpecError } from "./shared/diagnostics.js";
import { InputError, UsageError } from "./shared/input-error.js";
import type { Model } from "./spec/model.js";
import { validateSpec as validateText } from "./spec/validate.js";
import { NotRegularOutputError, UnsafeOutputError, type Drift } from "./write/write-output.js";

export type { AliasSourceModel, CategoryModel, CodeModel, Conflict, Deprecation, Model, ReservedModel, SettingValues, Settings, StatusKind } from "./spec/model.js";
export type { PlannedTarget, RenderedFile } from "./render/render.js";
export type { FileContext } from "./languages/target.js";
export type { Drift } from "./write/write-output.js";
export type { Registry } from "./registry.js";
export type { Language } from "./languages/language.js";
export type { Target } from "./languages/target.js";
export { builtins, builtinLanguages, builtinTargets, createRegistry } from "./registry.js";

/** One problem, located: `file:line:column path: message` is how the command prints it. */
export interface Diagnostic {
  /** The file it is in (the spec, the config or a template), as the command names it; "" when none. */
  readonly file: string;
  /** 1-based; 0 when the problem is not at a place in the file (a folder that cannot be written). */
  readonly line: number;
  readonly column: number;
  /** Where in the data, such as `codes[12].name`; "" for the whole file. */
  readonly path: string;
  readonly message: string;
  readonly severity: "error" | "warning";
}

/** What every call takes: where it runs, and what the command line would say. */
export interface Options {
  /** The folder relative paths start from (default: process.cwd()). */
  readonly cwd?: string;
  /** A config file; default: status-codegen.config.yaml (or .yml, .json) in cwd if there is one; false: none. */
  readonly config?: string | false;
  /** The spec, over the config's. */
  readonly spec?: string;
  /** The output root, over the config's. */
  readonly out?: string;
  /** Only these targets (their ids, or the names the config gives). */
  readonly targets?: readonly string[];
  /** Languages and targets other than the built-in ones. */
  readonly registry?: Registry;
}

/** A spec read, validated and planned: what renderTargets renders. */
export interface Table {
  readonly model: Model;
  /** The spec's file, absolute. */
  readonly specFile: string;
  /** The output root, absolute. */
  readonly out: string;
  /** The targets the run writes, with their settings and outputs. */
  readonly targets: readonly PlannedTarget[];
  /** @internal what the run works on */
  readonly project: Project;
  /** @internal every target of the plan, --target or not */
  readonly allTargets: readonly PlannedTarget[];
}

/**
 * Whether it worked, its value when it did, and every problem found (warnings too). Testing `ok` narrows
 * `value`: `if (result.ok) result.value` is the value. A failure may still carry one (generate's drift).
 */
export type Result<T> = Success<T> | Failure<T>;

export interface Success<T> {
  readonly ok: true;
  readonly value: T;
  readonly diagnostics: readonly Diagnostic[];
}

export interface Failure<T> {
  readonly ok: false;
  readonly value: T | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/** Problems as data: a SpecError's located diagnostics, or one unlocated line for a file-system or usage problem. */
function diagnosticsOf(error: unknown): Diagnostic[] {
  if (error instanceof SpecError) return error.diagnostics.map((diagnostic) => ({ ...diagnostic, file: error.file ?? "" }));
  if (error instanceof InputError || error instanceof UsageError || error instanceof UnsafeOutputError || error instanceof NotRegularOutputError) {
    return [{ file: "", line: 0, column: 0, path: "", message: error.message, severity: "error" }];
  }
  throw error;
}

function attempt<T>(work: (warnings: Diagnostic[]) => T): Result<T> {
  const warnings: Diagnostic[] = [];
  try {
    const value = work(warnings);
    return { ok: true, value, diagnostics: warnings };
  } catch (error) {
    return { ok: false, value: undefined, diagnostics: [...warnings, ...diagnosticsOf(error)] };
  }
}

/** What plain JavaScript may pass that the types would have refused, refused in words. */
function checkOptions(options: Options) {
  if (typeof options !== "object" || options === null) throw new UsageError("options must be an object, such as { cwd: \"path/to/sdk\" }");
  for (const key of ["cwd", "spec", "out"] as const) {
    if (options[key] !== undefined && typeof options[key] !== "string") throw new UsageError(`options.${key} must be a path (a string)`);
  }
  if (options.config !== undefined && options.config !== false && typeof options.config !== "string") throw new UsageError("options.config must be a path (a string) or false");
  if (options.targets !== undefined && (!Array.isArray(options.targets) || options.targets.some((name) => typeof name !== "string"))) {
    throw new UsageError("options.targets must be a list of target names, such as [\"typescript\"]");
  }
  if (options.cwd !== undefined && !isDirectory(resolve(options.cwd))) throw new InputError(`options.cwd: there is no folder at ${resolve(options.cwd)}`);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function project(options: Options): Project {
  checkOptions(options);
  return openProject({ cwd: resolve(options.cwd ?? process.cwd()), config: options.config, spec: options.spec, out: options.out, targets: options.targets, registry: options.registry });
}

/** Reads the config (if any) and the spec, validates both and plans the targets: a Table to render. */
export function loadSpec(options: Options = {}): Result<Table> {
  return attempt((warnings) => {
    const opened = project(options);
    const validated = readTable(opened);
    warnings.push(...validated.warnings.map((warning) => ({ ...warning, file: opened.specShown })));
    const all = planAll(opened, validated);
    return { model: validated.model, specFile: opened.specFile, out: opened.out, targets: selectTargets(opened, all), project: opened, allTargets: all };
  });
}

/** Validates spec text (no config, no files): its model, or every problem located in it. */
export function validateSpec(text: string, options: { readonly file?: string; readonly registry?: Registry } = {}): Result<Model> {
  const file = options.file ?? "spec.yaml";
  return attempt((warnings) => {
    if (typeof text !== "string") throw new UsageError(`validateSpec takes the spec's text (a string), not ${text === null ? "null" : typeof text}; to read a file, use loadSpec({ spec })`);
    try {
      const validated = validateText(text, file, options.registry ?? builtins);
      warnings.push(...validated.warnings.map((warning) => ({ ...warning, file })));
      return validated.model;
    } catch (error) {
      if (error instanceof SpecError) throw new SpecError(error.diagnostics, error.omitted, file);
      throw error;
    }
  });
}

/** Renders a loaded table's targets in memory: every file with its exact bytes, or the template's problems. */
export function renderTargets(table: Table): Result<RenderedFile[]> {
  return attempt(() => render(table.project, table.model, table.targets));
}

/** What a generate run did: the files it rendered, which it wrote, and (with `check`) how the output differs. */
export interface Generated {
  readonly files: readonly RenderedFile[];
  /** Paths written (inside the output root); empty with `check`. */
  readonly written: readonly string[];
  /** Files an earlier run wrote that the config no longer writes, removed (with a config); empty with `check`. */
  readonly removed: readonly string[];
  /** With `check`: stale, missing and unexpected files; `ok` is then false when any is found. */
  readonly drift: Drift | undefined;
}

/** `status-codegen generate`: loads, renders and writes (atomically, only what changed), or with `check` compares. */
export function generate(options: Options & { readonly check?: boolean } = {}): Result<Generated> {
  const loaded = loadSpec(options);
  if (!loaded.ok) return { ok: false, value: undefined, diagnostics: loaded.diagnostics };
  const table = loaded.value;
  const result = attempt((warnings) => {
    warnings.push(...loaded.diagnostics);
    const files = withFileList(table.project, render(table.project, table.model, table.targets), table.allTargets);
    const policy = unexpectedPolicy(table.project, table.allTargets);
    // The command's own checks and writes: file-system trouble comes back as a diagnostic, never thrown.
    if (options.check === true) return { files, written: [], removed: [], drift: checkOutputs(table.project, files, policy) };
    const outcome = writeRun(table.project, files, policy);
    warnings.push(...outcome.warnings.map((message): Diagnostic => ({ file: "", line: 0, column: 0, path: "", message, severity: "warning" })));
    return { files, written: outcome.written, removed: outcome.removed, drift: undefined };
  });
  const drift = result.value?.drift;
  const inStep = drift === undefined || (drift.stale.length === 0 && drift.missing.length === 0 && drift.unexpected.length === 0);
  return result.ok && !inStep ? { ok: false, value: result.value, diagnostics: result.diagnostics } : result;
}
