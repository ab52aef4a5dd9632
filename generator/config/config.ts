import type { LoadedSpec } from "../spec/load.js";

/** A consumer's config, read and checked: what its repository generates, where, with which names. */
export interface ConsumerConfig {
  /** The config file, absolute. */
  readonly file: string;
  /** Its folder, which relative paths in it start from. */
  readonly dir: string;
  /** The spec: an absolute file path, found as written or through Node's module resolution. */
  readonly spec: string;
  /** How headers name the spec: the module specifier as written, or undefined for a file (named by its path). */
  readonly specName: string | undefined;
  /** The output root, absolute. */
  readonly out: string;
  /** Folders inside `out` (relative to it) that hold only generated files. */
  readonly owned: readonly string[];
  readonly targets: readonly ConfigTarget[];
  /** The config's text as loaded, to locate what later checks find (options, collisions). */
  readonly loaded: LoadedSpec;
}

/** One entry of the config's `targets`. */
export interface ConfigTarget {
  /** Its index in `targets`, to locate it. */
  readonly index: number;
  /** What `--target` calls it and messages name it. */
  readonly name: string;
  /** A built-in target's id, for a built-in target. */
  readonly target: string | undefined;
  /** A template's absolute path, for a template of the repository. */
  readonly template: string | undefined;
  /** The language's id: the built-in target's, or the one the template names. */
  readonly language: string;
  /** Where it writes, inside `out`, when the config says. */
  readonly output: string | undefined;
  /** Its language's settings for this target only. */
  readonly options: Readonly<Record<string, string>>;
}

/** The names a config file may have, in the order they are looked for. */
export const configFileNames = ["status-codegen.config.yaml", "status-codegen.config.yml", "status-codegen.config.json"] as const;
