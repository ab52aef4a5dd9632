import { closeSync, constants, copyFileSync, fstatSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readlinkSync, readSync, realpathSync, renameSync, rmdirSync, rmSync, statSync, symlinkSync, writeSync, fsyncSync, type Dirent, type Stats } from "node:fs";
import { dirname, isAbsolute, join, posix, resolve, sep } from "node:path";
import type { RenderedFile } from "../render/render.js";
import { describeFileKind, describeFsError } from "../shared/input-error.js";
import { utf8Bytes } from "./utf8-bytes.js";

/** How the output directory differs from what the spec renders to. */
export interface Drift {
  /** Rendered files whose bytes on disk differ. */
  readonly stale: readonly string[];
  /** Rendered files not on disk. */
  readonly missing: readonly string[];
  /** Files in the generator's own output folders that it does not render. */
  readonly unexpected: readonly string[];
}

/**
 * An output path that holds something other than a regular file or a link to one: a named pipe, a device, a
 * socket, a folder. It is never read (a pipe waits forever for a writer, /dev/zero never ends) nor replaced
 * (whoever put it there meant something by it).
 */
export class NotRegularOutputError extends Error {
  constructor(
    /** The path, absolute. */
    readonly path: string,
    /** What it is: "a named pipe", "a symbolic link to a character device (/dev/zero)". */
    readonly kind: string,
  ) {
    super(`${path} is ${kind}, not a regular file`);
  }
}

/** The file at `path` (links followed), or undefined when nothing is there; other errors name the path. */
function statOrUndefined(path: string): Stats | undefined {
  try {
    // Nothing there is the usual answer in a fresh output folder: asked without an exception (see
    // fileIdentity). A dangling link is nothing there too; renaming over it replaces the link.
    return statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    throw Object.assign(error as NodeJS.ErrnoException, { path });
  }
}

/** What a non-regular output is, with what a link leads to, for the message. */
function outputKind(path: string, stats: Stats): string {
  const kind = describeFileKind(stats);
  try {
    if (lstatSync(path).isSymbolicLink()) return `a symbolic link to ${kind} (${realpathSync(path)})`;
  } catch {
    // gone meanwhile: say what it was
  }
  return kind;
}

/**
 * At most `limit` bytes of the regular file at `path`, and whether that is all of it; undefined when nothing
 * is there. Anything else at the path is a NotRegularOutputError. Opened without blocking and checked again
 * once open, so a pipe put there since the check (or since `known`, the caller's stat of it) cannot hang
 * the run either.
 */
function readRegular(path: string, limit: number, known?: Stats): { bytes: Buffer; complete: boolean } | undefined {
  const stats = known ?? statOrUndefined(path);
  if (stats === undefined) return undefined;
  if (!stats.isFile()) throw new NotRegularOutputError(path, outputKind(path, stats));
  let descriptor: number;
  try {
    descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw Object.assign(error as NodeJS.ErrnoException, { path });
  }
  try {
    const opened = fstatSync(descriptor);
    if (!opened.isFile()) throw new NotRegularOutputError(path, outputKind(path, opened));
    // One byte past the limit tells a file of exactly `limit` bytes from a longer one (a size the file
    // system reports may be wrong, as in /proc, or the file may grow meanwhile).
    const buffer = Buffer.alloc(limit + 1);
    let offset = 0;
    while (offset < buffer.length) {
      const read = readSync(descriptor, buffer, offset, buffer.length - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return { bytes: buffer.subarray(0, Math.min(offset, limit)), complete: offset <= limit };
  } catch (error) {
    if (error instanceof NotRegularOutputError) throw error;
    throw Object.assign(error as NodeJS.ErrnoException, { path });
  } finally {
    closeSync(descriptor);
  }
}

/**
 * How the file at `path` compares with `bytes`: missing, the same or different. A regular file of another
 * size differs without being read, and no more than one byte past `bytes` is ever read, so an output the
 * size of a disk costs nothing; anything but a regular file is a NotRegularOutputError.
 */
function compareWithDisk(path: string, bytes: Buffer): "missing" | "same" | "different" {
  const stats = statOrUndefined(path);
  if (stats === undefined) return "missing";
  if (stats.isFile() && stats.size !== bytes.length) return "different";
  const onDisk = readRegular(path, bytes.length, stats);
  if (onDisk === undefined) return "missing";
  return onDisk.complete && onDisk.bytes.equals(bytes) ? "same" : "different";
}

/**
 * The text of a small bookkeeping file in the output directory (the file list), or undefined when it is
 * missing, not a regular file or over `limit` bytes: such a file is then compared, and refused, like any
 * other output.
 */
export function readSmallRegularFile(path: string, limit: number): string | undefined {
  try {
    const read = readRegular(path, limit);
    return read?.complete === true ? read.bytes.toString("utf8") : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Files this module writes beside an output, named after it: `.<name>.<pid>-<8 hex>.tmp` holds the new
 * content until it is renamed into place, `.<name>.<pid>-<8 hex>.bak` the old file until every output is
 * in place (so that a rename failing halfway can put it back). A run killed meanwhile leaves them behind;
 * a later run removes them (removeStaleTemporaries), and no run counts them as outputs.
 */
const temporaryName = /^\..+\.(\d+)-[0-9a-f]{8}\.(?:tmp|bak)$/;

function besidePath(target: string, kind: "tmp" | "bak"): string {
  // Unpredictable enough to keep runs apart. Both kinds are created exclusively (createBeside): a name that
  // is taken is never written through nor, later, removed; another is drawn. So the name needs no
  // cryptographic randomness.
  const random = Math.floor(Math.random() * 0x1_0000_0000).toString(16).padStart(8, "0");
  // `target` is a normalized path (join made it): split at its last separator, what dirname and basename
  // would give, without running Node's path functions twice more per file.
  const slash = target.lastIndexOf(sep);
  return `${target.slice(0, slash + 1)}.${target.slice(slash + 1)}.${process.pid}-${random}.${kind}`;
}

/**
 * Makes a new file beside `target` under a name drawn for it and returns its path. `make` creates it
 * exclusively, failing with EEXIST when the name is taken (a clash of names, a link someone put there);
 * another name is then drawn. Any other failure names `target`.
 */
function createBeside(target: string, kind: "tmp" | "bak", make: (path: string) => void): string {
  for (let attempt = 1; ; attempt++) {
    const path = besidePath(target, kind);
    try {
      make(path);
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST" && attempt < 10) continue;
      throw Object.assign(error as NodeJS.ErrnoException, { path: target });
    }
  }
}

/**
 * Writes `bytes` to a new temporary file beside `target` and returns its path. Flushed to disk only when
 * `flush` (see WriteOptions.flushed): the rename that follows keeps a reader, or a run that is killed, from
 * a torn file; a crash of the whole system is another matter (see the README's "The CLI").
 */
function writeTemporary(target: string, bytes: Buffer, flush: boolean): string {
  return createBeside(target, "tmp", (temporary) => {
    const descriptor = openSync(temporary, "wx");
    try {
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(descriptor, bytes, offset, bytes.length - offset);
      if (flush) fsyncSync(descriptor);
      closeSync(descriptor);
    } catch (error) {
      // A full disk midway: the part written is ours to remove.
      try {
        closeSync(descriptor);
      } catch {
        // closed already
      }
      removeQuietly(temporary);
      throw error;
    }
  });
}

/** The folders the rendered files go to, as output-relative paths. */
function outputFolders(paths: Iterable<string>): string[] {
  return [...new Set([...paths].map((path) => posix.dirname(path)))];
}

/**
 * What counts as unexpected in the output directory, besides what the run renders: without a config,
 * every other file in the folders the generator writes to (they are its own); with a config, only files
 * that say they were generated (an SDK repository keeps its own files beside generated ones) and every
 * other file in the folders the config marks as owned.
 */
export interface UnexpectedPolicy {
  readonly mode: "all" | "generated";
  /** Files the whole plan writes, when the run writes only some of its targets (`--target`): not unexpected either. */
  readonly known?: ReadonlySet<string>;
  /** Folders inside the output directory that hold only generated files. */
  readonly owned?: readonly string[];
  /** Text every generated file holds near its start (its header). */
  readonly marker?: string;
  /** The files an earlier run listed as its own (see file-list.ts): one no longer written is unexpected. */
  readonly listed?: ReadonlySet<string>;
  /** The run writes some of the targets (`--target`): only their folders are looked in. */
  readonly partial?: boolean;
}

/** The regular files directly inside `folder` (output-relative), temporary files left out. */
function listFolder(outDir: string, folder: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(join(outDir, folder), { withFileTypes: true });
  } catch {
    return [];
  }
  // Regular files only: a symlink (such as an editor's lock file) is never the generator's.
  return entries.filter((entry) => entry.isFile() && !temporaryName.test(entry.name)).map((entry) => (folder === "." ? entry.name : `${folder}/${entry.name}`));
}

/** Whether a regular file's first kilobyte holds `marker` (a pipe or a device never does: it is not read). */
export function carries(file: string, marker: string): boolean {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    if (!fstatSync(descriptor).isFile()) return false;
    const head = Buffer.alloc(1024);
    const read = readSync(descriptor, head, 0, head.length, 0);
    return head.subarray(0, read).toString("utf8").includes(marker);
  } catch {
    return false;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/**
 * Files in the folders the run writes to that it does not render, by `policy` (see UnexpectedPolicy). A run
 * of some targets (`--target`) looks only in their folders: what it was asked to check.
 */
export function findUnexpected(outDir: string, files: readonly RenderedFile[], policy: UnexpectedPolicy = { mode: "all" }): string[] {
  const known = new Set([...files.map((file) => file.path), ...(policy.known ?? [])]);
  const folders = new Set(outputFolders(files.map((file) => file.path)));
  const found = new Set<string>();
  for (const folder of folders) {
    for (const path of listFolder(outDir, folder)) {
      if (known.has(path)) continue;
      if (policy.mode === "all" || policy.listed?.has(path) === true || (policy.marker !== undefined && carries(join(outDir, path), policy.marker))) found.add(path);
    }
  }
  // Listed by an earlier run, in a folder nothing writes to now (an output moved to another folder).
  const everything = policy.partial !== true;
  for (const path of policy.listed ?? []) {
    if (known.has(path) || found.has(path) || (!everything && !folders.has(posix.dirname(path)))) continue;
    if (isFile(join(outDir, path))) found.add(path);
  }
  for (const folder of policy.owned ?? []) {
    if (!everything && !folders.has(folder)) continue;
    for (const path of listFolder(outDir, folder)) if (!known.has(path)) found.add(path);
  }
  return [...found].sort();
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The rendered file that would replace a file the generator did not write: one that exists, differs, is
 * not on the earlier run's list and has no generated header. Only with a config (`policy.listed`), where
 * generated files live beside the repository's own.
 */
export function foreignFile(outDir: string, files: readonly RenderedFile[], policy: UnexpectedPolicy): RenderedFile | undefined {
  if (policy.listed === undefined || policy.marker === undefined) return undefined;
  for (const file of files) {
    if (policy.listed.has(file.path)) continue;
    const target = join(outDir, file.path);
    // What is on disk first: a file's content is rendered when it is read (render's `lazy`), and the
    // write reads it again; most files are missing, listed or carry the header, and need no rendering here.
    if (statOrUndefined(target) === undefined || carries(target, policy.marker)) continue;
    if (compareWithDisk(target, utf8Bytes(file.content)) === "different") return file;
  }
  return undefined;
}

/** Compares rendered files with the output directory byte for byte; writes nothing. */
export function findDrift(outDir: string, files: readonly RenderedFile[], policy?: UnexpectedPolicy): Drift {
  const stale: string[] = [];
  const missing: string[] = [];
  for (const file of files) {
    const comparison = compareWithDisk(join(outDir, file.path), utf8Bytes(file.content));
    if (comparison === "missing") missing.push(file.path);
    else if (comparison === "different") stale.push(file.path);
  }
  return { stale, missing, unexpected: findUnexpected(outDir, files, policy) };
}

/** Thrown when writing would leave the output directory, for example through a symlinked folder. */
export class UnsafeOutputError extends Error {}

/**
 * The rendered file that would overwrite one of `inputs` (the spec, a config, a template): the same path,
 * or, for a file that exists, the same file reached another way (a symlink, a case-insensitive name).
 */
export function overwrittenInput(outDir: string, files: readonly RenderedFile[], inputs: readonly string[]): { file: RenderedFile; input: string } | undefined {
  const isInput = inputFinder(inputs);
  for (const file of files) {
    const input = isInput(resolve(outDir, file.path));
    if (input !== undefined) return { file, input };
  }
  return undefined;
}

/**
 * Which of `inputs` an absolute, normalized path (as `resolve` makes it) is: the same path, or the same file
 * reached another way; undefined for none. The caller resolves each path once (a fresh run resolves one per
 * output, in Node's path functions, which it runs in the interpreter).
 */
function inputFinder(inputs: readonly string[]): (absolutePath: string) => string | undefined {
  const identities = new Map<string, string>();
  for (const input of inputs) {
    identities.set(resolve(input), input);
    const identity = fileIdentity(input);
    if (identity !== undefined) identities.set(identity, input);
  }
  return (absolutePath) => identities.get(absolutePath) ?? identities.get(fileIdentity(absolutePath) ?? "");
}

/** A file's device and inode, when it exists: the same for every name it has. */
function fileIdentity(path: string): string | undefined {
  try {
    // Without an exception for a path where nothing is (each output of a first run): Node builds each
    // one with its message and stack, some 10 to 50 microseconds, and a run asks for every file.
    const stats = statSync(path, { throwIfNoEntry: false });
    return stats === undefined ? undefined : `inode:${stats.dev}:${stats.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Refuses output folders that resolve outside the output directory: `out/swift` may be a symlink to
 * anywhere, and the generator must never write outside the directory it was given. A folder that is no
 * link, inside a folder that is inside, is inside too: only the links are resolved, each folder looked at once.
 */
function checkFoldersInside(outDir: string, files: readonly RenderedFile[]) {
  let root: string;
  try {
    root = realpathSync(outDir);
  } catch {
    return; // Nothing exists yet, so nothing inside can point elsewhere.
  }
  const inside = new Set<string>();
  for (const folder of outputFolders(files.map((file) => file.path))) {
    let current = outDir;
    for (const segment of folder === "." ? [] : folder.split("/")) {
      current = join(current, segment);
      if (inside.has(current)) continue;
      let stats: Stats | undefined;
      try {
        stats = lstatSync(current, { throwIfNoEntry: false });
      } catch {
        stats = undefined;
      }
      if (stats === undefined) break; // Created fresh below, inside root.
      if (stats.isSymbolicLink()) {
        let real: string;
        try {
          real = realpathSync(current);
        } catch {
          break; // A dangling link: making the folder fails, and says so.
        }
        if (real !== root && !real.startsWith(`${root}${sep}`)) {
          throw new UnsafeOutputError(`${current} leads to ${real}, outside the output directory; refusing to write there`);
        }
      }
      inside.add(current);
    }
  }
}

/**
 * A temporary file older than this is stale even when a process of its PID runs: PIDs are reused, and no
 * run writes for this long (100,000 codes take about 20 s).
 */
export const staleTemporaryAge = 60 * 60 * 1000;

/**
 * Removes temporary files left by runs that were killed: their process is gone, or they are older than any
 * run lasts (the PID now belongs to another process). Never another live run's, never a folder, and never
 * one of `inputs` (the run's spec, config or templates), whatever its name. Best effort: a file that cannot
 * be removed is left for the next run, and the run that wrote its files still succeeded.
 */
function removeStaleTemporaries(outDir: string, files: readonly RenderedFile[], inputs: readonly string[]) {
  const now = Date.now();
  const isInput = inputFinder(inputs);
  for (const folder of outputFolders(files.map((file) => file.path))) {
    let names: string[];
    try {
      names = readdirSync(join(outDir, folder));
    } catch {
      continue;
    }
    for (const name of names) {
      const pid = Number(temporaryName.exec(name)?.[1]);
      if (!Number.isInteger(pid) || pid <= 0) continue;
      const path = join(outDir, folder, name);
      if (isRunning(pid) && now - modifiedAt(path) <= staleTemporaryAge) continue;
      if (isInput(resolve(path)) !== undefined) continue;
      try {
        if (lstatSync(path).isDirectory()) continue;
        rmSync(path);
      } catch {
        // gone already (another run cleaned it), or not ours to remove
      }
    }
  }
}

function modifiedAt(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Date.now();
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** What writeFiles needs besides the files. */
export interface WriteOptions {
  /**
   * The run's inputs (the spec, a config, templates): never removed, even when one is named like a temporary
   * file of a run that died (`--spec out/json/.spec.999999-abcdef12.tmp`).
   */
  readonly inputs?: readonly string[];
  /**
   * Outputs flushed to disk before they replace the old ones (the others are not: generated files are made
   * again by the next run): the file list, which tells a later run what it wrote before.
   */
  readonly flushed?: ReadonlySet<string>;
  /**
   * When to remove what the write leaves behind once every output is in place (the backups, and temporary
   * files of runs that died): now by default; `--watch` removes them just after it has said the files are
   * written. Either way before the next run.
   */
  readonly tidy?: (removeLeftBehind: () => void) => void;
}

/** One file a run replaces or creates: where its new content waits, and where the old file is kept. */
interface Staged {
  readonly path: string;
  readonly target: string;
  readonly temporary: string;
  /** Set once a file exists at `target` and is being kept. */
  backup?: string;
}

/** A file a failed run had replaced or created and could not put back as it was. */
export interface NotRestored {
  /** The output, absolute. */
  readonly path: string;
  /** Where its earlier content is, when it had one (left in place for the user). */
  readonly backup: string | undefined;
  readonly reason: unknown;
}

/**
 * A write that failed after replacing some outputs, and could not put all of them back: unlike every other
 * failure of writeFiles, something was written. `failure` is what stopped the write (its `path` names the file).
 */
export class PartialWriteError extends Error {
  constructor(
    readonly failure: unknown,
    readonly notRestored: readonly NotRestored[],
  ) {
    super(describePartialWrite(failure, notRestored, (path) => path));
  }
}

/** A PartialWriteError in words, with paths as `show` names them. */
export function describePartialWrite(failure: unknown, notRestored: readonly NotRestored[], show: (path: string) => string): string {
  const failed = (failure as NodeJS.ErrnoException).path;
  const left = notRestored.map(({ path, backup, reason }) =>
    backup === undefined
      ? `${show(path)} was written and could not be removed (${describeFsError(reason)})`
      : `${show(path)} was replaced and could not be put back (${describeFsError(reason)}): its earlier content is in ${show(backup)}`,
  );
  return `cannot write ${failed === undefined ? "the output" : show(failed)}: ${describeFsError(failure)}; ${left.join("; ")}`;
}

/**
 * Writes the files that differ from disk, all or none as far as the file system allows. Each is written to
 * a temporary file beside it and renamed over the old one, so a reader (or a run killed halfway) sees the
 * old or the new file, never a torn one. Before the first rename, each file about to be replaced gets a
 * second name (a backup), so that when a rename fails (a file mounted over an output is busy, an immutable
 * file refuses), the files already replaced are put back, the new ones removed, and the run changes
 * nothing; when that too fails, a PartialWriteError says what is left where. Temporary files and backups of
 * runs that died are removed once the write has succeeded (a run that fails changes nothing). Returns the
 * paths written.
 */
export function writeFiles(outDir: string, files: readonly RenderedFile[], options: WriteOptions = {}): string[] {
  checkFoldersInside(outDir, files);
  const staged: Staged[] = [];
  const replaced: Staged[] = [];
  const created: string[] = [];
  // Folders seen or made by this run: most files share one with another.
  const folders = new Set<string>();
  try {
    // Every changed file is first written beside its target: a failure here (a full disk, a file where a
    // folder should be) has replaced nothing yet.
    for (const file of files) {
      const target = join(outDir, file.path);
      const bytes = utf8Bytes(file.content);
      if (compareWithDisk(target, bytes) === "same") continue;
      const folder = dirname(target);
      if (!folders.has(folder)) {
        makeFolder(folder, created);
        folders.add(folder);
      }
      staged.push({ temporary: writeTemporary(target, bytes, options.flushed?.has(file.path) === true), target, path: file.path });
    }
    for (const entry of staged) keepOld(entry);
    for (const entry of staged) {
      try {
        renameSync(entry.temporary, entry.target);
      } catch (error) {
        // Node names the temporary file; the message is about the output.
        throw Object.assign(error as NodeJS.ErrnoException, { path: entry.target });
      }
      replaced.push(entry);
    }
  } catch (error) {
    const notRestored = undo(staged, replaced, created);
    if (notRestored.length > 0) throw new PartialWriteError(error, notRestored);
    throw error;
  }
  const tidy = options.tidy ?? ((removeLeftBehind) => removeLeftBehind());
  tidy(() => {
    for (const { backup } of staged) if (backup !== undefined) removeQuietly(backup);
    removeStaleTemporaries(outDir, files, options.inputs ?? []);
  });
  return staged.map((entry) => entry.path);
}

/**
 * Gives the file at `entry.target`, if there is one, a second name beside it (`entry.backup`): a hard link,
 * so the old file stays at its path until the rename replaces it, and putting it back is one rename.
 */
function keepOld(entry: Staged): void {
  let old: Stats | undefined;
  try {
    old = lstatSync(entry.target, { throwIfNoEntry: false });
  } catch (error) {
    throw Object.assign(error as NodeJS.ErrnoException, { path: entry.target });
  }
  if (old === undefined) return;
  // Set only once made: a name that was taken is never removed by undo.
  entry.backup = createBeside(entry.target, "bak", (backup) => secondName(entry.target, backup, old));
}

/**
 * Gives `target` the new name `backup`, which must not exist (EEXIST when it does): a hard link, or a copy
 * where there is none to be had.
 */
function secondName(target: string, backup: string, old: Stats): void {
  try {
    linkSync(target, backup);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw error;
    // No second name to be had here: a file system without hard links, a file mounted over this path
    // (EXDEV), another user's file under protected_hardlinks. A copy keeps the content, and the mode, as well.
    if (old.isSymbolicLink()) symlinkSync(readlinkSync(target), backup);
    else copyFileSync(target, backup, constants.COPYFILE_EXCL);
  }
}

/**
 * After a failure: puts back every file already replaced (from its backup), removes the files that did not
 * exist before, the temporary files, the backups and the folders this run created. Returns what could not
 * be put back (its backup is then left in place).
 */
function undo(staged: readonly Staged[], replaced: readonly Staged[], created: readonly string[]): NotRestored[] {
  const notRestored: NotRestored[] = [];
  for (const entry of [...replaced].reverse()) {
    try {
      if (entry.backup !== undefined) renameSync(entry.backup, entry.target);
      else rmSync(entry.target, { force: true });
    } catch (reason) {
      notRestored.push({ path: entry.target, backup: entry.backup, reason });
    }
  }
  const kept = new Set(notRestored.map((entry) => entry.backup));
  for (const entry of staged) {
    removeQuietly(entry.temporary);
    if (entry.backup !== undefined && !kept.has(entry.backup)) removeQuietly(entry.backup);
  }
  // Deepest first; a folder another run has put something in meanwhile is left alone.
  for (const folder of [...created].reverse()) {
    try {
      rmdirSync(folder);
    } catch {
      // not empty, or gone already
    }
  }
  return notRestored;
}

/** Removes a file this run made, if it is still there; one that cannot be is left for a later run's cleanup. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // a later run removes it once this process is gone (removeStaleTemporaries)
  }
}

/**
 * Creates `folder` and whatever of its ancestors is missing, one level at a time (Node's recursive mkdir
 * spins on file systems such as /proc that refuse a folder without saying why), and returns the folders
 * adds each folder it creates to `created`, outermost first. Fails at the first level that cannot be made,
 * with the file system's error.
 */
function makeFolder(folder: string, created: string[]): void {
  const missing: string[] = [];
  // Already absolute and normalized when it comes from writeFiles (joined to the output root): resolving it
  // again would only cost a fresh run its time in Node's path code.
  let current = isAbsolute(folder) ? folder : resolve(folder);
  while (!isFolder(current)) {
    missing.push(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const path of missing.reverse()) {
    try {
      mkdirSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || !isFolder(path)) throw Object.assign(error as NodeJS.ErrnoException, { path });
      continue;
    }
    created.push(path);
  }
}

function isFolder(path: string): boolean {
  try {
    // A folder of a first run is missing: no exception for that (see fileIdentity).
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}
