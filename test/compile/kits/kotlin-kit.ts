import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { kotlin } from "../../../generator/languages/kotlin/language.js";
import { kotlinTarget } from "../../../generator/languages/kotlin/target.js";
import { androidSdk } from "../../../generator/languages/alias-sources.js";
import { root } from "../../support/helpers.js";
import { kotlinHome, kotlinToolchain } from "../../toolchains/toolchains.js";
import { exec, failed, type Outcome } from "../run-command.js";
import { deprecationWarnings, legacyUses, type LegacyUse } from "../legacy-uses.js";
import { declaredFor, renamedDriver, type CompileKit } from "./kit.js";

const driversDir = join(root, "test/compile/drivers");

function legacyDriver(uses: readonly LegacyUse[], label: string, generatedPackage: string, codes: string): string {
  const quote = (name: string) => `\\"${name}\\"`;
  // The Android SDK's names are Short constants, which Kotlin code widens to compare with an Int code.
  const value = (use: LegacyUse) => (use.from === androidSdk.id ? `${codes}.${use.source}.toInt()` : `${codes}.${use.source}.code`);
  const lines = uses.map((use) => `    println("{\\"name\\":${quote(use.name)},\\"code\\":\${${value(use)}}}")`);
  return [`package legacy.${label}`, "", `import ${generatedPackage}.${codes}`, "", "fun main() {", ...lines, "}", ""].join("\n");
}

/**
 * Kotlin: every subject's file, driver and legacy driver in one kotlinc call (kotlinc starts slowly), then
 * each run on the JVM. Without -Werror, since the legacy drivers must warn: a check requires instead that
 * every warning is a deprecation inside a legacy driver.
 */
export const kotlinKit: CompileKit = {
  language: kotlin,
  toolchain: kotlinToolchain(),
  compilerWarns: true,
  async run(subjects, work) {
    const dir = join(work, "kotlin");
    const sources: string[] = [];
    const template = readFileSync(join(driversDir, "Main.kt.template"), "utf8");
    for (const subject of subjects) {
      const generatedPackage = subject.settings["kotlin"]?.["package"] ?? "";
      mkdirSync(join(dir, subject.label), { recursive: true });
      const [generated, driver, legacy] = ["StatusCode.kt", "Main.kt", "Legacy.kt"].map((file) => join(dir, subject.label, file)) as [string, string, string];
      copyFileSync(join(subject.outDir, subject.paths[kotlinTarget.id] ?? kotlinTarget.output), generated);
      const main = renamedDriver(template, kotlinTarget, subject).replace("package DRIVER_PACKAGE", `package driver.${subject.label}`).replace(/GENERATED_PACKAGE/g, generatedPackage);
      writeFileSync(driver, main);
      writeFileSync(legacy, legacyDriver(legacyUses(subject, kotlin), subject.label, generatedPackage, declaredFor(kotlinTarget, subject).types["code"] ?? ""));
      sources.push(generated, driver, legacy);
    }
    const jar = join(dir, "drivers.jar");
    // Halves kotlinc's time on a small machine: a client JIT, a small heap, the serial collector.
    const env = { ...process.env, JAVA_OPTS: "-Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC" };
    const compile = await exec(join(kotlinHome, "bin/kotlinc"), [...sources, "-d", jar], env);
    const classpath = `${jar}:${join(kotlinHome, "lib/kotlin-stdlib.jar")}`;
    const otherWarnings = compile.ok ? compile.stderr.split("\n").filter((line) => line.includes("warning:") && !/Legacy\.kt:\d+:\d+: warning: '[^']+' is deprecated/.test(line)) : [];
    const onlyDeprecations: Outcome = !compile.ok ? compile : otherWarnings.length === 0 ? compile : failed(otherWarnings.join("\n"));

    const main = new Map<string, Map<string, Outcome>>();
    const legacy = new Map<string, Outcome>();
    const warnings = new Map<string, string[]>();
    const checks = new Map<string, Map<string, Outcome>>();
    for (const subject of subjects) {
      main.set(subject.label, new Map([["Kotlin", compile.ok ? await exec("java", ["-cp", classpath, `driver.${subject.label}.MainKt`]) : compile]]));
      legacy.set(subject.label, compile.ok ? await exec("java", ["-cp", classpath, `legacy.${subject.label}.LegacyKt`]) : compile);
      const own = compile.ok ? compile.stderr.split("\n").filter((line) => line.includes(`/${subject.label}/Legacy.kt:`)).join("\n") : "";
      warnings.set(subject.label, deprecationWarnings(own));
      checks.set(subject.label, new Map([["every warning of the compile is a deprecation in a legacy driver", onlyDeprecations]]));
    }
    return { main, legacy, deprecationWarnings: warnings, checks };
  },
};
