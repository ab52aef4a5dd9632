import type { SettingField } from "../language.js";

/** Lower-case segments joined by dots, each starting with a letter. */
const dottedPackagePattern = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;

/**
 * The most segments and characters a package may have. Unbounded, `p` and 8,000 `.p` made kotlinc
 * overflow its stack; real packages have a handful of segments and a few dozen characters.
 */
export const maxPackageSegments = 32;
export const maxPackageLength = 200;

/** At most maxPackageSegments segments, whatever they hold: the schema's second pattern, with its own message. */
const segmentsPattern = new RegExp(`^[^.]*(\\.[^.]*){0,${maxPackageSegments - 1}}$`);

/** Exactly the packages the schema accepts, its limits included: what the settings rules go on to judge. */
const acceptedPackage = new RegExp(`^(?=.{1,${maxPackageLength}}$)[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*){0,${maxPackageSegments - 1}}$`);

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
      maxLength: maxPackageLength,
      pattern: dottedPackagePattern.source,
      patternErrorMessage: `must be ${options.what} such as com.example.status`,
      // A schema holds one pattern; the segment count is a second, in a subschema with its own message.
      allOf: [{ type: "string", pattern: segmentsPattern.source, patternErrorMessage: `has more than the ${maxPackageSegments} dot-separated segments a package may have` }],
    },
    pattern: acceptedPackage,
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
