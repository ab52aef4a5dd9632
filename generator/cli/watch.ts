import { watch as watchFolder, type FSWatcher } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Command } from "./args.js";
import { configFileNames } from "../config/config.js";
import { collectGarbage } from "../shared/collector.js";
import { filesCount, generatedCount, printOutcome, printWarnings, reportError, type Io } from "./run.js";
import { inputsOf, openProject, planAll, readSpecText, render, selectTargets, unexpectedPolicy, validateTable, withFileList, writeRun, type Project } from "../project.js";
import type { KeptSource, RenderedFile } from "../render/render.js";
import type { Validated } from "../spec/validate.js";
import type { UnexpectedPolicy } from "../write/write-output.js";

/**
 * A save is handled as soon as its first event arrives: the inputs are read, validated and (for a spec
 * under `eagerBelowChars`) rendered in memory at once. Nothing is written until the events that came
 * meanwhile have been seen (at least one turn of the event loop) and `settleMs` have passed since the last
 * one: an event in between means the save went on (an editor's write, then rename; a slow disk), so the run
 * is dropped and starts again from a fresh read. Every change made after a run read its inputs is thus seen
 * before that run writes, and a burst of events makes one run. A save still being written when the run reads
 * it may also fail to read or validate; such a failure is reported only after `quietMs` without another
 * event, so the save's next event starts a run that reads it whole, and only that run is reported.
 */
const settleMs = 5;
const quietMs = 100;

/** A larger spec renders as its files are written (render's `lazy`), so that its outputs are never all held at once. */
const eagerBelowChars = 1 << 20;

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

/** A run read, validated and rendered, waiting to be written (see settleMs). */
interface Prepared {
  readonly changed: readonly string[];
  readonly started: number;
  readonly project: Project;
  readonly files: RenderedFile[];
  readonly policy: UnexpectedPolicy;
}

/**
 * `generate --watch`: generates once, then again whenever the spec, the config or one of its templates
 * changes, until Ctrl-C (exit 0). Folders are watched rather than files, so an editor's save by rename
 * (write a temporary file, rename it over the old) is seen too. Between runs it keeps what did not change:
 * the validated spec when only a template or the config changed, the templates' sources and compiled
 * forms (render caches them by source) and the validator. Each run prints one line: what changed, what was written, how long it
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
  /** A watcher for each folder an input is in, and the inputs: the files whose events start a run. */
  const watchers = new Map<string, FSWatcher>();
  let watchedFiles = new Set<string>();
  let pending = new Set<string>();
  /** When the last event came: a prepared run is written only settleMs later. */
  let lastEventAt = 0;
  /** A run about to begin, and a prepared run waiting to be written (see settleMs). */
  let beginning: NodeJS.Immediate | undefined;
  let waiting: { cancel: () => void } | undefined;
  /** The files a run dropped for a later event had seen changed: the next run reports them too. */
  let dropped: string[] = [];
  /** The spec's text as the last run read it. */
  let specText = "";
  /**
   * The templates' sources as runs read them (render reads one again when its size, time or inode has
   * changed), less those a save changed since: an edit that keeps all three is read again too.
   */
  const templateSources = new Map<string, KeptSource>();
  /**
   * The warnings of the spec as validated, until a run says them: a run dropped for a later event (it may
   * have read part of a save) says nothing, and the run after it validates again or says them.
   */
  let unsaid: Validated["warnings"] | undefined;
  let stopped = false;
  /** A failed run's report, waiting for `quietMs` without events (see quietMs). */
  let failure: { timer: NodeJS.Timeout; report: () => void } | undefined;

  /** One warm-up pass (see warmUpPasses), then the next one after whatever events are waiting; quietly stops on any problem. */
  const warmUp = (left: number) => {
    if (left === 0) collectWhileWaiting();
    if (left === 0 || stopped || pending.size > 0 || waiting !== undefined || project === undefined || validated === undefined) return;
    const started = performance.now();
    try {
      const current = project;
      const again = validateTable(current, specText);
      const all = planAll(current, again);
      render(current, again.model, selectTargets(current, all), "all", false, templateSources);
    } catch {
      return;
    }
    if (performance.now() - started > warmUpPassMaxMs) return;
    // Never what keeps the process alive: the watchers do, until Ctrl-C.
    setTimeout(() => warmUp(left - 1), 0).unref();
  };

  /**
   * The run's garbage is collected once it is done (after the backups' removal), while the next save is
   * awaited: a run of the real spec leaves about as much as the young generation holds, so the next run
   * would otherwise stop for a collection, 2 to 10 ms, in the middle of the save it handles.
   */
  const collectWhileWaiting = () => {
    setImmediate(() => {
      if (!stopped && beginning === undefined && waiting === undefined) collectGarbage("minor");
    });
  };

  /** The validated spec's warnings, once: by the run that writes, or whose failure is reported. */
  const sayWarnings = (current: Project | undefined) => {
    if (unsaid !== undefined && current !== undefined) printWarnings(current.specShown, unsaid, io);
    unsaid = undefined;
  };

  /** A run's failure: reported at once for the first run, else once the save has gone quiet (see quietMs). */
  const failed = (error: unknown, changed: readonly string[]) => {
    const report = () => {
      failure = undefined;
      sayWarnings(project);
      reportError(error, io, "nothing was written; waiting for the next change");
    };
    if (changed.length === 0) report();
    else failure = { timer: setTimeout(report, quietMs), report };
  };

  /** A run's first half: reload what changed, validate, render (in memory for a small spec); undefined when it failed. */
  const prepare = (changed: readonly string[]): Prepared | undefined => {
    const started = performance.now();
    const reloadProject = project === undefined || changed.some((file) => file === project?.config?.file);
    let opened = false;
    // A config read again may name other templates: all are read again.
    if (reloadProject) templateSources.clear();
    for (const file of changed) templateSources.delete(pathToFileURL(file).href);
    try {
      if (reloadProject) {
        project = openProject(options);
        opened = true;
        validated = undefined;
        unsaid = undefined;
        // Once a config is in use it stays the one: deleted, it is reported and awaited, not replaced by no config.
        if (project.config !== undefined) options.config = project.config.file;
      }
      const current = project as Project;
      if (validated === undefined || changed.includes(current.specFile)) {
        validated = undefined;
        unsaid = undefined;
        specText = readSpecText(current);
        validated = validateTable(current, specText);
        unsaid = validated.warnings;
      }
      const all = planAll(current, validated);
      const files = withFileList(current, render(current, validated.model, selectTargets(current, all), "all", specText.length >= eagerBelowChars, templateSources), all);
      return { changed, started, project: current, files, policy: unexpectedPolicy(current, all) };
    } catch (error) {
      // An invalid edit: say where, write nothing, wait for the next save. A config that cannot be read
      // is retried from scratch next time; one that was read stays, so its templates stay watched.
      if (reloadProject && !opened) project = undefined;
      failed(error, changed);
      return undefined;
    } finally {
      watchInputs();
    }
  };

  /** A run's second half: write what was prepared and say so. */
  const commit = ({ changed, started, project: current, files, policy }: Prepared) => {
    sayWarnings(current);
    try {
      // The backups go once the line is out: the outputs are in place before it.
      const outcome = writeRun(current, files, policy, (removeLeftBehind) => setImmediate(removeLeftBehind));
      const written = outcome.written;
      const what = changed.length === 0 ? "generated" : `${changed.map((file) => shown(file)).join(", ")} changed`;
      io.stdout(`${what}: wrote ${generatedCount(written)} of ${filesCount(generatedCount(files))} to ${current.outShown} in ${Math.round(performance.now() - started)} ms`);
      printOutcome(current, outcome, io);
    } catch (error) {
      failed(error, changed);
    }
    collectWhileWaiting();
  };

  /** Starts a run for the files changed since the last one (and those of a run dropped for a later event). */
  const begin = () => {
    beginning = undefined;
    const changed = [...new Set([...dropped, ...pending])];
    dropped = [];
    pending = new Set();
    if (changed.some((path) => isConfigFile(path))) project = undefined;
    const prepared = prepare(changed);
    if (prepared !== undefined) writeWhenQuiet(prepared);
  };

  /**
   * Writes a prepared run once the events that came meanwhile are seen (an immediate comes after the event
   * loop's poll, which delivers them) and the last is settleMs old; drops it for any such event.
   */
  const writeWhenQuiet = (prepared: Prepared) => {
    const immediate = setImmediate(() => {
      waiting = undefined;
      if (stopped) return;
      if (pending.size > 0) {
        dropped = [...prepared.changed];
        begin();
        return;
      }
      const left = settleMs - (performance.now() - lastEventAt);
      if (left <= 0) {
        commit(prepared);
        return;
      }
      const timer = setTimeout(() => writeWhenQuiet(prepared), Math.ceil(left));
      waiting = { cancel: () => clearTimeout(timer) };
    });
    waiting = { cancel: () => clearImmediate(immediate) };
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
   * Watches the folders of the inputs. After a run, a folder still needed keeps its watcher, so that the
   * events already on their way (the rest of a config's save, while a run read part of it) still arrive;
   * only folders no longer needed are let go and new ones watched (the config may name other templates now).
   */
  const watchInputs = () => {
    watchedFiles = new Set(inputs().map((file) => resolve(file)));
    const folders = new Set([...watchedFiles].map((file) => dirname(file)));
    // Without a config yet, a new one may appear in the working directory.
    if (project?.config === undefined) folders.add(resolve(io.cwd));
    for (const [folder, watcher] of watchers) {
      if (folders.has(folder)) continue;
      watcher.close();
      watchers.delete(folder);
    }
    for (const folder of folders) {
      if (watchers.has(folder)) continue;
      try {
        watchers.set(folder, watchFolder(folder, (_event, name) => {
          if (name !== null) seen(resolve(folder, name.toString()), folder);
        }));
      } catch {
        // A folder that is not there (yet): tried again after the next run.
      }
    }
  };

  /** An event for `file` in the watched `folder`: a run begins unless one is already under way. */
  const seen = (file: string, folder: string) => {
    const isConfigHere = folder === resolve(io.cwd) && isConfigFile(file);
    if (!watchedFiles.has(file) && !isConfigHere) return;
    pending.add(file);
    lastEventAt = performance.now();
    // The save goes on: the run that failed on part of it is not reported.
    if (failure !== undefined) clearTimeout(failure.timer);
    failure = undefined;
    // A prepared run sees this event before it writes (writeWhenQuiet); otherwise one begins now.
    if (beginning === undefined && waiting === undefined) beginning = setImmediate(begin);
  };

  const isConfigFile = (file: string) => (configFileNames as readonly string[]).includes(basename(file));

  process.once("SIGINT", () => {
    stopped = true;
    for (const watcher of watchers.values()) watcher.close();
    if (beginning !== undefined) clearImmediate(beginning);
    // A prepared run not yet written stays unwritten.
    waiting?.cancel();
    if (failure !== undefined) {
      clearTimeout(failure.timer);
      failure.report();
    }
    io.stdout("stopped watching");
    process.exitCode = 0;
  });
  const started = performance.now();
  const first = prepare([]);
  if (first !== undefined) commit(first);
  io.stdout("watching for changes; Ctrl-C stops");
  if (performance.now() - started < warmUpBelowMs) setTimeout(() => warmUp(warmUpPasses), 0).unref();
  return 0;
}
