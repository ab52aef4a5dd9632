import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { swiftTarget } from "../../generator/languages/swift/target.js";
import { swiftPackageTarget } from "../../generator/languages/swift/package-target.js";
import { root } from "../support/helpers.js";
import { swiftChroot } from "../toolchains/toolchains.js";
import { renamedDriver, type Subject } from "../compile/kits/kit.js";
import { exec, failed, type Outcome } from "../compile/run-command.js";

/**
 * The SwiftPM package proved as SwiftPM proves it, inside the Swift chroot: `swift build` and `swift test`
 * of a copy of the package as generated, and `swift build` of a consumer package of its own that depends
 * on it with `.package(path:)` and prints the table as JSON lines (test/compile/drivers/main.swift, which
 * uses only the public contract, renamed for the configured type names). Everything is built in a copy
 * inside the chroot, so no .build folder or SwiftPM cache lands in the checkout.
 */

/** The name the copy of the package gets: its SwiftPM identity, as a repository of this name would give it. */
export const packageFolder = "status-codes-swift";

/** What each step of one package's proof gave, and how long it took. */
export interface SwiftPackageProof {
  /** `swift build` of the package as generated: its library. */
  readonly build: Outcome;
  /** `swift test`: the test target built on that library, and the XCTest run. */
  readonly test: Outcome;
  readonly consumerBuild: Outcome;
  readonly consumerRun: Outcome;
  /** swift-format on the files the package writes itself (its manifest and its test). */
  readonly lint: Outcome;
  /**
   * `swift build` again with a stray file in Sources/: SwiftPM must warn about it, or the checks that
   * the other builds print no warning would prove nothing.
   */
  readonly strayFileBuild: Outcome;
  /** Seconds per step, for the log: the package's build must stay cheap. */
  readonly seconds: Readonly<Record<string, number>>;
}

/** The consumer's manifest: an executable that depends on the package by path, as an SDK would by URL. */
export function consumerManifest(moduleName: string): string {
  return [
    "// swift-tools-version:5.9",
    "import PackageDescription",
    "",
    "let package = Package(",
    '    name: "Consumer",',
    `    dependencies: [.package(path: "../${packageFolder}")],`,
    "    targets: [",
    `        .executableTarget(name: "Consumer", dependencies: [.product(name: "${moduleName}", package: "${packageFolder}")])`,
    "    ]",
    ")",
    "",
  ].join("\n");
}

/** SwiftPM's warnings (an unhandled file among them) in what a command printed. */
export function warningsIn(outcome: Outcome): string[] {
  if (!outcome.ok) return [];
  return `${outcome.stdout}\n${outcome.stderr}`.split("\n").filter((line) => /\bwarning:/.test(line));
}

/**
 * Copies the subject's package and a consumer into `inside` (a folder as the chroot sees it; SwiftPM
 * writes .build beside each manifest, which stays for the run) and runs every step once; a step that
 * needs another's result is not run when that one failed.
 */
export async function proveSwiftPackage(subject: Subject, inside: string): Promise<SwiftPackageProof> {
  const settings = subject.settings["swift"] ?? {};
  const moduleName = settings["moduleName"] ?? "";
  const typeName = settings["typeName"] ?? "";
  const dir = join(swiftChroot, inside);
  mkdirSync(join(dir, "consumer/Sources/Consumer"), { recursive: true });
  cpSync(join(subject.outDir, subject.paths[swiftPackageTarget.id] ?? swiftPackageTarget.output), join(dir, packageFolder), { recursive: true });
  writeFileSync(join(dir, "consumer/Package.swift"), consumerManifest(moduleName));
  const driver = renamedDriver(readFileSync(join(root, "test/compile/drivers/main.swift"), "utf8"), swiftTarget, subject);
  writeFileSync(join(dir, "consumer/Sources/Consumer/main.swift"), `import ${moduleName}\n\n${driver}`);
  cpSync(join(root, "test/toolchains/swift-format.json"), join(dir, "swift-format.json"));

  const skipped = (step: string) => failed(`not run: ${step} failed first`);
  const seconds: Record<string, number> = {};
  const timed = async (step: string, args: string[]) => {
    const started = performance.now();
    const outcome = await exec(join(root, "test/toolchains/swift-chroot.sh"), args);
    seconds[step] = Math.round((performance.now() - started) / 100) / 10;
    return outcome;
  };
  const packagePath = `${inside}/${packageFolder}`;
  const build = await timed("swift build", ["swift", "build", "--package-path", packagePath]);
  // Builds only the test target on top (the debug library is the same), then runs it.
  const test = build.ok ? await timed("swift test", ["swift", "test", "--package-path", packagePath]) : skipped("swift build");
  // The consumer builds the package again, as a dependency, in its own .build; SwiftPM warns there about
  // a dependency's unhandled files too.
  const consumerBuild = await timed("consumer swift build", ["swift", "build", "--package-path", `${inside}/consumer`]);
  const consumerRun = consumerBuild.ok ? await timed("consumer run", [`${inside}/consumer/.build/debug/Consumer`]) : skipped("the consumer's swift build");
  const lint = await timed("swift format lint", [
    "swift", "format", "lint", "--strict", "--configuration", `${inside}/swift-format.json`,
    `${packagePath}/Package.swift`, `${packagePath}/Tests/${moduleName}Tests/${typeName}Tests.swift`,
  ]);
  // Last, on the built package: SwiftPM warns while it loads the package, before it compiles anything.
  writeFileSync(join(dir, packageFolder, "Sources", moduleName, "notes.txt"), "not Swift\n");
  const strayFileBuild = build.ok ? await timed("swift build with a stray file", ["swift", "build", "--package-path", packagePath]) : skipped("swift build");
  return { build, test, consumerBuild, consumerRun, lint, strayFileBuild, seconds };
}
