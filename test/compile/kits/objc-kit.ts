import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { objc } from "../../../generator/languages/objc/language.js";
import { objcTarget } from "../../../generator/languages/objc/target.js";
import { root } from "../../support/helpers.js";
import { gccIncludeDir, objcToolchain } from "../../toolchains/toolchains.js";
import { chain, exec, failed, type Outcome } from "../run-command.js";
import { deprecationWarnings, legacyUses, type LegacyUse } from "../legacy-uses.js";
import { declaredFor, renamedDriver, type CompileKit, type Subject } from "./kit.js";

const driversDir = join(root, "test/compile/drivers");

/** An app written against an older SDK: it names each deprecated code, as apps name NIMRemoteErrorCode's. */
function legacyDriver(uses: readonly LegacyUse[], header: string): string {
  const lines = [`// Uses every deprecated name of ${header}; clang warns at each use.`, "#import <Foundation/Foundation.h>", "#include <stdio.h>", `#import "${header}"`, ""];
  if (uses.length > 0) {
    lines.push("static void report(const char *name, NSInteger code) {", '    printf("{\\"name\\":\\"%s\\",\\"code\\":%ld}\\n", name, (long)code);', "}", "");
  }
  lines.push("int main(void) {", ...uses.map((use) => `    report("${use.name}", ${use.source});`), "    return 0;", "}", "");
  return lines.join("\n");
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

/** The files a subject compiles, named for it so that every subject's objects can share one folder. */
function sources(subject: Subject, dir: string): { generated: string; driver: string; legacy: string; header: string } {
  const code = declaredFor(objcTarget, subject).types["code"] ?? "";
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
  writeFileSync(join(dir, legacy), legacyDriver(legacyUses(subject, objc), header));
  return { generated, driver, legacy, header };
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
    const compile = await exec("clang", [...compileFlags(), "-c", ...files.flatMap(({ generated, driver, legacy }) => [generated, driver, legacy])], process.env, dir);
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
      files.map(async ({ subject, generated, driver, legacy: legacySource }) => {
        const [mainRun, legacyRun] = await Promise.all([
          linkAndRun([objectOf(driver), objectOf(generated)], `${subject.label}-driver`),
          linkAndRun([objectOf(legacySource), objectOf(generated)], `${subject.label}-legacy`),
        ]);
        main.set(subject.label, new Map([["clang and GNUstep", mainRun]]));
        legacy.set(subject.label, legacyRun);
        warnings.set(subject.label, deprecationWarnings(diagnostics.filter((line) => line.startsWith(`${legacySource}:`)).join("\n")));
        checks.set(subject.label, new Map([["every warning of the compile is a deprecation in a legacy driver", onlyDeprecations]]));
      }),
    );
    return { main, legacy, deprecationWarnings: warnings, checks };
  },
};
