import { builtinTemplate, targetFiles, type Target } from "../target.js";
import type { Model } from "../../spec/model.js";
import { changelogTarget } from "../markdown/changelog-target.js";
import { swift, swiftString } from "./language.js";
import { swiftTarget } from "./target.js";

/** The largest code the schema allows: Int32's maximum, so the table means the same on every platform. */
const largestCode = 2147483647;

/**
 * Numbers that are no code of the table, for the generated test to look up: -1 (codes are never
 * negative), the lowest number free from 0 up and the highest free from the largest code down. Computed,
 * because a table may well hold 0 or 2147483647.
 */
function unknownNumbers(model: Model): number[] {
  const taken = new Set(model.codes.map((code) => code.code));
  let lowest = 0;
  while (taken.has(lowest)) lowest++;
  let highest = largestCode;
  while (taken.has(highest)) highest--;
  return [...new Set([-1, lowest, highest])];
}

/**
 * out/packages/swift: a SwiftPM package an app adds with `.package(url:from:)`. The Swift output (rendered
 * as the swift target renders it) is its only source, in Sources/<module>/, so SwiftPM finds no file it
 * does not handle; a generated XCTest target checks every code; README and CHANGELOG sit at the root,
 * where SwiftPM does not look. Its version is the git tag it is published under: the spec's version.
 */
export const swiftPackageTarget: Target = {
  id: "swift-package",
  language: swift,
  description: "a SwiftPM package of the Swift enums",
  output: "packages/swift",
  // The paths follow the settings: SwiftPM finds a target's sources in Sources/<target name>/.
  files: (settings) => {
    const { moduleName = "", typeName = "" } = settings;
    return [
      { template: builtinTemplate("swift-package-manifest.hbs"), path: "Package.swift" },
      ...targetFiles(swiftTarget, settings).map((file) => ({ ...file, path: `Sources/${moduleName}/${typeName}.swift`, as: swiftTarget })),
      { template: builtinTemplate("swift-package-tests.hbs"), path: `Tests/${moduleName}Tests/${typeName}Tests.swift` },
      { template: builtinTemplate("swift-package-readme.hbs"), path: "README.md" },
      // Rendered with the package's own paths only (render.ts), so it links to nothing outside the package.
      ...targetFiles(changelogTarget, settings).map((file) => ({ ...file, path: "CHANGELOG.md", as: changelogTarget })),
    ];
  },
  // Its test and README name what the swift target declares; the package declares nothing of its own (the
  // Swift file it holds is the swift target's, checked as that target's), so nothing is reported twice.
  refers: (settings) => swiftTarget.declares?.(settings) ?? {},
  // The test case class the generated test declares its tests in: a type of that name would hide it.
  references: ["XCTestCase"],
  context: ({ model }) => ({
    versionText: model.version ?? "0.0.0",
    versionLiteral: swiftString(model.version ?? "0.0.0"),
    unknownNumbers: unknownNumbers(model),
  }),
};
