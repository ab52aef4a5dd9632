import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { dirname, relative, resolve, sep } from "node:path";
import { parseArgs, usage, UsageError, type Command } from "./args.js";
import { formatDiagnostic, SpecError, type Diagnostic } from "../shared/diagnostics.js";
import { renderAll, type RenderedFile } from "../render/render.js";
import { readSpec } from "../spec/read.js";
import { validateSpec, type Validated } from "../spec/validate.js";
import { compareSpecs, majorRaised } from "../evolution/compare-specs.js";
import { readPreviousSpec, PreviousSpecError, type PreviousSpec } from "../evolution/read-previous-spec.js";
import { diffResult, jsonReport, textReport } from "../evolution/report-findings.js";
import { findDrift, findUnexpected, overwrittenInput, UnsafeOutputError, writeFiles } from "../write/write-output.js";

/** Where a run prints; tests pass their own. */
export interface Io {
  readonly cwd: string;
  stdout(line: string): void;
  stderr(line: string): void;
}

/** A problem the user can fix, reported as one line without a stack trace (exit 1). */
class InputError extends Error {}

/** Runs the CLI and returns its exit code: 0 success, 1 bad spec or drift, 2 usage error. */
export function run(argv: readonly string[], io: Io): number {
  let command: Command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`status-codegen: ${error.message}\n\n${usage}`);
    return 2;
  }
  try {
    switch (command.kind) {
      case "help":
        io.stdout(usage);
        return 0;
      case "version":
        io.stdout(version());
        return 0;
      case "validate": {
        const { model, warnings } = load(command.spec, resolve(io.cwd, "out"), io);
        printWarnings(command.spec, warnings, io);
        const codes = `${model.codes.length} code${model.codes.length === 1 ? "" : "s"}`;
        const categories = `${model.categories.length} categor${model.categories.length === 1 ? "y" : "ies"}`;
        io.stdout(`${command.spec}: ${codes} in ${categories}, valid`);
        return 0;
      }
      case "generate":
        return generate(command.spec, command.out, command.check, io);
      case "diff":
        return diff(command.spec, command.against, command.format, io);
    }
  } catch (error) {
    if (error instanceof SpecError) {
      const spec = error.file ?? (command.kind === "help" || command.kind === "version" ? "" : command.spec);
      for (const diagnostic of error.diagnostics) io.stderr(formatDiagnostic(spec, diagnostic));
      const errors = error.diagnostics.filter((diagnostic) => diagnostic.severity === "error").length;
      const more = error.omitted === 0 ? "" : ` and ${error.omitted.toLocaleString("en")} more problems not shown`;
      const outcome = command.kind === "diff" ? "nothing was compared" : "nothing was written";
      io.stderr(`status-codegen: ${errors} error${errors === 1 ? "" : "s"}${more} in ${spec}; ${outcome}`);
      return 1;
    }
    if (error instanceof InputError) {
      io.stderr(`status-codegen: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

function version(): string {
  const packageJson = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return packageJson.version;
}

/** Reads and validates the spec. Headers name it relative to the output root's parent, so they are the
 * same whichever directory the command runs from. */
function load(spec: string, outDir: string, io: Io) {
  const specPath = resolve(io.cwd, spec);
  let text: string;
  try {
    text = readSpec(specPath);
  } catch (error) {
    if (error instanceof SpecError) throw error;
    throw new InputError(`cannot read the spec ${spec}: ${describeFsError(error)}; pass --spec FILE to read another one`);
  }
  const source = relative(dirname(outDir), specPath).split(sep).join("/");
  return validateSpec(text, source);
}

function generate(spec: string, out: string, check: boolean, io: Io): number {
  const outDir = resolve(io.cwd, out);
  const { model, warnings } = load(spec, outDir, io);
  printWarnings(spec, warnings, io);
  releaseParseMemory(model.codes.length);
  const files = renderAll(model);
  const shown = (path: string) => `${out.replace(/\/+$/, "")}/${path}`;
  const clash = overwrittenInput(outDir, files, [resolve(io.cwd, spec)]);
  if (clash !== undefined) {
    throw new InputError(`refusing to write ${shown(clash.file.path)}: it is the spec being read (${spec}); choose another --out or output path`);
  }

  if (check) {
    const drift = inspect(outDir, files);
    const problems = [
      ...drift.stale.map((path) => `stale       ${shown(path)}`),
      ...drift.missing.map((path) => `missing     ${shown(path)}`),
      ...drift.unexpected.map((path) => `unexpected  ${shown(path)}`),
    ];
    if (problems.length === 0) {
      io.stdout(`${out} is up to date with ${spec} (${files.length} files)`);
      return 0;
    }
    io.stderr(`status-codegen: ${out} is out of step with ${spec}:`);
    for (const problem of problems) io.stderr(`  ${problem}`);
    io.stderr("Run `npm run generate` and commit the result; delete unexpected files the generator no longer writes.");
    return 1;
  }

  const written = write(outDir, files);
  io.stdout(`wrote ${written.length} of ${files.length} files to ${out} (${files.length - written.length} unchanged)`);
  for (const path of findUnexpected(outDir, files)) {
    io.stderr(`status-codegen: warning: ${shown(path)} is not generated from ${spec}; left in place`);
  }
  return 0;
}

/**
 * Compares the spec with an earlier one (a git revision's copy, or a file) and reports every change with
 * its severity. Both specs must be valid: a finding is only as good as the model it is made from.
 */
function diff(spec: string, against: string, format: "text" | "json", io: Io): number {
  const specPath = resolve(io.cwd, spec);
  const current = load(spec, resolve(io.cwd, "out"), io);
  printWarnings(spec, current.warnings, io);
  let previous: PreviousSpec;
  try {
    previous = readPreviousSpec(against, resolve(io.cwd, against), specPath, spec);
  } catch (error) {
    if (error instanceof PreviousSpecError) throw new InputError(`cannot read the earlier spec: ${error.message}`);
    if (error instanceof SpecError) throw new SpecError(error.diagnostics, error.omitted, against);
    throw new InputError(`cannot read the earlier spec ${against}: ${describeFsError(error)}`);
  }
  let old: Validated;
  try {
    old = validateSpec(previous.text, previous.label);
  } catch (error) {
    if (error instanceof SpecError) throw new SpecError(error.diagnostics, error.omitted, previous.label);
    throw error;
  }
  const sides = [{ file: previous.label, ...old }, { file: spec, ...current }] as const;
  const findings = compareSpecs(sides[0], sides[1]);
  const result = diffResult(findings, sides[0], sides[1], majorRaised(old.model, current.model));
  if (format === "json") {
    io.stdout(jsonReport(result));
  } else {
    const report = textReport(result);
    for (const line of report.out) io.stdout(line);
    for (const line of report.err) io.stderr(line);
  }
  return result.exitCode;
}

/**
 * A large spec's YAML document (hundreds of MiB for 100,000 codes) is garbage once the model is built, but
 * V8 would rather grow the heap than collect it while rendering allocates. One full collection here keeps
 * the peak near the parser's own. Small specs skip it: it would only cost time.
 */
function releaseParseMemory(codes: number) {
  if (codes < 5_000) return;
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as (() => void) | undefined;
  gc?.();
}

/** findDrift, with file-system trouble reported as the user's problem rather than a crash. */
function inspect(outDir: string, files: readonly RenderedFile[]) {
  try {
    return findDrift(outDir, files);
  } catch (error) {
    const path = (error as NodeJS.ErrnoException).path;
    throw new InputError(`cannot read ${path ?? outDir}: ${describeFsError(error)}`);
  }
}

function write(outDir: string, files: readonly RenderedFile[]): string[] {
  try {
    return writeFiles(outDir, files);
  } catch (error) {
    if (error instanceof UnsafeOutputError) throw new InputError(error.message);
    const { path, code, syscall } = error as NodeJS.ErrnoException;
    // mkdir reports ENOENT where a file system such as /proc refuses new folders whose parent exists.
    const reason = code === "ENOENT" && syscall === "mkdir" ? "the file system there does not allow creating folders" : describeFsError(error);
    throw new InputError(`cannot write ${path ?? outDir}: ${reason}; nothing was written`);
  }
}

function printWarnings(spec: string, warnings: readonly Diagnostic[], io: Io) {
  for (const warning of warnings) io.stderr(formatDiagnostic(spec, warning));
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a directory";
    case "ENOTDIR":
      return "a parent is not a directory";
    case "ENAMETOOLONG":
      return "a name in the path is longer than the file system allows";
    case "EROFS":
      return "read-only file system";
    case "ENOSPC":
      return "no space left on the device";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
