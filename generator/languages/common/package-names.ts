import type { SettingField } from "../language.js";

/** Lower-case segments joined by dots, each starting with a letter. */
const dottedPackagePattern = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;

/**
 * A dotted package name (`com.example.status`), as Kotlin and Java spell one: lower-case segments that
 * are not keywords, outside the platform's own roots. Shared by every JVM-style language.
 */
export function packageField(options: {
  /** Shown in messages: "a Kotlin package name". */
  readonly what: string;
  /** For the spec's JSON Schema. */
  readonly description: string;
  readonly default: string;
  /** Words no segment may be. */
  readonly keywords: ReadonlySet<string>;
  /** Its name for the language in "is a Kotlin keyword". */
  readonly languageName: string;
  /** First segments the platform keeps for itself, such as kotlin and java. */
  readonly reservedRoots: readonly string[];
  /** Who keeps them, for the message: "the Kotlin and Java platforms". */
  readonly rootsOwner: string;
}): SettingField {
  return {
    schema: {
      description: options.description,
      type: "string",
      pattern: dottedPackagePattern.source,
      patternErrorMessage: `must be ${options.what} such as com.example.status`,
    },
    pattern: dottedPackagePattern,
    default: options.default,
    check: (value) => {
      const problems: string[] = [];
      const segments = value.split(".");
      const keyword = segments.find((segment) => options.keywords.has(segment));
      if (keyword !== undefined) problems.push(`"${keyword}" is a ${options.languageName} keyword and cannot be part of a package name`);
      const root = segments[0] ?? "";
      if (options.reservedRoots.includes(root)) {
        problems.push(`packages under "${root}." are reserved for ${options.rootsOwner}; choose your own, such as com.example.status`);
      }
      return problems;
    },
  };
}
