import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultSettings } from "../../../generator/languages/language.js";
import { java } from "../../../generator/languages/java/language.js";
import { javaTarget } from "../../../generator/languages/java/target.js";
import { targetFiles } from "../../../generator/languages/target.js";
import { root } from "../../support/helpers.js";
import { javaToolchain } from "../../toolchains/toolchains.js";
import { exec, failed, printedLines, type Outcome } from "../run-command.js";
import { expectedLegacyLines, legacyUses, type LegacyUse } from "../legacy-uses.js";
import { androidSdk } from "../../../generator/languages/alias-sources.js";
import { declaredFor, renamedDriver, type CompileKit, type Subject } from "./kit.js";

const driversDir = join(root, "test/compile/drivers");

/**
 * How a legacy driver uses each name. The Android SDK's names are short constants that apps compare their
 * int codes with: a switch over the int with the names as case labels (one label per number: javac refuses
 * two alike) and `==`, every second name compared; every other name (a former name, a deprecated code)
 * stands for a constant of the code enum.
 */
function androidForms(uses: readonly LegacyUse[]): Map<LegacyUse, "case" | "=="> {
  const forms = new Map<LegacyUse, "case" | "==">();
  const labelled = new Set<number>();
  uses
    .filter((use) => use.from === androidSdk.id)
    .forEach((use, index) => {
      const form = index % 2 === 0 && !labelled.has(use.code) ? "case" : "==";
      if (form === "case") labelled.add(use.code);
      forms.set(use, form);
    });
  return forms;
}

/**
 * A legacy driver: each deprecated name used once, as an app written against the SDK that named it would,
 * printing the number it stands for. `codes` is the type the names are read from: the generated code enum
 * or, for the mock check, the vendor's ResponseCode.
 */
function legacyDriver(uses: readonly LegacyUse[], packageName: string, className: string, imported: string, codes: string): string {
  const forms = androidForms(uses);
  const labels = uses.filter((use) => forms.get(use) === "case");
  const print = (use: LegacyUse, value: string) => `        print("${use.name}", ${value});`;
  const lines = uses.map((use) => {
    const form = forms.get(use);
    if (form === "case") return print(use, `labelled("${use.name}")`);
    if (form === "==") return print(use, `find(code -> code == ${codes}.${use.source})`);
    return print(use, `${codes}.${use.source}.getCode()`);
  });
  const labelMethod =
    labels.length === 0
      ? []
      : [
          "",
          "    /** The name of the case label an int code matches, as apps switch over the codes they get. */",
          "    private static String label(int code) {",
          "        switch (code) {",
          ...labels.flatMap((use) => [`            case ${codes}.${use.source}:`, `                return "${use.name}";`]),
          "            default:",
          "                return null;",
          "        }",
          "    }",
          "",
          "    private static int labelled(String name) {",
          "        return find(code -> name.equals(label(code)));",
          "    }",
        ];
  const findMethod =
    forms.size === 0
      ? []
      : [
          "",
          "    /** The first short (the Android SDK's codes are shorts) that the test accepts, or -1. */",
          "    private static int find(IntPredicate test) {",
          "        for (int code = Short.MIN_VALUE; code <= Short.MAX_VALUE; code++) {",
          "            if (test.test(code)) {",
          "                return code;",
          "            }",
          "        }",
          "        return -1;",
          "    }",
        ];
  return [
    `package ${packageName};`,
    "",
    ...(forms.size === 0 ? [] : ["import java.util.function.IntPredicate;"]),
    `import ${imported};`,
    "",
    `public final class ${className} {`,
    `    private ${className}() {`,
    "    }",
    "",
    "    private static void print(String name, int code) {",
    '        System.out.println("{\\"name\\":\\"" + name + "\\",\\"code\\":" + code + "}");',
    "    }",
    ...labelMethod,
    ...findMethod,
    "",
    "    public static void main(String[] args) {",
    ...lines,
    "    }",
    "}",
    "",
  ].join("\n");
}

/**
 * The Android SDK's own ResponseCode as apps compile against it today, with the spec's names: its short
 * constants, not deprecated.
 */
function vendorResponseCode(uses: readonly LegacyUse[], packageName: string, typeName: string): string {
  return [
    `package ${packageName};`,
    "",
    `public class ${typeName} {`,
    ...uses.map((use) => `    public static final short ${use.original} = ${use.code};`),
    "}",
    "",
  ].join("\n");
}

/** The run, when it printed what `uses` stand for; a failure saying what it printed otherwise. */
function sameLines(outcome: Outcome, uses: readonly LegacyUse[]): Outcome {
  if (!outcome.ok) return outcome;
  const printed = JSON.stringify(printedLines(outcome));
  const expected = JSON.stringify(expectedLegacyLines(uses));
  return printed === expected ? outcome : failed(`against the SDK's own constants the Android names printed ${printed}, not ${expected}`);
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
    const vendorUses = new Map<string, LegacyUse[]>();
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
      const uses = legacyUses(subject, java);
      writeFileSync(join(own, "Legacy.java"), legacyDriver(uses, `legacy.${subject.label}`, "Legacy", `${generatedPackage}.${codes}`, codes));
      legacySources.push(join(own, "Legacy.java"));
      // The Android names' uses again, unchanged but for the type, against a mock of the SDK's ResponseCode.
      const android = uses.filter((use) => use.from === androidSdk.id);
      if (android.length > 0) {
        const vendor = join(own, "vendor");
        const typeName = androidSdk.typeName ?? "";
        mkdirSync(vendor);
        writeFileSync(join(vendor, `${typeName}.java`), vendorResponseCode(android, `vendor.${subject.label}`, typeName));
        writeFileSync(join(vendor, "App.java"), legacyDriver(android, `vendor.${subject.label}.app`, "App", `vendor.${subject.label}.${typeName}`, typeName));
        legacySources.push(join(vendor, `${typeName}.java`), join(vendor, "App.java"));
        vendorUses.set(subject.label, android);
      }
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
        const android = vendorUses.get(label) ?? [];
        const [java8, java17, legacyRun, vendorRun] = await Promise.all([
          run(compiled8, classes("8"), `driver.${label}.Main`),
          run(compiled17, classes("17"), `driver.${label}.Main`),
          run(legacyCompile, `${legacyClasses}:${classes("8")}`, `legacy.${label}.Legacy`),
          android.length === 0 ? undefined : run(legacyCompile, legacyClasses, `vendor.${label}.app.App`),
        ]);
        main.set(label, new Map([["--release 8", java8], ["--release 17", java17]]));
        legacy.set(label, legacyRun);
        const ownFile = `/${label}/Legacy.java`;
        deprecations.set(
          label,
          warnings.filter(([, file = "", kind]) => kind === "deprecation" && file.endsWith(ownFile)).map(([, , , text = ""]) => /^(\S+) in \S+ has been deprecated$/.exec(text)?.[1] ?? text),
        );
        const own = new Map([["every warning of the legacy compile is a deprecation in a legacy driver", onlyDeprecations]]);
        if (vendorRun !== undefined) own.set(`the Android SDK's names are spelt and typed as its ${androidSdk.typeName ?? ""} declares them`, sameLines(vendorRun, android));
        checks.set(label, own);
      }),
    );
    return { main, legacy, deprecationWarnings: deprecations, checks };
  },
};
