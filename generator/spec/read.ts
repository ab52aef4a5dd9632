import { isUtf8 } from "node:buffer";
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from "node:fs";
import { SpecError, type Diagnostic } from "../shared/diagnostics.js";
import { describeFileKind } from "../shared/input-error.js";
import { tty } from "../shared/lazy-builtins.js";

/**
 * The largest spec read, in bytes. 100,000 codes take 12 to 25 MiB; anything far beyond is a mistake or an
 * attack, and refusing it before reading keeps memory bounded.
 */
export const maxSpecBytes = 32 * 1024 * 1024;

/** How long a pipe may stay silent before the read gives up (its writer may have hung). */
export const maxPipeSilenceMs = 10_000;

function fileError(message: string): SpecError {
  const diagnostic: Diagnostic = { severity: "error", line: 1, column: 1, path: "", message };
  return new SpecError([diagnostic]);
}

/** Something that is neither a file nor a pipe (a directory, a device, a socket): no spec can be read from it. */
export class NotAFileError extends Error {}

/** Why a non-file cannot be the spec, for the message. */
function notAFile(stats: Stats, descriptor: number): NotAFileError {
  // `--spec /dev/stdin` typed at a terminal, without a pipe: reading it would wait for typing.
  if (stats.isCharacterDevice() && tty().isatty(descriptor)) return new NotAFileError("it is a terminal, not a file; pipe the spec in (cat spec.yaml | status-codegen …)");
  return new NotAFileError(`it is ${describeFileKind(stats)}, not a file`);
}

/** Whether `stats` are those of descriptor 0: the spec is this process's standard input (/dev/stdin, /dev/fd/0). */
function isStandardInput(stats: Stats): boolean {
  try {
    const stdin = fstatSync(0);
    return stdin.dev === stats.dev && stdin.ino === stats.ino;
  } catch {
    return false; // no descriptor 0
  }
}

/** Whether `path` leads to this process's standard input. */
function namesStandardInput(path: string): boolean {
  try {
    return isStandardInput(statSync(path));
  } catch {
    return false;
  }
}

/**
 * Reads and decodes a spec file. Throws a SpecError for a file over maxSpecBytes or not in UTF-8, a
 * NotAFileError for a directory or a device, and the file system's own error when the file cannot be read.
 * Opened without blocking, so a named pipe with no writer cannot hang the run; a pipe is read until it
 * ends, to the size limit, giving up after maxPipeSilenceMs without data. Standard input (/dev/stdin,
 * /dev/fd/0) is read the same way, whether it is a pipe or a socket.
 */
export function readSpec(path: string): string {
  let descriptor: number;
  try {
    // Opening a pipe by name (/dev/stdin included) makes a descriptor of our own, so it can be made
    // non-blocking without touching the one a shell shares with other processes.
    descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    // A socket cannot be opened by name (ENXIO), and standard input often is one: Node and other tools
    // give a child one end of a socket pair.
    if ((error as NodeJS.ErrnoException).code === "ENXIO" && namesStandardInput(path)) return decodeSpec(readStandardInputSocket());
    throw error;
  }
  try {
    const stats = fstatSync(descriptor);
    if (stats.isFIFO()) {
      const stdin = isStandardInput(stats);
      const bytes = readStream(descriptor, stdin ? "standard input" : `the named pipe ${path}`);
      // A named pipe opened before any writer reads as empty; standard input's writer is there from the
      // start, so an empty one is an empty spec.
      if (bytes.length === 0 && !stdin) throw fileError(`read nothing from the named pipe ${path}: nothing was writing to it`);
      return decodeSpec(bytes);
    }
    if (!stats.isFile()) throw notAFile(stats, descriptor);
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

/**
 * Standard input that is a socket: descriptor 0 itself, which is blocking, so a silent writer would hang
 * the read. Node's process.stdin makes descriptor 0 non-blocking when it is a pipe or a socket (and reads
 * nothing until asked), which lets readStream give up on silence as it does for a pipe. The socket's other
 * end belongs to the process that started this one, so no one else sees the change.
 */
function readStandardInputSocket(): Buffer {
  void process.stdin;
  return readStream(0, "standard input");
}

/** Everything a stream gives until it ends, refused once it passes maxSpecBytes or stays silent too long. */
function readStream(descriptor: number, what: string): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  let lastData = Date.now();
  for (;;) {
    const chunk = Buffer.alloc(1024 * 1024);
    let read: number;
    try {
      read = readSync(descriptor, chunk, 0, chunk.length, null);
    } catch (error) {
      // A non-blocking descriptor with nothing yet: wait briefly and try again, but not forever.
      if ((error as NodeJS.ErrnoException).code === "EAGAIN") {
        if (Date.now() - lastData > maxPipeSilenceMs) throw fileError(`nothing came from ${what} for ${maxPipeSilenceMs / 1000} s; is its writer stuck?`);
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      throw error;
    }
    if (read === 0) return Buffer.concat(chunks, total);
    lastData = Date.now();
    total += read;
    if (total > maxSpecBytes) throw tooLarge(`more than ${mib(maxSpecBytes)}`);
    chunks.push(chunk.subarray(0, read));
  }
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

function tooLarge(size: string): SpecError {
  return fileError(`the spec is ${size}; the limit is ${mib(maxSpecBytes)} (100,000 codes take 12 to 25 MiB)`);
}

/**
 * The spec's bytes as text. A UTF-8 byte-order mark is dropped (editors on Windows add one); bytes that are
 * not UTF-8 are an error at their line and column rather than U+FFFD in every output.
 */
export function decodeSpec(bytes: Uint8Array): string {
  // Checked by node:buffer's isUtf8 and decoded by Buffer, not by a strict TextDecoder: the same test of
  // the bytes (overlong forms, surrogates and code points past U+10FFFF are not UTF-8 to either), without
  // loading and compiling Node's encoding module in every fresh run.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (isUtf8(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset + bom, bytes.byteLength - bom).toString("utf8");
  // Decode again, forgivingly: the first U+FFFD that the bytes did not spell out themselves marks the
  // bad sequence.
  const text = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false }).decode(bytes);
  let offset = bom;
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
