import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, type Dirent } from "node:fs";
import { dirname, join, posix } from "node:path";
import type { RenderedFile } from "./render.js";

/** How the output directory differs from what the spec renders to. */
export interface Drift {
  /** Rendered files whose bytes on disk differ. */
  readonly stale: readonly string[];
  /** Rendered files not on disk. */
  readonly missing: readonly string[];
  /** Files in the generator's own output folders that it does not render. */
  readonly unexpected: readonly string[];
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    // Some errors (EISDIR) do not say which file; the caller's message needs it.
    throw Object.assign(error as NodeJS.ErrnoException, { path: file });
  }
}

/** The files directly inside each folder the rendered files go to, as output-relative paths. */
function filesInOutputFolders(outDir: string, files: readonly RenderedFile[]): string[] {
  const folders = [...new Set(files.map((file) => posix.dirname(file.path)))];
  const found: string[] = [];
  for (const folder of folders) {
    let entries: Dirent[];
    try {
      entries = readdirSync(join(outDir, folder), { withFileTypes: true });
    } catch {
      continue;
    }
    // Regular files only: a symlink (such as an editor's lock file) is never the generator's.
    for (const entry of entries) {
      if (entry.isFile()) found.push(folder === "." ? entry.name : `${folder}/${entry.name}`);
    }
  }
  return found.sort();
}

/** Compares rendered files with the output directory byte for byte; writes nothing. */
export function findDrift(outDir: string, files: readonly RenderedFile[]): Drift {
  const stale: string[] = [];
  const missing: string[] = [];
  for (const file of files) {
    const onDisk = readOrUndefined(join(outDir, file.path));
    if (onDisk === undefined) missing.push(file.path);
    else if (!onDisk.equals(Buffer.from(file.content, "utf8"))) stale.push(file.path);
  }
  const rendered = new Set(files.map((file) => file.path));
  const unexpected = filesInOutputFolders(outDir, files).filter((path) => !rendered.has(path));
  return { stale, missing, unexpected };
}

/**
 * Writes the files that differ from disk. Each is written to a temporary file beside it and renamed over
 * the old one, so a reader (or a run killed halfway) sees the old or the new file, never a torn one.
 * Returns the paths written.
 */
export function writeFiles(outDir: string, files: readonly RenderedFile[]): string[] {
  const written: string[] = [];
  for (const file of files) {
    const target = join(outDir, file.path);
    const bytes = Buffer.from(file.content, "utf8");
    const onDisk = readOrUndefined(target);
    if (onDisk?.equals(bytes)) continue;
    mkdirSync(dirname(target), { recursive: true });
    const temporary = join(dirname(target), `.${posix.basename(file.path)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
    try {
      writeFileSync(temporary, bytes, { flush: true });
      renameSync(temporary, target);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
    written.push(file.path);
  }
  return written;
}
