import { lstatSync, rmdirSync, unlinkSync } from "node:fs";
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { ConsumerConfig } from "./config/config.js";
import { findConfig, loadConfig } from "./config/load-config.js";
import { planFromConfig } from "./config/plan.js";
import { builtins, type Registry } from "./registry.js";
import { targetFiles } from "./languages/target.js";
import { generatedMarker, plannedTargets, renderTargets, TemplateError, TemplateReadError, type KeptSource, type PlannedTarget, type RenderedFile } from "./render/render.js";
import { SpecError } from "./shared/diagnostics.js";
import { describeFileKind, describeFsError, InputError, UsageError } from "./shared/input-error.js";
import { sampleModel } from "./render/sample-model.js";
import { checkCapacity } from "./render/capacity.js";
import { readSpec } from "./spec/read.js";
import { validateSpec, type Validated } from "./spec/validate.js";
import type { Model, SettingValues } from "./spec/model.js";
import { renderFileList, readFileList, fileListName } from "./write/file-list.js";
import { carries, describePartialWrite, findDrift, findUnexpected, foreignFile, NotRegularOutputError, overwrittenInput, PartialWriteError, UnsafeOutputError, writeFiles, type Drift, type UnexpectedPolicy, type WriteOptions } from "./write/write-output.js";

/** What a run is given: where it runs, and what the command line or the caller chose. */
export interface ProjectOptions {
  readonly cwd: string;
  /** A config file; undefined finds status-codegen.config.yaml (or .yml, .json) in cwd; false uses none. */
  readonly config?: string | false | undefined;
  /** The spec, over the config's. */
  readonly spec?: string | undefined;
  /** The output root, over the config's. */
  readonly out?: string | undefined;
  /** Only the targets of these names. */
  readonly targets?: readonly string[] | undefined;
  readonly registry?: Registry | undefined;
}

/**
 * What a run works on: the config (when the repository has one), the spec, the output root, the registry.
 * Paths are absolute; `*Shown` are as messages name them.
 */
export interface Project {
  readonly cwd: string;
  readonly registry: Registry;
  readonly config: ConsumerConfig | undefined;
  readonly specFile: string;
  readonly specShown: string;
  readonly out: string;
  readonly outShown: string;
  readonly targetNames: readonly string[] | undefined;
  /** The spec was given with --spec (or the API's `spec`), over the config's. */
  readonly specFromCommandLine: boolean;
}

/** The spec this repository generates from when neither a config nor --spec names one. */
export const defaultSpec = "spec/status-codes.yaml";
export const defaultOut = "out";

/** A path as messages show it: relative to where the command runs, unless it lies outside. */
function shown(cwd: string, path: string): string {
  const relativePath = relative(cwd, path);
  return relativePath === "" ? "." : relativePath.startsWith("..") ? path : relativePath.split(sep).join("/");
}

/** A config's spec as messages name it: its path when it lies under cwd, else its module specifier (or its absolute path). */
function specShownFor(cwd: string, specFile: string, config: ConsumerConfig): string {
  const path = shown(cwd, specFile);
  return path.startsWith("/") && config.specName !== undefined ? config.specName : path;
}

/** Finds and reads the config (a SpecError naming it when it is wrong), and settles the spec and the output root. */
export function openProject(options: ProjectOptions): Project {
  const registry = options.registry ?? builtins;
  const configFile = options.config === false ? undefined : options.config === undefined ? findConfig(options.cwd) : resolve(options.cwd, options.config);
  let config: ConsumerConfig | undefined;
  if (configFile !== undefined) {
    try {
      config = loadConfig(configFile, registry);
    } catch (error) {
      if (error instanceof SpecError) throw new SpecError(error.diagnostics, error.omitted, shown(options.cwd, configFile));
      throw new InputError(`cannot read the config ${shown(options.cwd, configFile)}: ${describeFsError(error)}`);
    }
  }
  const specFile = options.spec !== undefined ? resolve(options.cwd, options.spec) : (config?.spec ?? resolve(options.cwd, defaultSpec));
  const out = options.out !== undefined ? resolve(options.cwd, options.out) : (config?.out ?? resolve(options.cwd, defaultOut));
  return {
    cwd: options.cwd,
    registry,
    config,
    specFile,
    specShown: options.spec ?? (config === undefined ? defaultSpec : specShownFor(options.cwd, specFile, config)),
    out,
    outShown: options.out ?? (config === undefined ? defaultOut : shown(options.cwd, out)),
    targetNames: options.targets,
    specFromCommandLine: options.spec !== undefined,
  };
}

/**
 * Reads and validates the spec. Headers name it by its module specifier when the config gave one, else by
 * its path relative to the output root's parent, so they are the same whichever directory the command
 * runs from. Throws a SpecError naming the spec, or an InputError when it cannot be read.
 */
export function readTable(project: Project): Validated {
  return validateTable(project, readSpecText(project));
}

/** The spec's text, as readTable reads it. */
export function readSpecText(project: Project): string {
  try {
    return readSpec(project.specFile);
  } catch (error) {
    if (error instanceof SpecError) throw new SpecError(error.diagnostics, error.omitted, project.specShown);
    throw new InputError(`cannot read the spec ${project.specShown}: ${describeFsError(error)}; pass --spec FILE to read another one`);
  }
}

/** A spec's text validated as readTable validates the file's (`--watch` validates again what it read once). */
export function validateTable(project: Project, text: string): Validated {
  // With a config, a spec file is named as the config names it: relative to the config's folder.
  const base = project.config === undefined ? dirname(project.out) : project.config.dir;
  // --spec over the config's spec: the config's module specifier names some other file.
  const specName = project.specFromCommandLine ? undefined : project.config?.specName;
  const source = specName ?? relative(base, project.specFile).split(sep).join("/");
  try {
    return validateSpec(text, source, project.registry);
  } catch (error) {
    if (error instanceof SpecError) throw new SpecError(error.diagnostics, error.omitted, project.specShown);
    throw error;
  }
}

/**
 * Every target the run would write: the config's (checked against the model), or every target of the
 * registry. A table larger than one the run writes (`--target` may leave it out) can hold is refused.
 */
export function planAll(project: Project, validated: Validated): PlannedTarget[] {
  const planned = planTargets(project, validated);
  checkCapacity(validated, planned.filter((entry) => project.targetNames?.includes(entry.name) ?? true), project.specShown);
  return planned;
}

function planTargets(project: Project, validated: Validated): PlannedTarget[] {
  if (project.config === undefined) return plannedTargets(validated.model, project.registry);
  try {
    return planFromConfig(project.config, validated.model, project.registry);
  } catch (error) {
    if (error instanceof SpecError) throw new SpecError(error.diagnostics, error.omitted, shown(project.cwd, project.config.file));
    throw error;
  }
}

/** The targets `--target` names, in the plan's order; a name the plan does not have is a usage error. */
export function selectTargets(project: Project, planned: readonly PlannedTarget[]): PlannedTarget[] {
  if (project.targetNames === undefined) return [...planned];
  const names = new Set(planned.map((entry) => entry.name));
  const unknown = project.targetNames.filter((name) => !names.has(name));
  if (unknown.length > 0) throw new UsageError(`--target ${unknown.map((name) => `"${name}"`).join(", ")}: this run's targets are ${[...names].join(", ")}`);
  return planned.filter((entry) => project.targetNames?.includes(entry.name));
}

/**
 * The two models `diff` compares, with the settings a config's targets use instead of the spec's: its
 * advice then names the types this repository's files declare (`SdkErrorName`, not `StatusCodeName`), and a
 * spec's setting or output path that the config overrides, or that only targets it does not write use, is
 * no change for it. A language the config writes in several targets speaks through the first. Without a
 * config the models are returned as they are.
 */
export function modelsAsConfigured(project: Project, before: Model, after: Model, plannedAfter: readonly PlannedTarget[]): readonly [Model, Model] {
  if (project.config === undefined) return [before, after];
  let plannedBefore: readonly PlannedTarget[];
  try {
    plannedBefore = planFromConfig(project.config, before, project.registry);
  } catch {
    // An earlier spec this config cannot plan (a setting since removed): compare it with today's choices.
    plannedBefore = plannedAfter;
  }
  const used = (planned: readonly PlannedTarget[]) => {
    const languages: Record<string, SettingValues> = {};
    const outputs: Record<string, string> = {};
    for (const { target, settings, output } of planned) {
      if (target.language.settings !== undefined) languages[target.language.id] ??= settings;
      if (project.registry.targets.includes(target)) outputs[target.id] ??= output;
    }
    return { languages, outputs };
  };
  const [usedBefore, usedAfter] = [used(plannedBefore), used(plannedAfter)];
  // What the config does not use reads the same on both sides: the current spec's.
  const view = (model: Model, chosen: ReturnType<typeof used>): Model => ({
    ...model,
    settings: { languages: { ...after.settings.languages, ...chosen.languages }, outputs: { ...after.settings.outputs, ...chosen.outputs } },
  });
  return [view(before, usedBefore), view(after, usedAfter)];
}

/**
 * Renders the planned targets; a template that fails is a SpecError located in the template. A
 * repository's own templates are rendered once more with a sample in which every optional field is set
 * (the result thrown away): a misspelt field in a branch the table does not take yet is found now.
 * `validate` renders only those templates: the built-in ones are proven by this package's tests.
 * `lazy`: the built-in targets' files render when their content is read (see renderTargets), each as a
 * run compares or writes it; the commands' runs use it. `kept`: the templates' sources as earlier runs
 * read them (see renderTargets).
 */
export function render(project: Project, model: Model, planned: readonly PlannedTarget[], only: "all" | "own templates" = "all", lazy = false, kept?: Map<string, KeptSource>): RenderedFile[] {
  try {
    const own = (entry: PlannedTarget) => !project.registry.targets.includes(entry.target);
    // A repository's own templates render now, so that their errors come before the sample's.
    const files = renderTargets(model, planned, only === "all" ? undefined : own, lazy ? { mapError: (error) => renderError(project, error), when: (entry) => !own(entry) } : undefined, kept);
    if (planned.some(own)) {
      try {
        renderTargets(sampleModel(project.registry, model.source), planned, own, undefined, kept);
      } catch (error) {
        if (!(error instanceof TemplateError)) throw error;
        throw new TemplateError(error.template, error.line, error.column, `${error.message} (found with a sample table that has every kind of entry, which this table does not yet)`);
      }
    }
    return files;
  } catch (error) {
    throw renderError(project, error);
  }
}

/** A template's problem as the user's: an unreadable template, or a located error in it; anything else as it is. */
function renderError(project: Project, error: unknown): unknown {
  if (error instanceof TemplateReadError) return new InputError(`cannot read the template ${shown(project.cwd, fileURLToPath(error.template))}: ${describeFsError(error.reason)}`);
  if (!(error instanceof TemplateError)) return error;
  const file = shown(project.cwd, fileURLToPath(error.template));
  return new SpecError([{ severity: "error", line: error.line, column: error.column, path: "", message: error.message }], 0, file);
}

/** The files no output may replace: the spec, the config and its templates. */
export function inputsOf(project: Project): string[] {
  return [project.specFile, ...(project.config === undefined ? [] : [project.config.file, ...project.config.targets.flatMap((target) => (target.template === undefined ? [] : [target.template]))])];
}

/** What `--check` and `generate` call unexpected in this project (see UnexpectedPolicy); `all` is the whole plan, `--target` or not. */
export function unexpectedPolicy(project: Project, all: readonly PlannedTarget[]): UnexpectedPolicy {
  const partial = project.targetNames !== undefined;
  if (project.config === undefined) return { mode: "all", known: new Set(planPaths(all)), partial };
  const known = new Set([...planPaths(all), fileListName]);
  return { mode: "generated", known, owned: project.config.owned, marker: generatedMarker, listed: readFileList(project.out), partial };
}

/** Every file path (inside the output root) that the whole plan writes. */
function planPaths(all: readonly PlannedTarget[]): string[] {
  return all.flatMap(({ target, output, settings }) => targetFiles(target, settings).map((file) => (file.path === undefined ? output : posix.join(output, file.path))));
}

/**
 * What a run writes: the chosen targets' files and, with a config, the list of every file the plan writes
 * (see file-list.ts). A run of some targets (`--target`) is about those files only: the list is left as it is.
 */
export function withFileList(project: Project, files: readonly RenderedFile[], all: readonly PlannedTarget[]): RenderedFile[] {
  if (project.config === undefined || project.targetNames !== undefined) return [...files];
  return [...files, { path: fileListName, content: renderFileList(planPaths(all), generatedMarker) }];
}

/**
 * Refuses a run whose files would replace an input (the spec, the config, a template) or, with a config, a
 * file status-codegen did not write (not on its list, no generated header): an SDK repository's own
 * `strings.xml` or `package.json` is never overwritten by a mistyped output path.
 */
export function guardOutputs(project: Project, files: readonly RenderedFile[], policy: UnexpectedPolicy): void {
  const shownPath = (path: string) => `${project.outShown.replace(/\/+$/, "")}/${path}`;
  const clash = overwrittenInput(project.out, files, inputsOf(project));
  if (clash !== undefined) {
    const what = clash.input === project.specFile ? `the spec being read (${project.specShown})` : `an input of this run (${shown(project.cwd, clash.input)})`;
    throw new InputError(`refusing to write ${shownPath(clash.file.path)}: it is ${what}; choose another --out or output path`);
  }
  let foreign: RenderedFile | undefined;
  try {
    foreign = foreignFile(project.out, files, policy);
  } catch (error) {
    if (error instanceof NotRegularOutputError) throw notRegularOutput(project, error, "generate");
    throw error;
  }
  if (foreign !== undefined) {
    throw new InputError(
      `refusing to replace ${shownPath(foreign.path)}: status-codegen did not write it (it is not in ${shownPath(fileListName)} and has no generated header); move it away, or choose another output path`,
    );
  }
}

/** A path as messages show it: one inside the output root as `out/…` (as the root was given), any other as it is. */
export function shownOutput(project: Project, path: string): string {
  const inside = relative(project.out, path);
  if (inside === "") return project.outShown;
  if (inside.startsWith("..") || isAbsolute(inside)) return path;
  return `${project.outShown.replace(/\/+$/, "")}/${inside.split(sep).join("/")}`;
}

/** The message for an output path that holds a named pipe, a device, a folder or a link to one. */
export function notRegularOutput(project: Project, error: NotRegularOutputError, command: "generate" | "check"): InputError {
  const what = `${shownOutput(project, error.path)} is ${error.kind}, not a regular file`;
  return new InputError(
    command === "check"
      ? `${what}, so it cannot be compared with what the spec renders to; remove it (or move it away), then run generate`
      : `${what}: status-codegen neither reads nor replaces one; remove it (or move it away) and run again; nothing was written`,
  );
}

/** findDrift, with file-system trouble reported as the user's problem rather than a crash. */
export function checkOutputs(project: Project, files: readonly RenderedFile[], policy: UnexpectedPolicy): Drift {
  // A file generate would refuse to replace is no "stale" file that generate fixes: say what it is.
  guardOutputs(project, files, policy);
  try {
    return findDrift(project.out, files, policy);
  } catch (error) {
    // A file rendered as it is compared (render's `lazy`): a template's problem, the user's as it is.
    if (error instanceof SpecError || error instanceof InputError) throw error;
    if (error instanceof NotRegularOutputError) throw notRegularOutput(project, error, "check");
    // Not the file system's: a fault of the generator's own, while it rendered a file to compare.
    if (typeof (error as NodeJS.ErrnoException).code !== "string") throw error;
    const path = (error as NodeJS.ErrnoException).path;
    throw new InputError(`cannot read ${shownOutput(project, path ?? project.out)}: ${describeFsError(error)}`);
  }
}

/** The one output flushed to disk when written: the file list, a later run's record of what this one wrote. */
const fileListOnly: ReadonlySet<string> = new Set([fileListName]);

/**
 * writeFiles, with file-system trouble reported as the user's problem: nothing was written, or (when a
 * replaced file could not be put back) what was, and where the earlier content is.
 */
export function writeOutputs(project: Project, files: readonly RenderedFile[], tidy?: WriteOptions["tidy"]): string[] {
  try {
    return writeFiles(project.out, files, { inputs: inputsOf(project), flushed: fileListOnly, ...(tidy === undefined ? {} : { tidy }) });
  } catch (error) {
    // A file rendered as it is written (render's `lazy`): a template's problem, with nothing written.
    if (error instanceof SpecError || error instanceof InputError) throw error;
    if (error instanceof UnsafeOutputError) throw new InputError(error.message);
    if (error instanceof PartialWriteError) throw new InputError(describePartialWrite(error.failure, error.notRestored, (path) => shownOutput(project, path)));
    if (error instanceof NotRegularOutputError) throw notRegularOutput(project, error, "generate");
    const { path, code, syscall } = error as NodeJS.ErrnoException;
    // Not the file system's: a fault of the generator's own, while it rendered a file to write.
    if (typeof code !== "string") throw error;
    // mkdir reports ENOENT where a file system such as /proc refuses new folders whose parent exists.
    const reason = code === "ENOENT" && syscall === "mkdir" ? "the file system there does not allow creating folders" : describeFsError(error);
    throw new InputError(`cannot write ${shownOutput(project, path ?? project.out)}: ${reason}; nothing was written`);
  }
}

/** What a generate run did beyond rendering: files written, files removed, and what it warns about. */
export interface WriteOutcome {
  /** Paths written, inside the output root. */
  readonly written: readonly string[];
  /** Files an earlier run wrote (on its list) that the config no longer writes, removed. */
  readonly removed: readonly string[];
  /** Warnings in words, each about one file. */
  readonly warnings: readonly string[];
}

/**
 * The write step every way of running shares (the command, --watch, the API): refuse what must not be
 * replaced, write atomically, then, with a config, remove the files an earlier run listed that the config
 * no longer writes (its own files: a file not on the list is never removed), and say what else is there.
 * A run of some targets (`--target`) removes nothing: it is about those targets only.
 */
export function writeRun(project: Project, files: readonly RenderedFile[], policy: UnexpectedPolicy, tidy?: WriteOptions["tidy"]): WriteOutcome {
  guardOutputs(project, files, policy);
  const written = writeOutputs(project, files, tidy);
  const warnings: string[] = [];
  const removed = project.config === undefined || project.targetNames !== undefined ? [] : removeLeftovers(project, files, policy, warnings);
  for (const path of findUnexpected(project.out, files, policy)) {
    const generatedBefore = policy.listed?.has(path) === true || (policy.marker !== undefined && carries(join(project.out, path), policy.marker));
    const why = generatedBefore ? "was generated before and is no longer written; delete it" : `is not generated from ${project.specShown}; left in place`;
    warnings.push(`${shownOutput(project, join(project.out, path))} ${why}`);
  }
  return { written, removed, warnings };
}

/**
 * Removes what the earlier run's list names and this plan does not write: regular files only (a link or a
 * folder at that path is left, with a warning), never an input, and then the folders they leave empty,
 * up to the output root. A file that cannot be removed is a warning; the run has written what it wrote.
 */
function removeLeftovers(project: Project, files: readonly RenderedFile[], policy: UnexpectedPolicy, warnings: string[]): string[] {
  const known = new Set([...files.map((file) => file.path), ...(policy.known ?? [])]);
  const inputs = new Set(inputsOf(project).map((input) => resolve(input)));
  const removed: string[] = [];
  for (const path of [...(policy.listed ?? [])].sort()) {
    const file = resolve(project.out, path);
    if (known.has(path) || inputs.has(file) || relative(project.out, file).startsWith("..")) continue;
    let stats;
    try {
      stats = lstatSync(file);
    } catch {
      continue; // gone already
    }
    if (!stats.isFile()) {
      warnings.push(`${shownOutput(project, join(project.out, path))} was generated before and is no longer written, but is now ${describeFileKind(stats)}; left in place`);
      continue;
    }
    try {
      unlinkSync(file);
    } catch (error) {
      warnings.push(`${shownOutput(project, join(project.out, path))} is no longer written but cannot be removed: ${describeFsError(error)}; delete it`);
      continue;
    }
    removed.push(path);
    for (let folder = dirname(file); folder !== project.out && folder.startsWith(`${project.out}${sep}`); folder = dirname(folder)) {
      try {
        rmdirSync(folder);
      } catch {
        break; // not empty
      }
    }
  }
  return removed;
}
