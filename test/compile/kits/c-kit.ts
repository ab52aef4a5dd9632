import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { c } from "../../../generator/languages/c/language.js";
import { cHeaderTarget } from "../../../generator/languages/c/header-target.js";
import { cSourceTarget } from "../../../generator/languages/c/source-target.js";
import { root } from "../../support/helpers.js";
import { cToolchain } from "../../toolchains/toolchains.js";
import { exec, failed, type Outcome } from "../run-command.js";
import { deprecationWarnings, jsonFile, legacyUses, type LegacyUse } from "../legacy-uses.js";
import { desktopSdk } from "../../../generator/languages/alias-sources.js";
import { renamedDriver, type CompileKit, type Subject } from "./kit.js";

const driversDir = join(root, "test/compile/drivers");

/** The strict flags the issue names; deprecations stay warnings, since the legacy driver's uses must give them. */
const strict = ["-Wall", "-Wextra", "-Werror", "-Wno-error=deprecated-declarations", "-pedantic", "-fdiagnostics-color=never"];
const c99 = ["-std=c99", ...strict];
const cxx11 = ["-std=c++11", ...strict];

/** Plain quotes in diagnostics (gcc writes ‘’ in a UTF-8 locale), as deprecationWarnings reads them. */
const env = { ...process.env, LC_ALL: "C" };

/** One place a legacy driver names a deprecated name: its line, and whether it is the case label or the comparison. */
interface Site {
  readonly line: number;
  readonly name: string;
  readonly form: "case" | "==";
}

/**
 * The legacy driver: each deprecated name used as apps written against the desktop SDK use its NIMResCode
 * names, with the int code a callback hands them: a switch over the code with the name as a case label,
 * and `code == name` (each use in a function of its own, so that names of one number never share a
 * switch). Each function is called with every number of the table, as a server might send them, and prints
 * `{"name", "code"}` for the one its name matches. The same text is C and C++; `header` is the only line
 * that changes between the generated header and the mock of the vendor's. Gives the text and, for each use,
 * the lines of its two sites, where each compiler must warn.
 */
function legacyDriver(uses: readonly LegacyUse[], header: string, received: readonly number[], cplusplus: boolean): { text: string; sites: Site[] } {
  const entry = cplusplus ? "void print_legacy()" : "void print_legacy(void)";
  const lines = cplusplus ? ["#include <cstddef>", "#include <cstdio>", "using std::printf;", "using std::size_t;"] : ["#include <stddef.h>", "#include <stdio.h>"];
  lines.push(`#include "${header}"`, "", `${entry};`, "");
  const sites: Site[] = [];
  if (uses.length > 0) {
    lines.push(
      "/* The numbers a server may send: every code of the table. */",
      `static const int received[] = {${received.join(", ")}};`,
      "",
      "static void print_use(const char *name, int code)",
      "{",
      '    printf("{\\"name\\":\\"%s\\",\\"code\\":%d}\\n", name, code);',
      "}",
      "",
      "static void each_code(void (*use)(int))",
      "{",
      "    size_t index;",
      "    for (index = 0; index < sizeof received / sizeof received[0]; index++) {",
      "        use(received[index]);",
      "    }",
      "}",
    );
    uses.forEach((use, index) => {
      lines.push("", `static void use_${index}(int code)`, "{", "    switch (code) {");
      lines.push(`    case ${use.source}:`);
      sites.push({ line: lines.length, name: use.name, form: "case" });
      lines.push(`        if (code == ${use.source}) {`);
      sites.push({ line: lines.length, name: use.name, form: "==" });
      lines.push(`            print_use("${use.name}", code);`, "        }", "        break;", "    default:", "        break;", "    }", "}");
    });
    lines.push("");
  }
  lines.push(entry, "{", ...uses.map((_use, index) => `    each_code(use_${index});`), "}", "");
  return { text: lines.join("\n"), sites };
}

/** Every number of a subject's table, read from its JSON output: what the legacy driver's uses are matched against. */
function receivedCodes(subject: Subject): number[] {
  const { codes } = JSON.parse(readFileSync(jsonFile(subject), "utf8")) as { codes: { code: number }[] };
  return codes.map((code) => code.code);
}

/** A driver of drivers/ for `subject`: the names it declares, and its header by the name it has there. */
function driver(file: string, subject: Subject, header: string): string {
  return renamedDriver(readFileSync(join(driversDir, file), "utf8"), cHeaderTarget, subject).replace('#include "status_codes.h"', `#include "${header}"`);
}

/** A compile's warnings: each deprecation in the legacy driver `file` by line and name, and every other warning. */
function warningsOf(compile: Outcome, file: string): { deprecations: { line: number; name: string }[]; others: string[] } {
  const deprecations: { line: number; name: string }[] = [];
  const others: string[] = [];
  if (!compile.ok) return { deprecations, others };
  for (const line of compile.stderr.split("\n")) {
    const warning = /^(\S+?):(\d+):\d+: warning: /.exec(line);
    if (warning === null) continue;
    const [name] = deprecationWarnings(line);
    if (basename(warning[1] ?? "") === file && name !== undefined) deprecations.push({ line: Number(warning[2]), name });
    else others.push(line);
  }
  return { deprecations, others };
}

/**
 * Whether a compile warned exactly once at each site of the legacy driver (the case label and the
 * comparison of every use) and nowhere else, and the names to report as the warnings of the legacy uses:
 * those of every warning but the ones at the comparisons, which this check has matched to their sites
 * (so that a use counts once, and a warning anywhere else is reported and fails the cross-language test).
 */
function siteCheck(compile: Outcome, file: string, sites: readonly Site[]): { reported: string[]; check: Outcome } {
  if (!compile.ok) return { reported: [], check: compile };
  const { deprecations, others } = warningsOf(compile, file);
  if (others.length > 0) return { reported: [], check: failed(`warnings other than deprecations in ${file}:\n${others.join("\n")}`) };
  const key = ({ line, name }: { line: number; name: string }) => `${file}:${line} ${name}`;
  const warned = deprecations.map(key).sort();
  const expected = sites.map(key).sort();
  const comparisons = new Set(sites.filter((site) => site.form === "==").map(key));
  const reported = deprecations.filter((warning) => !comparisons.has(key(warning))).map((warning) => warning.name);
  const same = warned.join("\n") === expected.join("\n");
  return { reported, check: same ? compile : failed(`warned at\n${warned.join("\n")}\nexpected once at each\n${expected.join("\n")}`) };
}

/** The vendor's desktop SDK header as apps include it, mocked: its `enum NIMResCode` with the spec's desktop names. */
const vendorHeader = "nim_res_code_def.h";

/**
 * C and C++ code written against the desktop SDK names its NIMResCode enumerators as they are. The proof:
 * the legacy driver's desktop uses, with only the include changed to the SDK's header, compile without a
 * warning against a mock of it that declares `enum NIMResCode { … }` with the spec's desktop names and
 * numbers (gcc as C99, clang++ as C++11), and print the same lines as against the generated header.
 */
async function vendorSpellings(uses: readonly LegacyUse[], received: readonly number[], dir: string): Promise<Outcome> {
  const desktop = uses.filter((use) => use.from === desktopSdk.id);
  if (desktop.length === 0) return { ok: true, stdout: "", stderr: "" };
  const vendor = join(dir, "vendor");
  mkdirSync(vendor, { recursive: true });
  const typeName = desktopSdk.typeName ?? "";
  const enumerators = desktop.map((use) => `    ${use.original} = ${use.code},`);
  writeFileSync(join(vendor, vendorHeader), ["#ifndef NIM_RES_CODE_DEF_H_", "#define NIM_RES_CODE_DEF_H_", "", `enum ${typeName} {`, ...enumerators, "};", "", "#endif", ""].join("\n"));
  writeFileSync(join(vendor, "legacy.c"), legacyDriver(desktop, vendorHeader, received, false).text);
  writeFileSync(join(vendor, "legacy.cpp"), legacyDriver(desktop, vendorHeader, received, true).text);
  writeFileSync(join(vendor, "main.c"), "void print_legacy(void);\n\nint main(void)\n{\n    print_legacy();\n    return 0;\n}\n");
  writeFileSync(join(vendor, "main.cpp"), "void print_legacy();\n\nint main()\n{\n    print_legacy();\n    return 0;\n}\n");
  const expected = desktop.map((use) => JSON.stringify({ name: use.name, code: use.code })).join("\n");
  const builds = [
    ["gcc", [...c99, "-Werror", "-o", "c-gcc", "main.c", "legacy.c"]],
    ["clang++", [...cxx11, "-Werror", "-o", "cpp-clang", "main.cpp", "legacy.cpp"]],
  ] as const;
  const outcomes = await Promise.all(
    builds.map(async ([compiler, args]) => {
      const compile = await exec(compiler, args, env, vendor);
      if (!compile.ok) return compile;
      if (compile.stderr.trim() !== "") return failed(`${compiler} warned against the SDK's header:\n${compile.stderr}`);
      const run = await exec(join(vendor, args[args.indexOf("-o") + 1] ?? ""), [], env, vendor);
      if (!run.ok) return run;
      return run.stdout.trimEnd() === expected ? run : failed(`${compiler}: against the SDK's ${typeName} the desktop names printed\n${run.stdout}not\n${expected}`);
    }),
  );
  return outcomes.find((outcome) => !outcome.ok) ?? (outcomes[0] as Outcome);
}

/**
 * C and C++: per subject, four compilers with the strict flags, each in one call: gcc builds the C
 * driver, legacy driver and table as C99 (the table as an object, so that) g++ links the C++11 drivers
 * against it, proving the header's `extern "C"`; clang builds it all as C99, and clang++ as C++11 with the
 * table compiled as C++ too. Each program prints the table, or with an argument the legacy lines; every
 * compiler must warn once at each site of each legacy use and nowhere else. Then the desktop names are
 * compiled against a mock of the SDK's own header (vendorSpellings).
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
        const received = receivedCodes(subject);
        const legacyC = legacyDriver(uses, header, received, false);
        const legacyCpp = legacyDriver(uses, header, received, true);
        writeFileSync(join(dir, "main.c"), driver("main.c", subject, header));
        writeFileSync(join(dir, "main.cpp"), driver("main.cpp", subject, header));
        writeFileSync(join(dir, "legacy.c"), legacyC.text);
        writeFileSync(join(dir, "legacy.cpp"), legacyCpp.text);
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
          const [file, sites] = program.startsWith("cpp") ? ["legacy.cpp", legacyCpp.sites] : ["legacy.c", legacyC.sites];
          const { reported, check } = siteCheck(compile, file, sites);
          ownChecks.set(`${mode}: warns once at each deprecated use (case label and ==) and nowhere else`, check);
          const legacyRun = compile.ok ? await runLegacy(program) : compile;
          if (index === 0) {
            legacy.set(subject.label, legacyRun);
            warnings.set(subject.label, reported);
          } else {
            const sameLines = legacyRun.ok && legacy.get(subject.label)?.ok === true && legacyRun.stdout === (legacy.get(subject.label) as { stdout: string }).stdout;
            ownChecks.set(`${mode}: the legacy driver prints what gcc's does`, sameLines ? legacyRun : failed(legacyRun.ok ? `printed:\n${legacyRun.stdout}` : legacyRun.failure));
          }
        }
        ownChecks.set(`the desktop SDK's names are spelt as its ${desktopSdk.typeName ?? ""} spelt them`, await vendorSpellings(uses, received, dir));
        main.set(subject.label, modes);
        checks.set(subject.label, ownChecks);
      }),
    );
    return { main, legacy, deprecationWarnings: warnings, checks };
  },
};
