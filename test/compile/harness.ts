import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "../helpers.js";
import { kotlinHome, swiftChroot } from "../toolchains/toolchains.js";
import { kotlinLegacyDriver, legacyUses, swiftLegacyDriver, typescriptLegacyDriver } from "./legacy-drivers.js";

/** A generated output tree to prove, with a label that is also a legal package name segment. */
export interface Subject {
  readonly label: string;
  /** The output root, holding typescript/, swift/, kotlin/ … */
  readonly outDir: string;
  /** The Kotlin package the spec's settings chose. */
  readonly kotlinPackage: string;
}

/** What one compile-and-run printed, or why it failed (the command and its error output). */
export type Outcome = { readonly ok: true; readonly stdout: string; readonly stderr: string } | { readonly ok: false; readonly failure: string };

const driversDir = join(root, "test/compile/drivers");

/** Runs a command to completion without a shell; never rejects. */
function exec(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", (error) => resolve({ ok: false, failure: `${command}: ${error.message}` }));
    child.on("close", (status) => {
      const out = Buffer.concat(stdout).toString("utf8");
      const err = Buffer.concat(stderr).toString("utf8");
      if (status === 0) resolve({ ok: true, stdout: out, stderr: err });
      else resolve({ ok: false, failure: `${command} ${args.join(" ")} exited ${status}:\n${(err + out).slice(-4000)}` });
    });
  });
}

/** Runs steps in order, stopping at the first failure; the last step's outcome is the result. */
async function chain(...steps: (() => Promise<Outcome>)[]): Promise<Outcome> {
  let outcome: Outcome = { ok: true, stdout: "", stderr: "" };
  for (const step of steps) {
    outcome = await step();
    if (!outcome.ok) return outcome;
  }
  return outcome;
}

/** The strict flags the TypeScript contract promises to compile under. */
export const strictTscFlags = [
  "--strict", "--noUncheckedIndexedAccess", "--exactOptionalPropertyTypes", "--verbatimModuleSyntax",
  "--isolatedModules", "--target", "es2022", "--module", "nodenext", "--types", "",
];

/** Compiles the generated TypeScript with the driver (emitting JavaScript), then runs it with Node. */
export function runTypeScript(subject: Subject, work: string): Promise<Outcome> {
  const dir = join(work, `ts-${subject.label}`);
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(subject.outDir, "typescript/status-codes.ts"), join(dir, "status-codes.ts"));
  copyFileSync(join(driversDir, "driver.ts"), join(dir, "driver.ts"));
  writeFileSync(join(dir, "package.json"), `{ "type": "module" }\n`);
  const tsc = join(root, "node_modules/.bin/tsc");
  return chain(
    () => exec(tsc, ["--ignoreConfig", ...strictTscFlags, "--outDir", join(dir, "js"), join(dir, "driver.ts"), join(dir, "status-codes.ts")]),
    () => exec(process.execPath, [join(dir, "js/driver.js")]),
  );
}

/** Compiles the generated TypeScript with the legacy driver, which uses every deprecated name, and runs it. */
export function runTypeScriptLegacy(subject: Subject, work: string): Promise<Outcome> {
  const dir = join(work, `ts-legacy-${subject.label}`);
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(subject.outDir, "typescript/status-codes.ts"), join(dir, "status-codes.ts"));
  writeFileSync(join(dir, "legacy.ts"), typescriptLegacyDriver(legacyUses(subject.outDir, "typescript")));
  writeFileSync(join(dir, "package.json"), `{ "type": "module" }\n`);
  const tsc = join(root, "node_modules/.bin/tsc");
  return chain(
    () => exec(tsc, ["--ignoreConfig", ...strictTscFlags, "--outDir", join(dir, "js"), join(dir, "legacy.ts"), join(dir, "status-codes.ts")]),
    () => exec(process.execPath, [join(dir, "js/legacy.js")]),
  );
}

/** Kotlin outcomes: the one compile's output (its warnings), and each subject's driver and legacy driver run. */
export interface KotlinOutcomes {
  readonly compile: Outcome;
  readonly runs: Map<string, { readonly main: Outcome; readonly legacy: Outcome }>;
}

/**
 * Compiles every subject's Kotlin, its driver and its legacy driver in one kotlinc call (kotlinc starts
 * slowly), then runs each. Without -Werror, since the legacy drivers must warn: the test checks instead
 * that every warning is a deprecation inside a legacy driver.
 */
export async function runKotlin(subjects: readonly Subject[], work: string): Promise<KotlinOutcomes> {
  const dir = join(work, "kotlin");
  const sources: string[] = [];
  const template = readFileSync(join(driversDir, "Main.kt.template"), "utf8");
  for (const subject of subjects) {
    mkdirSync(join(dir, subject.label), { recursive: true });
    const generated = join(dir, subject.label, "StatusCode.kt");
    const driver = join(dir, subject.label, "Main.kt");
    const legacy = join(dir, subject.label, "Legacy.kt");
    copyFileSync(join(subject.outDir, "kotlin/StatusCode.kt"), generated);
    writeFileSync(
      driver,
      template.replace("package DRIVER_PACKAGE", `package driver.${subject.label}`).replace(/GENERATED_PACKAGE/g, subject.kotlinPackage),
    );
    writeFileSync(legacy, kotlinLegacyDriver(legacyUses(subject.outDir, "kotlin"), subject.label, subject.kotlinPackage));
    sources.push(generated, driver, legacy);
  }
  const jar = join(dir, "drivers.jar");
  // Halves kotlinc's time on a small machine: a client JIT, a small heap, the serial collector.
  const env = { ...process.env, JAVA_OPTS: "-Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC" };
  const compile = await exec(join(kotlinHome, "bin/kotlinc"), [...sources, "-d", jar], env);
  const runs = new Map<string, { main: Outcome; legacy: Outcome }>();
  const classpath = `${jar}:${join(kotlinHome, "lib/kotlin-stdlib.jar")}`;
  for (const subject of subjects) {
    const main = compile.ok ? await exec("java", ["-cp", classpath, `driver.${subject.label}.MainKt`]) : compile;
    const legacy = compile.ok ? await exec("java", ["-cp", classpath, `legacy.${subject.label}.LegacyKt`]) : compile;
    runs.set(subject.label, { main, legacy });
  }
  return { compile, runs };
}

/** Swift outcomes for one subject: compiled and run in each language mode, and swift-format's verdict. */
export interface SwiftOutcomes {
  readonly swift5: Outcome;
  readonly swift6: Outcome;
  readonly lint: Outcome;
  /** The legacy driver's compile (Swift 6 mode, warnings allowed: they are the point) and its run. */
  readonly legacyCompile: Outcome;
  readonly legacyRun: Outcome;
}

/** Compiles and runs the generated Swift with the driver in Swift 5 and Swift 6 modes, and lints it. */
export async function runSwift(subject: Subject): Promise<SwiftOutcomes> {
  // Sources go inside the chroot; paths handed to the tools are as the chroot sees them.
  const inside = `/tmp/status-codegen-${process.pid}-${subject.label}`;
  const dir = join(swiftChroot, inside);
  mkdirSync(dir, { recursive: true });
  try {
    copyFileSync(join(subject.outDir, "swift/StatusCode.swift"), join(dir, "StatusCode.swift"));
    copyFileSync(join(driversDir, "main.swift"), join(dir, "main.swift"));
    copyFileSync(join(root, "test/toolchains/swift-format.json"), join(dir, "swift-format.json"));
    const inChroot = (...args: string[]) => exec(join(root, "test/toolchains/swift-chroot.sh"), args);
    const compileAndRun = (mode: string) =>
      chain(
        () => inChroot("swiftc", "-swift-version", mode, "-warnings-as-errors", "-o", `${inside}/driver${mode}`, `${inside}/StatusCode.swift`, `${inside}/main.swift`),
        () => inChroot(`${inside}/driver${mode}`),
      );
    const swift5 = await compileAndRun("5");
    const swift6 = await compileAndRun("6");
    const lint = await inChroot("swift", "format", "lint", "--strict", "--configuration", `${inside}/swift-format.json`, `${inside}/StatusCode.swift`);
    mkdirSync(join(dir, "legacy"));
    writeFileSync(join(dir, "legacy/main.swift"), swiftLegacyDriver(legacyUses(subject.outDir, "swift")));
    const legacyCompile = await inChroot("swiftc", "-swift-version", "6", "-o", `${inside}/legacy/driver`, `${inside}/StatusCode.swift`, `${inside}/legacy/main.swift`);
    const legacyRun = legacyCompile.ok ? await inChroot(`${inside}/legacy/driver`) : legacyCompile;
    return { swift5, swift6, lint, legacyCompile, legacyRun };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs markdownlint-cli2 with the project's settings for generated Markdown. */
export function lintMarkdown(files: readonly string[]): Promise<Outcome> {
  const cli = join(root, "node_modules/.bin/markdownlint-cli2");
  return exec(cli, ["--config", join(root, "test/toolchains/markdownlint.jsonc"), ...files]);
}
