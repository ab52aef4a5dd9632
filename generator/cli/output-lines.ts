import { writeSync } from "node:fs";

/**
 * A line writer for standard output or error that writes to the file descriptor itself. `process.stdout`
 * and `process.stderr`, once touched, load Node's stream modules and make a stream over the descriptor (2
 * to 4 ms of a run's start on the CI machine, a run that prints one line); the command's lines are short and
 * few, so it writes them synchronously, as Node's own streams do for files and for pipes on Linux.
 *
 * A descriptor left non-blocking by whoever started the command can refuse a write (EAGAIN): from then on
 * the line's rest and every later line go through Node's stream, which waits for the descriptor. A reader
 * that stops early (`status-codegen diff … | head`) closes the pipe (EPIPE): `onClosed` decides, once,
 * and later lines are dropped.
 */
export function lineWriter(fd: 1 | 2, stream: () => NodeJS.WriteStream, onClosed: () => void): (line: string) => void {
  let fallback: NodeJS.WriteStream | undefined;
  let closed = false;
  return (line) => {
    if (closed) return;
    const bytes = Buffer.from(`${line}\n`);
    let offset = 0;
    while (fallback === undefined && offset < bytes.length) {
      try {
        offset += writeSync(fd, bytes, offset);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "EPIPE") {
          closed = true;
          onClosed();
          return;
        }
        if (code !== "EAGAIN") throw error;
        const made = stream();
        made.on("error", (streamError: NodeJS.ErrnoException) => {
          if (streamError.code !== "EPIPE") throw streamError;
          closed = true;
          onClosed();
        });
        fallback = made;
      }
    }
    if (fallback !== undefined && offset < bytes.length) fallback.write(bytes.subarray(offset));
  };
}
