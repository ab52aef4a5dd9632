import { describe, expect, it } from "vitest";
import { renderAll } from "../../generator/render/render.js";
import { validateSpec } from "../../generator/spec/validate.js";
import { realSpec } from "../support/helpers.js";
import { edit } from "../spec/bad-specs.js";

/**
 * What the SwiftPM package's files are, without a toolchain: their paths follow the module and type
 * settings (SwiftPM finds a target's sources by its name), and a spec without a version gives 0.0.0.
 * swift-package.test.ts builds them.
 */

function packageFiles(spec: string): Map<string, string> {
  const { model } = validateSpec(spec, "spec/status-codes.yaml");
  return new Map(renderAll(model).flatMap((file) => (file.path.startsWith("packages/swift/") ? [[file.path.slice("packages/swift/".length), file.content]] : [])));
}

describe("the Swift package's files", () => {
  it("are named by settings.swift.moduleName and typeName", () => {
    const files = packageFiles(realSpec.replace("  swift:\n    typeName: StatusCode\n", "  swift:\n    moduleName: ImCodes\n    typeName: ImStatus\n"));
    expect([...files.keys()]).toEqual(["Package.swift", "Sources/ImCodes/ImStatus.swift", "Tests/ImCodesTests/ImStatusTests.swift", "README.md", "CHANGELOG.md"]);
    expect(files.get("Package.swift")).toContain('.library(name: "ImCodes", targets: ["ImCodes"])');
    expect(files.get("Tests/ImCodesTests/ImStatusTests.swift")).toContain("import ImCodes\n");
    expect(files.get("README.md")).toContain("import ImCodes\n");
  });

  it("carry version 0.0.0 when the spec has none", () => {
    // The small spec of the validation tests: the real one records versions that need its own.
    const files = packageFiles(edit("version: 1.0.0\n", ""));
    expect(files.get("Tests/StatusCodesTests/StatusCodeTests.swift")).toContain('XCTAssertEqual(StatusCode.tableVersion, "0.0.0")');
    expect(files.get("README.md")).toContain("version 0.0.0 is published as the git tag `0.0.0`");
  });
});
