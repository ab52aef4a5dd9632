/**
 * The longest file name an output may have, in bytes: a file system holds names of 255 bytes, and the
 * temporary file written beside each output (`.<name>.<pid>-<8 hex>.tmp`, and the backup `….bak` of the
 * same length) adds a dot, the process id (up to 7 digits on Linux), a random part and `.tmp`. Validation refuses longer names at the setting that
 * makes them; writing relies on it.
 */
export const maxOutputNameBytes = 255 - ".".length - ".4194304-00000000.tmp".length;
