import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { performance } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kotlinVersion } from "../../generator/languages/kotlin/maven-build.js";
import { kotlinSourcePath, mavenPackageTarget } from "../../generator/languages/kotlin/maven-package-target.js";
import type { Subject } from "../compile/kits/kit.js";
import { expectedLines, subject } from "../compile/expected-lines.js";
import { expectedLegacyLines, legacyUses } from "../compile/legacy-uses.js";
import { lintMarkdown } from "../compile/lint-markdown.js";
import { exec, printedLines, type Outcome } from "../compile/run-command.js";
import { kotlin } from "../../generator/languages/kotlin/language.js";
import { root, runCli } from "../support/helpers.js";
import { mavenCache, mavenToolchain } from "../toolchains/maven.js";
import { withToolchain } from "../toolchains/toolchains.js";
import { classpathFile, coordinatesOf, mainClass, writeAggregator, writeConsumer, type ConsumerLanguage, type Coordinates } from "./maven-projects.js";
import { artifactFolder, artifactPath, MavenRepository } from "./maven-repository.js";

/**
 * The Maven package, proved with Maven itself, for the real spec (out/packages/maven, as committed) and the
 * hostile fixture: both packages built and installed in one Maven run into the run's own local repository
 * (see maven-repository.ts), then four consumer projects (Java and Kotlin, for each package) built in a
 * second run against the installed artifacts, and each run on the JVM with the class path Maven resolved
 * for it. Every consumer must print exactly the JSON output; the Java one also the legacy names.
 */

const toolchain = mavenToolchain();
const hostileSpec = join(root, "test/fixtures/hostile.yaml");
const languages: readonly ConsumerLanguage[] = ["java", "kotlin"];

/** The Kotlin daemons running now, by process id and command line. */
function kotlinDaemons(): Map<string, string> {
  const listing = spawnSync("ps", ["-eo", "pid=,args="], { encoding: "utf8" }).stdout ?? "";
  const daemons = listing.split("\n").filter((line) => /KotlinCompileDaemon|kotlin-daemon/.test(line));
  return new Map(daemons.map((line) => [line.trim().split(/\s+/)[0] ?? "", line.trim()]));
}

interface Built {
  readonly subject: Subject;
  /** The Maven project: a copy of out/packages/maven for the real spec (its target/ stays out of the checkout). */
  readonly project: string;
  readonly coordinates: Coordinates;
}

const work = mkdtempSync(join(tmpdir(), "status-codegen-maven-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const built = new Map<string, Built>();
let repository: MavenRepository | undefined;
let packagesBuild: Outcome | undefined;
let consumersBuild: Outcome | undefined;
const runs = new Map<string, Outcome>();
let daemonsLeft: string[] = [];
/** Seconds per step, printed once: what the proof costs. */
const seconds: Record<string, number> = {};

const hostileOut = join(work, "hostile-out");

beforeAll(async () => {
  // Without Maven too: its README and CHANGELOG are linted.
  const generated = runCli(["generate", "--spec", hostileSpec, "--out", hostileOut]);
  if (generated.code !== 0) throw new Error(`the hostile fixture did not generate:\n${generated.stderr}`);
  if (!toolchain.available) return;
  for (const each of [subject("real", join(root, "spec/status-codes.yaml"), join(root, "out")), subject("hostile", hostileSpec, hostileOut)]) {
    const project = join(work, "packages", each.label);
    cpSync(join(each.outDir, each.paths[mavenPackageTarget.id] ?? mavenPackageTarget.output), project, { recursive: true });
    built.set(each.label, { subject: each, project, coordinates: coordinatesOf(join(project, "pom.xml")) });
  }
  const daemonsBefore = kotlinDaemons();
  let start = performance.now();
  const lap = (step: string) => {
    seconds[step] = Math.round((performance.now() - start) / 100) / 10;
    start = performance.now();
  };
  repository = MavenRepository.seeded(join(work, "repository"), mavenCache);
  lap("seed the local repository");
  // Not quiet: the output must hold no warning. `install` runs `package` first: one Maven start for both.
  packagesBuild = await repository.run(writeAggregator(join(work, "packages"), [...built.keys()]), ["install"]);
  lap("mvn install: both packages");
  if (packagesBuild.ok) {
    const consumers: string[] = [];
    for (const { subject: each, coordinates } of built.values()) {
      for (const language of languages) {
        consumers.push(`${language}-${each.label}`);
        writeConsumer(join(work, "consumers", `${language}-${each.label}`), language, coordinates, each);
      }
    }
    // Not quiet either: a compiler's warnings are what -Werror failed on. At the end: one consumer that
    // fails to build leaves the others to build and run.
    consumersBuild = await repository.run(writeAggregator(join(work, "consumers"), consumers), ["--fail-at-end", "package"]);
    lap("mvn package: four consumers");
    await Promise.all(
      consumers.map(async (name) => {
        const dir = join(work, "consumers", name);
        if (!existsSync(join(dir, classpathFile))) return;
        const classpath = `${join(dir, "target/classes")}:${readFileSync(join(dir, classpathFile), "utf8").trim()}`;
        runs.set(name, await exec("java", ["-cp", classpath, mainClass[name.startsWith("java") ? "java" : "kotlin"]]));
      }),
    );
    lap("java: four consumers");
  }
  repository.keepDownloads([...built.values()].map(({ coordinates }) => artifactFolder(coordinates.groupId, coordinates.artifactId)));
  lap("keep the downloads in the cache");
  daemonsLeft = [...kotlinDaemons()].filter(([pid]) => !daemonsBefore.has(pid)).map(([, command]) => command);
  console.log(`Maven package proof, seconds: ${JSON.stringify(seconds)}`);
}, 600_000);

describe.each(["real", "hostile"])("the %s spec's Maven package", (label) => {
  const current = () => {
    const found = built.get(label);
    if (found === undefined) throw new Error(`no package for ${label}`);
    return found;
  };

  withToolchain(toolchain, "mvn install builds its jar and sources jar and installs them with its POM, without a warning", () => {
    expect(packagesBuild?.ok ? "" : packagesBuild?.failure).toBe("");
    const output = packagesBuild?.ok ? packagesBuild.stdout : "";
    expect(output.split("\n").filter((line) => line.startsWith("[WARNING]") || line.startsWith("[ERROR]"))).toEqual([]);
    const { project, coordinates, subject: each } = current();
    const kotlinFile = kotlinSourcePath(each.settings["kotlin"] ?? {}).replace("src/main/kotlin/", "");
    const jarName = `${coordinates.artifactId}-${coordinates.version}`;
    // Entry names are stored as they are in a zip file, so a plain byte search finds them.
    expect(readFileSync(join(project, "target", `${jarName}.jar`)).includes(kotlinFile.replace(/\.kt$/, ".class"))).toBe(true);
    expect(readFileSync(join(project, "target", `${jarName}-sources.jar`)).includes(kotlinFile)).toBe(true);
    const installed = join(repository?.path ?? "", artifactPath(coordinates.groupId, coordinates.artifactId, coordinates.version));
    expect(readFileSync(`${installed}.pom`, "utf8")).toBe(readFileSync(join(project, "pom.xml"), "utf8"));
    for (const suffix of [".jar", "-sources.jar"]) expect(existsSync(`${installed}${suffix}`), suffix).toBe(true);
    expect(coordinates).toEqual({ groupId: each.settings["kotlin"]?.["groupId"], artifactId: each.settings["kotlin"]?.["artifactId"], version: label === "real" ? "1.0.0" : "2.3.4" });
  });

  describe.each(languages)("a %s consumer", (language) => {
    withToolchain(toolchain, "depending on the installed artifact alone, compiles warning-free and prints exactly the JSON output", () => {
      const run = runs.get(`${language}-${label}`);
      expect(run === undefined && !consumersBuild?.ok ? (consumersBuild?.failure ?? "not built") : "").toBe("");
      const { subject: each } = current();
      // The Java driver also uses every legacy name (javac is told they are meant); the Kotlin compile kit proves them for Kotlin.
      const expected = language === "java" ? [...expectedLines(each), ...expectedLegacyLines(legacyUses(each, kotlin))] : expectedLines(each);
      expect(printedLines(run)).toEqual(expected);
    });
  });
});

withToolchain(toolchain, "no Kotlin daemon is left running after the builds", () => {
  expect(packagesBuild).toBeDefined();
  expect(daemonsLeft).toEqual([]);
});

it("builds with the Kotlin of this repository's kotlin-compiler devDependency", () => {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { devDependencies: Record<string, string> };
  expect(kotlinVersion).toBe(manifest.devDependencies["kotlin-compiler"]);
  expect(readFileSync(join(root, "out/packages/maven/pom.xml"), "utf8")).toContain(`<kotlin.version>${kotlinVersion}</kotlin.version>`);
});

it("its README and CHANGELOG pass markdownlint-cli2, the real spec's and the hostile fixture's", async () => {
  const packages = [join(root, "out/packages/maven"), join(hostileOut, mavenPackageTarget.output)];
  const lint = await lintMarkdown(packages.flatMap((dir) => ["README.md", "CHANGELOG.md"].map((file) => join(dir, file))));
  expect(lint.ok ? "" : lint.failure).toBe("");
});

it("keeps Maven's downloads outside the checkout", () => {
  expect(relative(root, mavenCache).startsWith("..")).toBe(true);
});
