import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileListName } from "../write/file-list.js";
import { parseArgs, usage, UsageError, type Command } from "./args.js";
import { watch } from "./watch.js";
import { formatDiagnostic, SpecError, type Diagnostic } from "../shared/diagnostics.js";
import { describeFsError, InputError } from "../shared/input-error.js";
import { checkOutputs, modelsAsConfigured, openProject, planAll, readTable, render, selectTargets, unexpectedPolicy, withFileList, writeRun, type Project, type WriteOutcome } from "../project.js";
import type { RenderedFile } from "../render/render.js";
import { validateSpec, type Validated } from "../spec/validate.js";
import { collectGarbage } from "../shared/collector.js";
import { compareSpecs, majorRaised } from "../evolution/compare-specs.js";
import { readPreviousSpec, PreviousSpecError, type PreviousSpec } from "../evolution/read-previous-spec.js";
import { diffResult, jsonReport, textReport } from "../evolution/report-findings.js";
import { carries, findUnexpected, type UnexpectedPolicy } from "../write/write-output.js";

/** Where a run prints; tests pass their own. */
export interface Io {
  readonly cwd: string;
  stdout(line: string): void;
  stderr(line: string): void;
  /** How a hint says to run the command again with these arguments (default: `status-codegen …`). */
  readonly rerun?: (args: readonly string[]) => string;
}

/** Runs the CLI and returns its exit code: 0 success, 1 bad input or drift, 2 usage error. */
export function run(argv: readonly string[], io: Io): number {
  let command: Command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const named = argv[0] === "generate" || argv[0] === "validate" || argv[0] === "diff" ? argv[0] : undefined;
    io.stderr(`status-codegen: ${error.message}\n\n${usage(named)}`);
    return 2;
  }
  try {
    switch (command.kind) {
      case "help":
        io.stdout(usage(command.command));
        return 0;
      case "version":
        io.stdout(version());
        return 0;
      case "validate":
        return validate(command, io);
      case "generate":
        if (command.watch) return watch(command, io);
        return generate(command, argv, io);
      case "diff":
        return diff(command, io);
    }
  } catch (error) {
    return reportError(error, io, command.kind === "diff" ? "nothing was compared" : "nothing was written", command.kind);
  }
}

/** A problem as the CLI prints it, and its exit code: located diagnostics (1), one line (1), a usage error (2). */
export function reportError(error: unknown, io: Io, outcome: string, command?: string): number {
  if (error instanceof SpecError) {
    const file = error.file ?? "";
    for (const diagnostic of error.diagnostics) io.stderr(formatDiagnostic(file, diagnostic));
    const errors = error.diagnostics.filter((diagnostic) => diagnostic.severity === "error").length;
    const more = error.omitted === 0 ? "" : ` and ${error.omitted.toLocaleString("en")} more problems not shown`;
    io.stderr(`status-codegen: ${errors} error${errors === 1 ? "" : "s"}${more} in ${file}; ${outcome}`);
    return 1;
  }
  if (error instanceof InputError) {
    io.stderr(`status-codegen: ${error.message}`);
    return 1;
  }
  if (error instanceof UsageError) {
    const named = command === "generate" || command === "validate" || command === "diff" ? command : undefined;
    io.stderr(`status-codegen: ${error.message}\n\n${usage(named)}`);
    return 2;
  }
  throw error;
}

function version(): string {
  const packageJson = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return packageJson.version;
}

function validate(command: Extract<Command, { kind: "validate" }>, io: Io): number {
  const project = openProject({ cwd: io.cwd, config: command.config, spec: command.spec });
  const validated = readTable(project);
  printWarnings(project.specShown, validated.warnings, io);
  const planned = project.config === undefined ? undefined : planAll(project, validated);
  const { model } = validated;
  // The repository's templates rendered in memory: a template that cannot render is no valid config.
  if (planned !== undefined) render(project, model, planned, "own templates");
  const codes = `${model.codes.length} code${model.codes.length === 1 ? "" : "s"}`;
  const categories = `${model.categories.length} categor${model.categories.length === 1 ? "y" : "ies"}`;
  const config = planned === undefined ? "" : `; ${project.config?.file === undefined ? "" : `${relativeTo(io.cwd, project.config.file)}: `}${planned.length} target${planned.length === 1 ? "" : "s"}`;
  io.stdout(`${project.specShown}: ${codes} in ${categories}, valid${config}`);
  return 0;
}

function relativeTo(cwd: string, path: string): string {
  const shown = resolve(path).startsWith(`${resolve(cwd)}/`) ? resolve(path).slice(resolve(cwd).length + 1) : path;
  return shown;
}

/**
 * What one generate run renders: the project and the files of the chosen targets (rendered as they are
 * read). The spec's data and positions are not kept: only the model is needed from here on.
 */
export interface Rendered {
  readonly project: Project;
  readonly files: readonly RenderedFile[];
  readonly policy: UnexpectedPolicy;
}

/** Reads, validates, plans and renders (with a config, the file list too). Writes nothing. */
export function renderProject(project: Project, io: Io): Rendered {
  const rendered = planRun(project, io);
  releaseParseMemory(rendered.codes);
  return rendered;
}

/** renderProject's work, in a scope of its own: once it returns, the parse's data can be collected. */
function planRun(project: Project, io: Io): Rendered & { codes: number } {
  const validated = readTable(project);
  printWarnings(project.specShown, validated.warnings, io);
  const all = planAll(project, validated);
  // Each file is rendered as it is compared or written, and dropped: never all of them in memory at once.
  const files = withFileList(project, render(project, validated.model, selectTargets(project, all), "all", true), all);
  return { project, files, policy: unexpectedPolicy(project, all), codes: validated.model.codes.length };
}

/** How many of `files` (rendered files or paths) the targets made: the file list is bookkeeping, not counted. */
export function generatedCount(files: readonly (RenderedFile | string)[]): number {
  return files.filter((file) => (typeof file === "string" ? file : file.path) !== fileListName).length;
}

/** "1 file", "7 files". */
export function filesCount(count: number): string {
  return `${count} file${count === 1 ? "" : "s"}`;
}

/** What a write removed (stdout: it did what was asked) and what it warns about (stderr). */
export function printOutcome(project: Project, outcome: WriteOutcome, io: Io) {
  for (const path of outcome.removed) io.stdout(`removed ${shownPath(project, path)}: the config no longer writes it`);
  for (const warning of outcome.warnings) io.stderr(`status-codegen: warning: ${warning}`);
}

/** A path inside the output root, as messages show it. */
function shownPath(project: Project, path: string): string {
  return `${project.outShown.replace(/\/+$/, "")}/${path}`;
}

function generate(command: Extract<Command, { kind: "generate" }>, argv: readonly string[], io: Io): number {
  const project = openProject({ cwd: io.cwd, config: command.config, spec: command.spec, out: command.out, targets: command.targets });
  const { files, policy } = renderProject(project, io);
  if (command.check) {
    const drift = checkOutputs(project, files, policy);
    const problems = [
      ...drift.stale.map((path) => `stale       ${shownPath(project, path)}`),
      ...drift.missing.map((path) => `missing     ${shownPath(project, path)}`),
      ...drift.unexpected.map((path) => `unexpected  ${shownPath(project, path)}`),
    ];
    if (problems.length === 0) {
      io.stdout(`${project.outShown} is up to date with ${project.specShown} (${filesCount(generatedCount(files))})`);
      return 0;
    }
    io.stderr(`status-codegen: ${project.outShown} is out of step with ${project.specShown}:`);
    for (const problem of problems) io.stderr(`  ${problem}`);
    // As it was run (see bin.ts): through npx, an npm script, or the command itself.
    const args = argv.filter((arg) => arg !== "--check");
    const rerun = io.rerun?.(args) ?? ["status-codegen", ...args].join(" ");
    const leftovers = project.config === undefined ? "; delete unexpected files the generator no longer writes" : "; it removes the files it wrote that the config no longer writes; delete any other unexpected file";
    io.stderr(`Run \`${rerun}\` and commit the result${drift.unexpected.length > 0 ? leftovers : ""}.`);
    return 1;
  }
  const outcome = writeRun(project, files, policy);
  const [wrote, of] = [generatedCount(outcome.written), generatedCount(files)];
  io.stdout(`wrote ${wrote} of ${filesCount(of)} to ${project.outShown} (${of - wrote} unchanged)`);
  printOutcome(project, outcome, io);
  return 0;
}

/**
 * Compares the spec with an earlier one (a git revision's copy, or a file) and reports every change with
 * its severity. Both specs must be valid: a finding is only as good as the model it is made from.
 */
function diff(command: Extract<Command, { kind: "diff" }>, io: Io): number {
  const project = openProject({ cwd: io.cwd, config: command.config, spec: command.spec });
  const current = readTable(project);
  printWarnings(project.specShown, current.warnings, io);
  const { against } = command;
  let previous: PreviousSpec;
  try {
    previous = readPreviousSpec(against, resolve(io.cwd, against), project.specFile, project.specShown);
  } catch (error) {
    if (error instanceof PreviousSpecError) throw new InputError(`cannot read the earlier spec: ${error.message}`);
    if (error instanceof SpecError) throw new SpecError(error.diagnostics, error.omitted, against);
    throw new InputError(`cannot read the earlier spec ${against}: ${describeFsError(error)}`);
  }
  let old: Validated;
  try {
    old = validateSpec(previous.text, previous.label, project.registry);
  } catch (error) {
    if (error instanceof SpecError) throw new SpecError(error.diagnostics, error.omitted, previous.label);
    throw error;
  }
  const [oldModel, currentModel] = modelsAsConfigured(project, old.model, current.model, planAll(project, current));
  const sides = [
    { file: previous.label, ...old, model: oldModel },
    { file: project.specShown, ...current, model: currentModel },
  ] as const;
  const findings = compareSpecs(sides[0], sides[1], project.registry);
  const result = diffResult(findings, sides[0], sides[1], majorRaised(old.model, current.model));
  if (command.format === "json") {
    io.stdout(jsonReport(result));
  } else {
    const report = textReport(result);
    for (const line of report.out) io.stdout(line);
    for (const line of report.err) io.stderr(line);
  }
  return result.exitCode;
}

/**
 * A large spec's parse (hundreds of MiB for 100,000 codes) is garbage once the model is built, but V8
 * would rather grow the heap than collect it while rendering allocates. One full collection here keeps
 * the peak near the parser's own. Small specs skip it: it would only cost time.
 */
function releaseParseMemory(codes: number) {
  if (codes < 5_000) return;
  collectGarbage("major");
}

export function printWarnings(file: string, warnings: readonly Diagnostic[], io: Io) {
  for (const warning of warnings) io.stderr(formatDiagnostic(file, warning));
}
