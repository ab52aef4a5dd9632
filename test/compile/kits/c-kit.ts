import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { c } from "../../../generator/languages/c/language.js";
import { cHeaderTarget } from "../../../generator/languages/c/header-target.js";
import { cSourceTarget } from "../../../generator/languages/c/source-target.js";
import { root } from "../../support/helpers.js";
import { cToolchain } from "../../toolchains/toolchains.js";
import { exec, failed, type Outcome } from "../run-command.js";
import { deprecationWarnings, legacyUses, type LegacyUse } from "../legacy-uses.js";
import { renamedDriver, type CompileKit, type Subject } from "./kit.js";

const driversDir = join(root, "test/compile/drivers");

/** The strict flags the issue names; deprecations stay warnings, since the legacy driver's uses must give them. */
const strict = ["-Wall", "-Wextra", "-Werror", "-Wno-error=deprecated-declarations", "-pedantic", "-fdiagnostics-color=never"];
const c99 = ["-std=c99", ...strict];
const cxx11 = ["-std=c++11", ...strict];

/** Plain quotes in diagnostics (gcc writes ‘’ in a UTF-8 locale), as deprecationWarnings reads them. */
const env = { ...process.env, LC_ALL: "C" };

/**
 * The legacy driver: each deprecated name used as an app written against an older SDK uses a constant,
 * `int code = STATUS_CODE_X;`, printed as `{"name", "code"}`. The same text is C and C++.
 */
function legacyDriver(uses: readonly LegacyUse[], header: string, cplusplus: boolean): string {
  const lines = uses.map((use) => `    printf("{\\"name\\":\\"%s\\",\\"code\\":%d}\\n", "${use.name}", (int)${use.source});`);
  const head = cplusplus ? ["#include <cstdio>", "using std::printf;"] : ["#include <stdio.h>"];
  return [...head, `#include "${header}"`, "", `void print_legacy(${cplusplus ? "" : "void"});`, "", `void print_legacy(${cplusplus ? "" : "void"})`, "{", ...lines, "}", ""].join("\n");
}

/** A driver of drivers/ for `subject`: the names it declares, and its header by the name it has there. */
function driver(file: string, subject: Subject, header: string): string {
  return renamedDriver(readFileSync(join(driversDir, file), "utf8"), cHeaderTarget, subject).replace('#include "status_codes.h"', `#include "${header}"`);
}

/** The names each warning calls deprecated, and a failure when any warning is not a deprecation in a legacy driver. */
function warningsOf(compile: Outcome): { names: string[]; others: Outcome } {
  if (!compile.ok) return { names: [], others: compile };
  const warnings = compile.stderr.split("\n").filter((line) => /^\S+:\d+:\d+: warning: /.test(line));
  const others = warnings.filter((line) => !/^[^:]*legacy\.(?:c|cpp):\d+:\d+: warning: '[^']+' is deprecated/.test(line));
  return { names: deprecationWarnings(compile.stderr), others: others.length === 0 ? compile : failed(others.join("\n")) };
}

/**
 * C and C++: per subject, four compilers with the strict flags, each in one call: gcc builds the C
 * driver, legacy driver and table as C99 (the table as an object, so that) g++ links the C++11 drivers
 * against it, proving the header's `extern "C"`; clang builds it all as C99, and clang++ as C++11 with the
 * table compiled as C++ too. Each program prints the table, or with an argument the legacy lines.
 */
export const cKit: CompileKit = {
  language: c,
  toolchain: cToolchain(),
  compilerWarns: true,
  async run(subjects, work) {
    const main = new Map<string, Map<string, Outcome>>();
    const legacy = new Map<string, Outcome>();
    const warnings = new Map<string, string[]>();
    const checks = new Map<string, Map<string, Outcome>>();
    await Promise.all(
      subjects.map(async (subject) => {
        const dir = join(work, "c", subject.label);
        mkdirSync(dir, { recursive: true });
        const headerPath = join(subject.outDir, subject.paths[cHeaderTarget.id] ?? cHeaderTarget.output);
        const source = join(subject.outDir, subject.paths[cSourceTarget.id] ?? cSourceTarget.output);
        const header = basename(headerPath);
        const uses = legacyUses(subject, c);
        writeFileSync(join(dir, "main.c"), driver("main.c", subject, header));
        writeFileSync(join(dir, "main.cpp"), driver("main.cpp", subject, header));
        writeFileSync(join(dir, "legacy.c"), legacyDriver(uses, header, false));
        writeFileSync(join(dir, "legacy.cpp"), legacyDriver(uses, header, true));
        const include = ["-I", dirname(headerPath)];
        const run = (program: string) => exec(join(dir, program), [], env, dir);
        const runLegacy = (program: string) => exec(join(dir, program), ["legacy"], env, dir);
        // The generated source is compiled where it is (it includes the header by its path from there); gcc
        // writes each object into dir, named after its source, and links them apart (a link compiles nothing).
        const tableObject = basename(source).replace(/\.c$/, ".o");
        const gccCompile = await exec("gcc", [...c99, ...include, "-c", source, "main.c", "legacy.c"], env, dir);
        const compiles = await Promise.all([
          gccCompile.ok ? exec("gcc", ["-o", "c-gcc", "main.o", "legacy.o", tableObject], env, dir).then((link) => (link.ok ? gccCompile : link)) : Promise.resolve(gccCompile),
          gccCompile.ok ? exec("g++", [...cxx11, ...include, "-o", "cpp-gcc", "main.cpp", "legacy.cpp", tableObject], env, dir) : Promise.resolve(gccCompile),
          exec("clang", [...c99, ...include, "-o", "c-clang", "main.c", "legacy.c", source], env, dir),
          exec("clang++", [...cxx11, ...include, "-o", "cpp-clang", "main.cpp", "legacy.cpp", "-x", "c++", source], env, dir),
        ]);
        const programs = [
          ["gcc -std=c99", "c-gcc"],
          ["g++ -std=c++11 (table compiled by gcc as C)", "cpp-gcc"],
          ["clang -std=c99", "c-clang"],
          ["clang++ -std=c++11 (table compiled as C++)", "cpp-clang"],
        ] as const;
        const modes = new Map<string, Outcome>();
        const ownChecks = new Map<string, Outcome>();
        for (const [index, [mode, program]] of programs.entries()) {
          const compile = compiles[index] as Outcome;
          modes.set(mode, compile.ok ? await run(program) : compile);
          const { names, others } = warningsOf(compile);
          ownChecks.set(`${mode}: every warning is a deprecation in a legacy driver`, others);
          const legacyRun = compile.ok ? await runLegacy(program) : compile;
          if (index === 0) {
            legacy.set(subject.label, legacyRun);
            warnings.set(subject.label, names);
          } else {
            const expected = uses.map((use) => use.name).sort().join(" ");
            const same = [...names].sort().join(" ") === expected;
            ownChecks.set(`${mode}: warns at every deprecated use`, same ? compile : failed(`warned about [${names.join(" ")}], expected [${expected}]`));
            const sameLines = legacyRun.ok && legacy.get(subject.label)?.ok === true && legacyRun.stdout === (legacy.get(subject.label) as { stdout: string }).stdout;
            ownChecks.set(`${mode}: the legacy driver prints what gcc's does`, sameLines ? legacyRun : failed(legacyRun.ok ? `printed:\n${legacyRun.stdout}` : legacyRun.failure));
          }
        }
        main.set(subject.label, modes);
        checks.set(subject.label, ownChecks);
      }),
    );
    return { main, legacy, deprecationWarnings: warnings, checks };
  },
};
