import { createRequire } from "node:module";

/**
 * Node's built-in modules that only some runs use, loaded on first use: each costs a millisecond or two of
 * start-up (the command's bundle would otherwise load them all before doing anything), and most runs never
 * need them. `child_process` runs git for `diff --against REF`, `v8` exposes the collector to large specs,
 * `tty` tells a terminal given as the spec.
 */
const requireBuiltin = createRequire(import.meta.url);

export const childProcess = (): typeof import("node:child_process") => requireBuiltin("node:child_process") as typeof import("node:child_process");
export const v8 = (): typeof import("node:v8") => requireBuiltin("node:v8") as typeof import("node:v8");
export const tty = (): typeof import("node:tty") => requireBuiltin("node:tty") as typeof import("node:tty");
