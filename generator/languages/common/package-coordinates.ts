import { builtinModules } from "node:module";
import type { SettingField } from "../language.js";

/**
 * The names an ecosystem gives a package, as settings: npm's package name, a Swift module, Maven's
 * groupId and artifactId. Each field's pattern is what its ecosystem's tool accepts (checked against npm's
 * rules, SwiftPM's and Maven's), so that a name the tool would refuse is a located validation error
 * instead of a failed `npm publish`, `swift build` or `mvn package` later.
 */

/**
 * npm's rules for a package name (the validate-npm-package-name rules npm applies to new packages): at
 * most 214 characters, lower case, URL-safe characters, optionally under a `@scope/`; no `~ ' ! ( ) *`
 * after the scope; a name without a scope may not start with `.`, `_` or `-`, and a scope's name not with `.`.
 */
const npmName = /^(?:@[a-z0-9~-][a-z0-9._~-]*\/[a-z0-9_-]|[a-z0-9])[a-z0-9._-]*$/;

/** Names npm refuses whatever their shape. (Node's own modules, refused to new packages, are checked below.) */
const npmReserved = new Set(["node_modules", "favicon.ico"]);

/** The npm package's name, scoped by default so that the organisation owns it. */
export const npmPackageField: SettingField = {
  schema: {
    description: "The npm package's name, such as @commsease/status-codes (npm's rules: lower case, URL-safe, at most 214 characters).",
    type: "string",
    maxLength: 214,
    pattern: npmName.source,
    patternErrorMessage: "must be an npm package name such as @commsease/status-codes: lower case letters, digits and - . _ (an unscoped name starts with a letter or digit), optionally under a @scope/",
  },
  pattern: npmName,
  default: "@commsease/status-codes",
  check: (value) =>
    npmReserved.has(value.replace(/^@[^/]+\//, ""))
      ? [`npm refuses the package name "${value}"`]
      : // The running Node's list, as validate-npm-package-name reads it (module.builtinModules).
        builtinModules.includes(value)
        ? [`"${value}" is a module Node.js provides; npm refuses it as a new package's name (a scope, such as @commsease/${value}, makes it a name of its own)`]
        : [],
};

/** A Swift module name: an identifier, in UpperCamelCase as Swift packages name their modules. */
const swiftModule = /^[A-Z][A-Za-z0-9_]{0,63}$/;

/** Modules every Apple or Linux toolchain has: a package module of the same name would hide one of them. */
const platformModules = new Set(["Swift", "Foundation", "FoundationEssentials", "Dispatch", "XCTest", "Testing", "Darwin", "Glibc", "Musl", "ObjectiveC", "UIKit", "AppKit", "SwiftUI", "Combine"]);

/** The SwiftPM package's module (and library product), which an app imports: `import StatusCodes`. */
export function swiftModuleField(keywords: ReadonlySet<string>): SettingField {
  return {
    schema: {
      description: "The Swift package's module and library product, which apps import (default StatusCodes).",
      type: "string",
      maxLength: 64,
      pattern: swiftModule.source,
      patternErrorMessage: "must be a Swift module name such as StatusCodes: a letter, then letters, digits or _ (UpperCamelCase)",
    },
    pattern: swiftModule,
    default: "StatusCodes",
    check: (value) =>
      keywords.has(value) ? [`"${value}" is a Swift keyword`] : platformModules.has(value) ? [`"${value}" is a module the platform provides; an app could not import both`] : [],
  };
}

/**
 * Maven's coordinates: letters, digits, `_`, `-` and `.` (the characters Maven's model validator allows in
 * a groupId and an artifactId); a groupId is dotted like a reverse domain by convention.
 */
const mavenId = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*$/;

function mavenField(description: string, example: string, fallback: string): SettingField {
  return {
    schema: {
      description,
      type: "string",
      maxLength: 100,
      pattern: mavenId.source,
      patternErrorMessage: `must be a Maven coordinate such as ${example}: letters, digits, _ and - between single dots`,
    },
    pattern: mavenId,
    default: fallback,
  };
}

/** The Maven project's groupId and artifactId, which Gradle and Maven builds depend on. */
export const mavenFields: Readonly<Record<string, SettingField>> = {
  groupId: mavenField("The Maven groupId of the Kotlin package (default com.commsease.im).", "com.commsease.im", "com.commsease.im"),
  artifactId: mavenField("The Maven artifactId of the Kotlin package (default status-codes).", "status-codes", "status-codes"),
};
