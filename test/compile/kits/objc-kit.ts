import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { objc } from "../../../generator/languages/objc/language.js";
import { objcTarget } from "../../../generator/languages/objc/target.js";
import { root } from "../../support/helpers.js";
import { gccIncludeDir, objcToolchain } from "../../toolchains/toolchains.js";
import { chain, exec, failed, printedLines, type Outcome } from "../run-command.js";
import { deprecationWarnings, expectedLegacyLines, jsonFile, legacyUses, type LegacyUse } from "../legacy-uses.js";
import { iosSdk } from "../../../generator/languages/alias-sources.js";
import { declaredFor, renamedDriver, type CompileKit, type Subject } from "./kit.js";

const driversDir = join(root, "test/compile/drivers");

/** What a legacy driver is compiled against: the generated header or a mock of the vendor's. */
interface DriverTarget {
  /** The header imported. */
  readonly header: string;
  /** The enum type apps cast a code to (`NIMRemoteErrorCode` for the vendor's, `StatusCode` for ours). */
  readonly typeName: string;
  /** An `NSArray<NSNumber *> *` expression of every number of the table. */
  readonly values: string;
  /** An `NSErrorDomain` expression. */
  readonly domain: string;
}

/**
 * An app written against an older SDK, as iOS apps use NIMRemoteErrorCode: for an NSError of every number
 * of the table, it tests each legacy name once, alternately with `==` (`if (error.code ==
 * NIMRemoteErrorCodeFrequently)`) and as a `case` label of a switch over the code cast to the enum type,
 * and records the number the name matched; then prints one line per name, in order. Each name is written
 * once, so clang warns once per name.
 */
function legacyDriver(uses: readonly LegacyUse[], target: DriverTarget): string {
  const lines = [`// Uses every deprecated name of ${target.header} as apps do; clang warns at each use.`, "#import <Foundation/Foundation.h>", "#include <stdio.h>", `#import "${target.header}"`, ""];
  if (uses.length > 0) {
    lines.push("static void report(const char *name, NSInteger code) {", '    printf("{\\"name\\":\\"%s\\",\\"code\\":%ld}\\n", name, (long)code);', "}", "");
  }
  lines.push("int main(void) {");
  if (uses.length > 0) {
    lines.push("    @autoreleasepool {", `        NSInteger matched[${uses.length}];`, `        for (int index = 0; index < ${uses.length}; index++) matched[index] = -1;`);
    lines.push(`        for (NSNumber *value in ${target.values}) {`, `            NSError *error = [NSError errorWithDomain:${target.domain} code:value.integerValue userInfo:nil];`);
    uses.forEach((use, index) => {
      if (index % 2 === 0) lines.push(`            if (error.code == ${use.source}) matched[${index}] = error.code;`);
      else lines.push(`            switch ((${target.typeName})error.code) {`, `                case ${use.source}: matched[${index}] = error.code; break;`, "                default: break;", "            }");
    });
    lines.push("        }", ...uses.map((use, index) => `        report("${use.name}", matched[${index}]);`), "    }");
  }
  lines.push("    return 0;", "}", "");
  return lines.join("\n");
}

/**
 * The vendor's own declaration, mocked with the spec's iOS names: `typedef NS_ENUM(NSInteger,
 * NIMRemoteErrorCode) { NIMRemoteErrorCodeInvalidVersion = 201, … }`, nothing deprecated. The legacy
 * driver's iOS uses, unchanged but for the type name, compile against it without a warning and print
 * the same numbers: so the names and the type are what apps wrote.
 */
function vendorHeader(uses: readonly LegacyUse[], typeName: string): string {
  const enumerators = uses.map((use) => `    ${use.original} = ${use.code},`);
  return ["// The vendor's iOS SDK's error codes, as it declares them.", "#import <Foundation/Foundation.h>", "", `typedef NS_ENUM(NSInteger, ${typeName}) {`, ...enumerators, "};", ""].join("\n");
}

/**
 * gnustep-config's flags for compiling, with its include folders as -isystem (GNUstep's headers warn under
 * -Wextra, and a system folder's warnings are not ours), without the dependency files it asks for.
 */
function compileFlags(): string[] {
  const flags = spawnSync("gnustep-config", ["--objc-flags"], { encoding: "utf8" }).stdout.trim().split(/\s+/);
  const converted = flags.filter((flag) => flag !== "-MMD" && flag !== "-MP").flatMap((flag) => (flag.startsWith("-I") ? ["-isystem", flag.slice(2)] : [flag]));
  return [...converted, "-isystem", gccIncludeDir(), "-fobjc-runtime=gcc", "-Wall", "-Wextra", "-Werror", "-Wno-error=deprecated-declarations"];
}

/** The files a subject compiles, named for it so that every subject's objects can share one folder; `vendor` is absent without iOS names. */
function sources(subject: Subject, dir: string): { generated: string; driver: string; legacy: string; header: string; vendor?: { source: string; uses: LegacyUse[] } } {
  const declared = declaredFor(objcTarget, subject);
  const code = declared.types["code"] ?? "";
  const folder = join(subject.outDir, subject.paths[objcTarget.id] ?? objcTarget.output);
  const own = join(dir, subject.label);
  mkdirSync(own, { recursive: true });
  const header = `${code}.h`;
  copyFileSync(join(folder, header), join(own, header));
  const generated = `${subject.label}/${subject.label}-${code}.m`;
  copyFileSync(join(folder, `${code}.m`), join(dir, generated));
  const driver = `${subject.label}/${subject.label}-main.m`;
  writeFileSync(join(dir, driver), renamedDriver(readFileSync(join(driversDir, "main.m"), "utf8"), objcTarget, subject));
  const legacy = `${subject.label}/${subject.label}-legacy.m`;
  const uses = legacyUses(subject, objc);
  const values = `${declared.values["allValues"] ?? ""}()`;
  writeFileSync(join(dir, legacy), legacyDriver(uses, { header, typeName: code, values, domain: declared.values["errorDomain"] ?? "" }));
  const iosUses = uses.filter((use) => use.from === iosSdk.id);
  if (iosUses.length === 0) return { generated, driver, legacy, header };
  // The same uses, but for the type name, against the vendor's enum; every number of the table tried, as before.
  const typeName = iosSdk.typeName ?? "";
  const vendorFile = `${typeName}.h`;
  writeFileSync(join(own, vendorFile), vendorHeader(iosUses, typeName));
  const { codes } = JSON.parse(readFileSync(jsonFile(subject), "utf8")) as { codes: { code: number }[] };
  const source = `${subject.label}/${subject.label}-vendor.m`;
  writeFileSync(join(dir, source), legacyDriver(iosUses, { header: vendorFile, typeName, values: `@[${codes.map((entry) => `@${entry.code}`).join(", ")}]`, domain: '@"NIMRemoteErrorDomain"' }));
  return { generated, driver, legacy, header, vendor: { source, uses: iosUses } };
}

/** The mock driver's run: it must print what the iOS names stand for in the spec. */
function againstVendor(run: Outcome, uses: readonly LegacyUse[]): Outcome {
  if (!run.ok) return run;
  const printed = JSON.stringify(printedLines(run));
  const expected = JSON.stringify(expectedLegacyLines(uses));
  return printed === expected ? run : failed(`against the SDK's enum the iOS names printed ${printed}, not ${expected}`);
}

/** `label/label-x.m` → `label-x.o`: where clang -c writes an object (in the working folder, by the file's name). */
function objectOf(source: string): string {
  return (source.split("/").at(-1) ?? "").replace(/\.m$/, ".o");
}

/**
 * Objective-C: every subject's generated file, driver and legacy driver compiled by one clang call against
 * GNUstep's Foundation (-Wall -Wextra -Werror, deprecations left as warnings, since the legacy drivers
 * must warn: a check requires every warning to be a deprecation inside a legacy driver), then each
 * program linked and run.
 */
export const objcKit: CompileKit = {
  language: objc,
  toolchain: objcToolchain(),
  compilerWarns: true,
  async run(subjects, work) {
    const dir = join(work, "objc");
    const files = subjects.map((subject) => ({ subject, ...sources(subject, dir) }));
    const compiled = files.flatMap(({ generated, driver, legacy, vendor }) => [generated, driver, legacy, ...(vendor === undefined ? [] : [vendor.source])]);
    const compile = await exec("clang", [...compileFlags(), "-c", ...compiled], process.env, dir);
    const diagnostics = compile.ok ? compile.stderr.split("\n").filter((line) => /^\S+:\d+:\d+: (warning|error)/.test(line)) : [];
    const others = diagnostics.filter((line) => !/^\S+-legacy\.m:\d+:\d+: warning: '[^']+' is deprecated/.test(line));
    const onlyDeprecations: Outcome = !compile.ok ? compile : others.length === 0 ? compile : failed(others.join("\n"));
    const libraries = spawnSync("gnustep-config", ["--base-libs"], { encoding: "utf8" }).stdout.trim().split(/\s+/);
    const linkAndRun = (objects: string[], program: string) =>
      chain(
        () => (compile.ok ? exec("clang", [...objects, "-o", program, ...libraries], process.env, dir) : Promise.resolve(compile)),
        () => exec(join(dir, program), []),
      );

    const main = new Map<string, Map<string, Outcome>>();
    const legacy = new Map<string, Outcome>();
    const warnings = new Map<string, string[]>();
    const checks = new Map<string, Map<string, Outcome>>();
    await Promise.all(
      files.map(async ({ subject, generated, driver, legacy: legacySource, vendor }) => {
        const [mainRun, legacyRun, vendorRun] = await Promise.all([
          linkAndRun([objectOf(driver), objectOf(generated)], `${subject.label}-driver`),
          linkAndRun([objectOf(legacySource), objectOf(generated)], `${subject.label}-legacy`),
          vendor === undefined ? Promise.resolve(undefined) : linkAndRun([objectOf(vendor.source)], `${subject.label}-vendor`),
        ]);
        main.set(subject.label, new Map([["clang and GNUstep", mainRun]]));
        legacy.set(subject.label, legacyRun);
        warnings.set(subject.label, deprecationWarnings(diagnostics.filter((line) => line.startsWith(`${legacySource}:`)).join("\n")));
        const subjectChecks = new Map([["every warning of the compile is a deprecation in a legacy driver", onlyDeprecations]]);
        if (vendor !== undefined && vendorRun !== undefined) subjectChecks.set("the iOS SDK's names, used as apps use them, give the same numbers against a mock of its NIMRemoteErrorCode", againstVendor(vendorRun, vendor.uses));
        checks.set(subject.label, subjectChecks);
      }),
    );
    return { main, legacy, deprecationWarnings: warnings, checks };
  },
};
