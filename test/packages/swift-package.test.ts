import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { swiftTarget } from "../../generator/languages/swift/target.js";
import { swiftPackageTarget } from "../../generator/languages/swift/package-target.js";
import { root, runCli } from "../support/helpers.js";
import { swiftChroot, swiftToolchain, withToolchain } from "../toolchains/toolchains.js";
import type { Subject } from "../compile/kits/kit.js";
import { expectedLines, subject as specSubject } from "../compile/expected-lines.js";
import { lintMarkdown } from "../compile/lint-markdown.js";
import { printedLines, type Outcome } from "../compile/run-command.js";
import { proveSwiftPackage, warningsIn, type SwiftPackageProof } from "./swift-package-kit.js";

/**
 * The SwiftPM package (issue 12): for the real spec (out/packages/swift as committed) and the hostile
 * fixture (whose module is named like its code type), `swift build` and `swift test` in the Swift chroot
 * with no warning, and a consumer package depending on it by path that builds with no warning and prints
 * exactly the JSON output. Everything runs once per spec, in beforeAll; the tests compare.
 */

const toolchain = swiftToolchain();
const work = mkdtempSync(join(tmpdir(), "status-codegen-swift-package-"));
// Inside the chroot, where SwiftPM can write each package's .build for the whole run.
const inside = `/tmp/status-codegen-swift-package-${process.pid}`;
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(join(swiftChroot, inside), { recursive: true, force: true });
});

const subjects = new Map<string, Subject>([["real", specSubject("real", join(root, "spec/status-codes.yaml"), join(root, "out"))]]);
const proofs = new Map<string, SwiftPackageProof>();
let markdownLint: Outcome | undefined;

const packageDir = (subject: Subject) => join(subject.outDir, subject.paths[swiftPackageTarget.id] ?? swiftPackageTarget.output);

beforeAll(async () => {
  const hostileSpec = join(root, "test/fixtures/hostile.yaml");
  const hostileOut = join(work, "hostile-out");
  const generated = runCli(["generate", "--spec", hostileSpec, "--out", hostileOut]);
  if (generated.code !== 0) throw new Error(`the hostile fixture did not generate:\n${generated.stderr}`);
  subjects.set("hostile", specSubject("hostile", hostileSpec, hostileOut));
  markdownLint = await lintMarkdown([...subjects.values()].flatMap((subject) => ["README.md", "CHANGELOG.md"].map((file) => join(packageDir(subject), file))));
  if (!toolchain.available) return;
  // One after the other: the chroot runs one command at a time, and SwiftPM uses every core anyway.
  for (const [label, subject] of subjects) {
    const proof = await proveSwiftPackage(subject, `${inside}/${label}`);
    proofs.set(label, proof);
    console.log(`swift package (${label}): ${Object.entries(proof.seconds).map(([step, seconds]) => `${step} ${seconds} s`).join(", ")}`);
  }
}, 300_000);

const succeeded = (outcome: Outcome | undefined) => (outcome === undefined ? "the step did not run" : outcome.ok ? "" : outcome.failure);

describe.each(["real", "hostile"])("the %s spec's Swift package", (label) => {
  const subject = () => subjects.get(label) as Subject;
  const proof = () => proofs.get(label);

  it("holds the manifest, the Swift output as its only source, its test, a README and the CHANGELOG", () => {
    const dir = packageDir(subject());
    const settings = subject().settings["swift"] ?? {};
    const [moduleName, typeName] = [settings["moduleName"] ?? "", settings["typeName"] ?? ""];
    // Nothing else inside Sources/ and Tests/, so SwiftPM finds no file it does not handle.
    expect(readdirSync(join(dir, "Sources"), { recursive: true }).sort()).toEqual([moduleName, `${moduleName}/${typeName}.swift`]);
    expect(readdirSync(join(dir, "Tests"), { recursive: true }).sort()).toEqual([`${moduleName}Tests`, `${moduleName}Tests/${typeName}Tests.swift`]);
    expect(readdirSync(dir).sort()).toEqual(["CHANGELOG.md", "Package.swift", "README.md", "Sources", "Tests"]);
    const swiftOutput = readFileSync(join(subject().outDir, subject().paths[swiftTarget.id] ?? swiftTarget.output), "utf8");
    expect(readFileSync(join(dir, `Sources/${moduleName}/${typeName}.swift`), "utf8")).toBe(swiftOutput);
    const manifest = readFileSync(join(dir, "Package.swift"), "utf8");
    // SwiftPM reads the tools version from the first line only.
    expect(manifest.split("\n")[0]).toBe("// swift-tools-version:5.9");
    expect(manifest.split("\n")[1]).toMatch(/^\/\/ Generated from .* by status-codegen — do not edit\.$/);
    const changelog = readFileSync(join(dir, "CHANGELOG.md"), "utf8");
    expect(changelog).toContain("# Changelog");
    // Published on its own: no link to the reference, which stays behind.
    expect(changelog).not.toContain("status-codes.md");
  });

  it("README and CHANGELOG pass markdownlint", () => {
    expect(succeeded(markdownLint)).toBe("");
  });

  withToolchain(toolchain, "swift build builds it with no warning: no unhandled file, no deprecation", () => {
    expect(succeeded(proof()?.build)).toBe("");
    expect(warningsIn(proof()?.build as Outcome)).toEqual([]);
  });

  withToolchain(toolchain, "swift build warns about a stray file in Sources/, so the checks for no warning can fail", () => {
    expect(succeeded(proof()?.strayFileBuild)).toBe("");
    expect(warningsIn(proof()?.strayFileBuild as Outcome).join("\n")).toMatch(/found 1 file\(s\) which are unhandled/);
  });

  withToolchain(toolchain, "swift test passes with no warning: every code round-trips through init(rawValue:), unknown numbers give nil, the version is the spec's", () => {
    const test = proof()?.test;
    expect(succeeded(test)).toBe("");
    expect(warningsIn(test as Outcome)).toEqual([]);
    const printed = test?.ok === true ? `${test.stdout}\n${test.stderr}` : "";
    const typeName = subject().settings["swift"]?.["typeName"] ?? "";
    for (const name of ["testEveryCodeIsACase", "testEveryCodeRoundTripsThroughItsRawValue", "testNumbersOutsideTheTableAreNoCode", "testTableVersionIsTheSpecs"]) {
      expect(printed).toContain(`Test Case '${typeName}Tests.${name}' passed`);
    }
    expect(printed).toContain("Executed 4 tests, with 0 failures");
  });

  withToolchain(toolchain, "a consumer package depending on it with .package(path:) builds with no warning and prints exactly the JSON output", () => {
    expect(succeeded(proof()?.consumerBuild)).toBe("");
    expect(warningsIn(proof()?.consumerBuild as Outcome)).toEqual([]);
    expect(printedLines(proof()?.consumerRun)).toEqual(expectedLines(subject()));
  });

  withToolchain(toolchain, "its manifest and its test pass swift format lint", () => {
    expect(succeeded(proof()?.lint)).toBe("");
  });
});
