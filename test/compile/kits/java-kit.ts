import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultSettings } from "../../../generator/languages/language.js";
import { java } from "../../../generator/languages/java/language.js";
import { javaTarget } from "../../../generator/languages/java/target.js";
import { targetFiles } from "../../../generator/languages/target.js";
import { root } from "../../support/helpers.js";
import { javaToolchain } from "../../toolchains/toolchains.js";
import { exec, failed, type Outcome } from "../run-command.js";
import { legacyUses, type LegacyUse } from "../legacy-uses.js";
import { declaredFor, renamedDriver, type CompileKit, type Subject } from "./kit.js";

const driversDir = join(root, "test/compile/drivers");

/** A legacy driver: each deprecated name used as an app written against an older SDK would, printing its number. */
function legacyDriver(uses: readonly LegacyUse[], label: string, generatedPackage: string, codes: string): string {
  const lines = uses.map((use) => `        System.out.println("{\\"name\\":\\"${use.name}\\",\\"code\\":" + ${codes}.${use.source}.getCode() + "}");`);
  return [
    `package legacy.${label};`,
    "",
    `import ${generatedPackage}.${codes};`,
    "",
    "public final class Legacy {",
    "    private Legacy() {",
    "    }",
    "",
    "    public static void main(String[] args) {",
    ...lines,
    "    }",
    "}",
    "",
  ].join("\n");
}

/** The Java files a subject's tree holds, as the target wrote them. */
function generatedFiles(subject: Subject): string[] {
  const settings = subject.settings[java.id] ?? defaultSettings(java);
  const folder = subject.paths[javaTarget.id] ?? javaTarget.output;
  return targetFiles(javaTarget, settings).map((file) => join(subject.outDir, folder, file.path ?? ""));
}

/** javac's warnings: `File.java:12: warning: [deprecation] CLASS in SELF has been deprecated`. */
const warningLine = /^(\S+\.java):\d+: warning: \[([\w-]+)\] (.*)$/gm;

/**
 * Java: every subject's files and driver in one javac call per release (8, Android's floor, and 17) with
 * `-Xlint:all -Werror` (and doclint on the generated packages), then the legacy drivers in one call against the Java 8 classes without -Werror,
 * since they must warn: a check requires every warning to be a deprecation inside a legacy driver. Each
 * driver then runs on the JVM.
 */
export const javaKit: CompileKit = {
  language: java,
  toolchain: javaToolchain(),
  compilerWarns: true,
  async run(subjects, work) {
    const dir = join(work, "java");
    const sources: string[] = [];
    const legacySources: string[] = [];
    const template = readFileSync(join(driversDir, "Main.java.template"), "utf8");
    for (const subject of subjects) {
      const generatedPackage = subject.settings[java.id]?.["package"] ?? "";
      const own = join(dir, subject.label);
      mkdirSync(own, { recursive: true });
      for (const file of generatedFiles(subject)) {
        const copy = join(own, file.slice(file.lastIndexOf("/") + 1));
        copyFileSync(file, copy);
        sources.push(copy);
      }
      const driver = renamedDriver(template, javaTarget, subject).replace("package DRIVER_PACKAGE", `package driver.${subject.label}`).replace(/GENERATED_PACKAGE/g, generatedPackage);
      writeFileSync(join(own, "Main.java"), driver);
      sources.push(join(own, "Main.java"));
      const codes = declaredFor(javaTarget, subject).types["code"] ?? "";
      writeFileSync(join(own, "Legacy.java"), legacyDriver(legacyUses(subject, java), subject.label, generatedPackage, codes));
      legacySources.push(join(own, "Legacy.java"));
    }
    // doclint too, on the generated packages only: every Javadoc is well-formed HTML, every {@link} resolves
    // and every public member has a comment.
    const packages = [...new Set(subjects.map((subject) => subject.settings[java.id]?.["package"] ?? ""))].join(",");
    const strict = ["-Xlint:all", "-Xdoclint:all/public", `-Xdoclint/package:${packages}`, "-Werror", "-encoding", "UTF-8"];
    const classes = (release: string) => join(dir, `classes-${release}`);
    const legacyClasses = join(dir, "classes-legacy");
    const [compiled8, compiled17] = await Promise.all(
      ["8", "17"].map((release) => exec("javac", ["--release", release, ...strict, "-d", classes(release), ...sources])),
    );
    const legacyCompile: Outcome =
      compiled8 === undefined || !compiled8.ok
        ? (compiled8 ?? failed("javac did not run"))
        : await exec("javac", ["--release", "8", "-Xlint:all", "-Xmaxwarns", "1000000", "-encoding", "UTF-8", "-cp", classes("8"), "-d", legacyClasses, ...legacySources]);
    const warnings = legacyCompile.ok ? [...legacyCompile.stderr.matchAll(warningLine)] : [];
    const others = warnings.filter(([, file = "", kind]) => kind !== "deprecation" || !file.endsWith("/Legacy.java")).map(([line]) => line);
    const onlyDeprecations: Outcome = !legacyCompile.ok ? legacyCompile : others.length === 0 ? legacyCompile : failed(others.join("\n"));

    // A client JIT and the serial collector: these runs are short.
    const jvm = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"];
    const run = (compile: Outcome | undefined, classpath: string, mainClass: string): Promise<Outcome> =>
      compile?.ok === true ? exec("java", [...jvm, "-cp", classpath, mainClass]) : Promise.resolve(compile ?? failed("javac did not run"));
    const main = new Map<string, Map<string, Outcome>>();
    const legacy = new Map<string, Outcome>();
    const deprecations = new Map<string, string[]>();
    const checks = new Map<string, Map<string, Outcome>>();
    await Promise.all(
      subjects.map(async (subject) => {
        const label = subject.label;
        const [java8, java17, legacyRun] = await Promise.all([
          run(compiled8, classes("8"), `driver.${label}.Main`),
          run(compiled17, classes("17"), `driver.${label}.Main`),
          run(legacyCompile, `${legacyClasses}:${classes("8")}`, `legacy.${label}.Legacy`),
        ]);
        main.set(label, new Map([["--release 8", java8], ["--release 17", java17]]));
        legacy.set(label, legacyRun);
        const ownFile = `/${label}/Legacy.java`;
        deprecations.set(
          label,
          warnings.filter(([, file = "", kind]) => kind === "deprecation" && file.endsWith(ownFile)).map(([, , , text = ""]) => /^(\S+) in \S+ has been deprecated$/.exec(text)?.[1] ?? text),
        );
        checks.set(label, new Map([["every warning of the legacy compile is a deprecation in a legacy driver", onlyDeprecations]]));
      }),
    );
    return { main, legacy, deprecationWarnings: deprecations, checks };
  },
};
