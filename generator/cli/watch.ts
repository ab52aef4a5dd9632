import { watch as watchFolder, type FSWatcher } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import type { Command } from "./args.js";
import { filesCount, generatedCount, printOutcome, printWarnings, reportError, type Io } from "./run.js";
import { inputsOf, openProject, planAll, readSpecText, render, selectTargets, unexpectedPolicy, validateTable, withFileList, writeRun, type Project } from "../project.js";
import type { Validated } from "../spec/validate.js";

/**
 * How long a burst of file events (an editor's write, then rename, usually a millisecond or two apart) is
 * gathered before one run. A save still being written when the run reads it (a slow disk, an editor that
 * flushes between steps) fails to read or validate; such a failure is reported only after `quietMs` without
 * another event, so the save's next event starts a run that reads it whole, and only that run is reported.
 */
const settleMs = 5;
const quietMs = 100;

/**
 * Passes made while waiting for the first save, over a spec whose first run took less than `warmUpBelowMs`:
 * the text already read validated and rendered again, nothing written, so that the first saves are handled
 * by code V8 has already compiled and optimized (a small spec's first runs take twice as long as later
 * ones). One pass at a time; none once a save is seen, after Ctrl-C, or after a pass longer than
 * `warmUpPassMaxMs` (a save arriving meanwhile waits for the pass).
 */
const warmUpPasses = 12;
const warmUpBelowMs = 300;
const warmUpPassMaxMs = 100;

/**
 * `generate --watch`: generates once, then again whenever the spec, the config or one of its templates
 * changes, until Ctrl-C (exit 0). Folders are watched rather than files, so an editor's save by rename
 * (write a temporary file, rename it over the old) is seen too. Between runs it keeps what did not change:
 * the validated spec when only a template or the config changed, the compiled templates (render caches
 * them by source) and the validator. Each run prints one line: what changed, what was written, how long it
 * took; an invalid edit prints its located problems, writes nothing, and the next save is awaited.
 *
 * Returns at once (the watchers keep the process alive); the exit code it returns is the process's when
 * Ctrl-C ends it.
 */
export function watch(command: Extract<Command, { kind: "generate" }>, io: Io): number {
  const options: { cwd: string; config: string | undefined; spec: string | undefined; out: string | undefined; targets: readonly string[] | undefined } = {
    cwd: io.cwd,
    config: command.config,
    spec: command.spec,
    out: command.out,
    targets: command.targets,
  };
  let project: Project | undefined;
  let validated: Validated | undefined;
  let watchers: FSWatcher[] = [];
  let watched = "";
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  /** The spec's text as the last run read it. */
  let specText = "";
  let stopped = false;
  /** A failed run's report, waiting for `quietMs` without events (see quietMs). */
  let failure: { timer: NodeJS.Timeout; report: () => void } | undefined;

  /** One warm-up pass (see warmUpPasses), then the next one after whatever events are waiting; quietly stops on any problem. */
  const warmUp = (left: number) => {
    if (left === 0 || stopped || pending.size > 0 || project === undefined || validated === undefined) return;
    const started = performance.now();
    try {
      const current = project;
      const again = validateTable(current, specText);
      const all = planAll(current, again);
      render(current, again.model, selectTargets(current, all));
    } catch {
      return;
    }
    if (performance.now() - started > warmUpPassMaxMs) return;
    // Never what keeps the process alive: the watchers do, until Ctrl-C.
    setTimeout(() => warmUp(left - 1), 0).unref();
  };

  /** One run: reload what changed, render, write; returns what it printed. */
  const runOnce = (changed: readonly string[]) => {
    const started = performance.now();
    const reloadProject = project === undefined || changed.some((file) => file === project?.config?.file);
    let opened = false;
    try {
      if (reloadProject) {
        project = openProject(options);
        opened = true;
        validated = undefined;
        // Once a config is in use it stays the one: deleted, it is reported and awaited, not replaced by no config.
        if (project.config !== undefined) options.config = project.config.file;
      }
      const current = project as Project;
      if (validated === undefined || changed.includes(current.specFile)) {
        validated = undefined;
        specText = readSpecText(current);
        validated = validateTable(current, specText);
        printWarnings(current.specShown, validated.warnings, io);
      }
      const all = planAll(current, validated);
      const files = withFileList(current, render(current, validated.model, selectTargets(current, all), "all", true), all);
      const outcome = writeRun(current, files, unexpectedPolicy(current, all));
      const written = outcome.written;
      const what = changed.length === 0 ? "generated" : `${changed.map((file) => shown(file)).join(", ")} changed`;
      io.stdout(`${what}: wrote ${generatedCount(written)} of ${filesCount(generatedCount(files))} to ${current.outShown} in ${Math.round(performance.now() - started)} ms`);
      printOutcome(current, outcome, io);
    } catch (error) {
      // An invalid edit: say where, write nothing, wait for the next save. A config that cannot be read
      // is retried from scratch next time; one that was read stays, so its templates stay watched.
      if (reloadProject && !opened) project = undefined;
      const report = () => {
        failure = undefined;
        reportError(error, io, "nothing was written; waiting for the next change");
      };
      if (changed.length === 0) report();
      else failure = { timer: setTimeout(report, quietMs), report };
    }
    watchInputs();
  };

  const shown = (file: string) => {
    const relativePath = resolve(file).startsWith(`${resolve(io.cwd)}/`) ? resolve(file).slice(resolve(io.cwd).length + 1) : file;
    return relativePath;
  };

  /** The files whose change starts a run. */
  const inputs = (): string[] => {
    if (project === undefined) {
      const config = options.config === undefined ? undefined : resolve(io.cwd, options.config);
      return [config, options.spec === undefined ? undefined : resolve(io.cwd, options.spec)].filter((file): file is string => file !== undefined);
    }
    return inputsOf(project);
  };

  /**
   * Watches the folders of the inputs; after a run, again only when the inputs changed (the config may name
   * other templates now), so that no save is missed while watchers are replaced.
   */
  const watchInputs = () => {
    const files = new Set(inputs().map((file) => resolve(file)));
    const folders = new Set([...files].map((file) => dirname(file)));
    // Without a config yet, a new one may appear in the working directory.
    if (project?.config === undefined) folders.add(resolve(io.cwd));
    const key = [...files, "", ...folders].sort().join("\n");
    if (key === watched) return;
    watched = key;
    for (const watcher of watchers) watcher.close();
    watchers = [...folders].flatMap((folder) => {
      try {
        return [
          watchFolder(folder, (_event, name) => {
            if (name === null) return;
            const file = resolve(folder, name.toString());
            const isConfigHere = folder === resolve(io.cwd) && /^status-codegen\.config\.(ya?ml|json)$/.test(basename(file));
            if (!files.has(file) && !isConfigHere) return;
            pending.add(isConfigHere && project?.config === undefined ? file : file);
            // The save goes on: the run that failed on part of it is not reported.
            if (failure !== undefined) clearTimeout(failure.timer);
            failure = undefined;
            clearTimeout(timer);
            timer = setTimeout(() => {
              const changed = [...pending];
              pending = new Set();
              if (changed.some((path) => isConfigFile(path))) project = undefined;
              runOnce(changed);
            }, settleMs);
          }),
        ];
      } catch {
        return [];
      }
    });
  };

  const isConfigFile = (file: string) => /status-codegen\.config\.(ya?ml|json)$/.test(file);

  process.once("SIGINT", () => {
    stopped = true;
    for (const watcher of watchers) watcher.close();
    clearTimeout(timer);
    if (failure !== undefined) {
      clearTimeout(failure.timer);
      failure.report();
    }
    io.stdout("stopped watching");
    process.exitCode = 0;
  });
  const started = performance.now();
  runOnce([]);
  io.stdout("watching for changes; Ctrl-C stops");
  if (performance.now() - started < warmUpBelowMs) setTimeout(() => warmUp(warmUpPasses), 0).unref();
  return 0;
}
