import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { SpecError, type Diagnostic } from "../shared/diagnostics.js";

/**
 * The largest spec read, in bytes. 100,000 codes take about 12 MiB; anything far beyond is a mistake or an
 * attack, and refusing it before reading keeps memory bounded.
 */
export const maxSpecBytes = 32 * 1024 * 1024;

function fileError(message: string): SpecError {
  const diagnostic: Diagnostic = { severity: "error", line: 1, column: 1, path: "", message };
  return new SpecError([diagnostic]);
}

/**
 * Reads and decodes a spec file. Throws a SpecError for a file over maxSpecBytes or not in UTF-8, and the
 * file system's own error when the file cannot be read.
 */
export function readSpec(path: string): string {
  // Standard input may be a socket, which cannot be opened by name (ENXIO): read descriptor 0 itself.
  if (path === "/dev/stdin") return decodeSpec(readStream(0));
  const descriptor = openSync(path, "r");
  try {
    const stats = fstatSync(descriptor);
    // A pipe or terminal (`--spec /dev/stdin`) has no size until it ends: read it to the limit.
    if (!stats.isFile()) return decodeSpec(readStream(descriptor));
    if (stats.size > maxSpecBytes) throw tooLarge(mib(stats.size));
    const bytes = Buffer.alloc(stats.size);
    let offset = 0;
    while (offset < stats.size) {
      const read = readSync(descriptor, bytes, offset, stats.size - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return decodeSpec(bytes.subarray(0, offset));
  } finally {
    closeSync(descriptor);
  }
}

/** Everything a stream gives until it ends, refused once it passes maxSpecBytes. */
function readStream(descriptor: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.alloc(1024 * 1024);
    let read: number;
    try {
      read = readSync(descriptor, chunk, 0, chunk.length, null);
    } catch (error) {
      // A non-blocking descriptor with nothing yet: wait briefly and try again.
      if ((error as NodeJS.ErrnoException).code === "EAGAIN") {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      throw error;
    }
    if (read === 0) return Buffer.concat(chunks, total);
    total += read;
    if (total > maxSpecBytes) throw tooLarge(`more than ${mib(maxSpecBytes)}`);
    chunks.push(chunk.subarray(0, read));
  }
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

function tooLarge(size: string): SpecError {
  return fileError(`the spec is ${size}; the limit is ${mib(maxSpecBytes)} (100,000 codes take about 12 MiB)`);
}

/**
 * The spec's bytes as text. A UTF-8 byte-order mark is dropped (editors on Windows add one); bytes that are
 * not UTF-8 are an error at their line and column rather than U+FFFD in every output.
 */
export function decodeSpec(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Decode again, forgivingly: the first U+FFFD that the bytes did not spell out themselves marks the
    // bad sequence.
    const text = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false }).decode(bytes);
    let offset = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    let index = 0;
    for (const char of text) {
      const spelled = bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
      if (char === "\uFFFD" && !spelled) break;
      offset += Buffer.byteLength(char, "utf8");
      index += char.length;
    }
    const before = text.slice(0, index).split("\n");
    const line = before.length;
    const column = (before.at(-1) ?? "").length + 1;
    throw new SpecError([{ severity: "error", line, column, path: "", message: "the spec is not UTF-8 text; save it as UTF-8" }]);
  }
}
