import { join } from "node:path";
import { readSmallRegularFile } from "./write-output.js";

/**
 * With a config, the output root holds a list of every file the config's targets write. It is how a later
 * run knows its own files without a header to look for (a CSV, a String Catalog): `--check` reports a file
 * the list names but the config no longer writes, and `generate` never replaces a file that is neither on
 * the list nor carries the generated header (a hand-written `strings.xml`, a `package.json`). It is itself
 * a generated file: committed, and checked by `--check` like the others.
 */
export const fileListName = ".status-codegen-files";

/** The list's text: a header, then the paths (inside the output root), sorted, one per line. */
export function renderFileList(paths: Iterable<string>, marker: string): string {
  const sorted = [...new Set(paths)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [
    `# Written by ${marker}: the files status-codegen generates in this folder.`,
    "# A later run reports those it no longer writes, and never replaces a file that is not listed here.",
    ...sorted,
    "",
  ].join("\n");
}

/**
 * The largest list read: a path a line, so far more than any config writes. A larger file, or one that is
 * not a regular file (a named pipe would block the read, /dev/zero never end), is read as no list; the run
 * then compares it, and refuses it, as any other output.
 */
const maxFileListBytes = 16 * 1024 * 1024;

/** The paths the list in `outDir` names; empty when there is none or it cannot be read. */
export function readFileList(outDir: string): ReadonlySet<string> {
  const text = readSmallRegularFile(join(outDir, fileListName), maxFileListBytes);
  if (text === undefined) return new Set();
  return new Set(
    text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== "" && !line.startsWith("#")),
  );
}
