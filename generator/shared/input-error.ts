/** A problem the user can fix that is not at a place in a file (a path that cannot be read or written): one line, exit 1. */
export class InputError extends Error {}

/** A command line that cannot be understood (an unknown option, a target the run does not have): exit 2 with usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** A file-system error in words a person reads. */
export function describeFsError(error: unknown): string {
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
    case "ELOOP":
      return "its symbolic links lead round in a loop";
    case "EBUSY":
      // What makes a rename report this in practice: a file mounted over the path (a Docker file mount).
      return "it is busy (a mount point, such as a file mounted into a container, cannot be replaced)";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** What describeFileKind needs of node:fs's Stats (spelt out: the API's declarations do not depend on @types/node). */
export interface FileKind {
  isFile(): boolean;
  isDirectory(): boolean;
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
  isSymbolicLink(): boolean;
}

/** What a file that is not a regular file is, for messages: "a named pipe", "a directory", … */
export function describeFileKind(stats: FileKind): string {
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a named pipe";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isSocket()) return "a socket";
  if (stats.isSymbolicLink()) return "a symbolic link";
  return stats.isFile() ? "a regular file" : "not a regular file";
}
