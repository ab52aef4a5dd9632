import { builtinTemplate, type Target } from "../target.js";
import { changelogTarget } from "../markdown/changelog-target.js";
import { kotlin } from "./language.js";
import { kotlinTarget } from "./target.js";
import { kotlinVersion, mavenPlugins, oldestKotlinReading } from "./maven-build.js";

/** Where Maven looks for the Kotlin file: its package as folders, its code type as the file name. */
export function kotlinSourcePath(settings: Readonly<Record<string, string>>): string {
  return `src/main/kotlin/${(settings["package"] ?? "").split(".").join("/")}/${settings["typeName"] ?? ""}.kt`;
}

/**
 * out/packages/maven: a Maven project that builds the Kotlin enums into a jar (and a sources jar) that
 * Gradle and Maven builds depend on, with the settings' groupId and artifactId and the spec's version.
 * Its Kotlin file is the kotlin target's, rendered as that target renders it.
 */
export const mavenPackageTarget: Target = {
  id: "maven-package",
  language: kotlin,
  description: "the Maven package of the Kotlin enums",
  output: "packages/maven",
  files: (settings) => [
    { template: builtinTemplate("maven-pom.xml.hbs"), path: "pom.xml" },
    { template: builtinTemplate("kotlin.hbs"), path: kotlinSourcePath(settings), as: kotlinTarget },
    { template: builtinTemplate("maven-readme.md.hbs"), path: "README.md" },
    { template: builtinTemplate("changelog.hbs"), path: "CHANGELOG.md", as: changelogTarget },
  ],
  // It holds the Kotlin file, and so only as many codes as that file can.
  ...(kotlinTarget.capacity === undefined ? {} : { capacity: kotlinTarget.capacity }),
  // The README names the Kotlin file's types and members; the Kotlin file itself declares them.
  refers: (settings) => kotlinTarget.declares?.(settings) ?? {},
  context: ({ model, settings }) => ({
    maven: {
      groupId: settings["groupId"] ?? "",
      artifactId: settings["artifactId"] ?? "",
      version: model.version ?? "0.0.0",
      kotlinVersion,
      oldestKotlin: oldestKotlinReading(kotlinVersion),
      plugins: mavenPlugins,
    },
  }),
};
