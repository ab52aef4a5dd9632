import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { typescript } from "../../../generator/languages/typescript/language.js";
import { typescriptTarget } from "../../../generator/languages/typescript/target.js";
import { root } from "../../support/helpers.js";
import { chain, exec, failed, type Outcome } from "../run-command.js";
import { legacyUses, type LegacyUse } from "../legacy-uses.js";
import { declaredFor, renamedDriver, type CompileKit, type Subject } from "./kit.js";

const driversDir = join(root, "test/compile/drivers");
const tsc = join(root, "node_modules/.bin/tsc");

/** The strict flags the TypeScript contract promises to compile under. */
export const strictTscFlags = [
  "--strict", "--noUncheckedIndexedAccess", "--exactOptionalPropertyTypes", "--verbatimModuleSyntax",
  "--isolatedModules", "--target", "es2022", "--module", "nodenext", "--types", "",
];

function legacyDriver(uses: readonly LegacyUse[], codes: string): string {
  const lines = uses.map((use) => `console.log(JSON.stringify({ name: ${JSON.stringify(use.name)}, code: ${codes}.${use.source} }));`);
  return [`import { ${codes} } from "./status-codes.js";`, "", ...lines, ""].join("\n");
}

/** The generated file, wherever the subject's spec put it. */
function generatedFile(subject: Subject): string {
  return join(subject.outDir, subject.paths[typescriptTarget.id] ?? typescriptTarget.output);
}

/** Compiles `driver` (a file name in dir) with the generated file under the strict flags, then runs it with Node. */
function compileAndRun(subject: Subject, dir: string, driver: string): Promise<Outcome> {
  mkdirSync(dir, { recursive: true });
  // Under the name the drivers import: the generated module's name is not part of its contract.
  copyFileSync(generatedFile(subject), join(dir, "status-codes.ts"));
  writeFileSync(join(dir, "package.json"), `{ "type": "module" }\n`);
  return chain(
    () => exec(tsc, ["--ignoreConfig", ...strictTscFlags, "--outDir", join(dir, "js"), join(dir, driver), join(dir, "status-codes.ts")]),
    () => exec(process.execPath, [join(dir, "js", driver.replace(/\.ts$/, ".js"))]),
  );
}

/** TypeScript: tsc (typescript 7) emits JavaScript, Node runs it. */
export const typescriptKit: CompileKit = {
  language: typescript,
  toolchain: { name: "TypeScript", available: true, missing: "", install: "" },
  compilerWarns: false,
  async run(subjects, work) {
    const main = new Map<string, Map<string, Outcome>>();
    const legacy = new Map<string, Outcome>();
    const checks = new Map<string, Map<string, Outcome>>();
    await Promise.all(
      subjects.map(async (subject) => {
        const mainDir = join(work, `ts-${subject.label}`);
        mkdirSync(mainDir, { recursive: true });
        writeFileSync(join(mainDir, "driver.ts"), renamedDriver(readFileSync(join(driversDir, "driver.ts"), "utf8"), typescriptTarget, subject));
        main.set(subject.label, new Map([["TypeScript", await compileAndRun(subject, mainDir, "driver.ts")]]));

        const uses = legacyUses(subject, typescript);
        const legacyDir = join(work, `ts-legacy-${subject.label}`);
        mkdirSync(legacyDir, { recursive: true });
        writeFileSync(join(legacyDir, "legacy.ts"), legacyDriver(uses, declaredFor(typescriptTarget, subject).values["codes"] ?? ""));
        legacy.set(subject.label, await compileAndRun(subject, legacyDir, "legacy.ts"));

        // tsc does not warn; editors strike through what carries @deprecated, so each use must carry it.
        const source = readFileSync(generatedFile(subject), "utf8");
        // Within the comment just before the name, which may hold a `/` (a reason quoting a path or `*\/`).
        const unmarked = uses.filter((use) => !new RegExp(`@deprecated(?:(?!\\*/)[^])*\\*/\\n  ${use.name}: ${use.code},`).test(source));
        const marked: Outcome = unmarked.length === 0 ? { ok: true, stdout: "", stderr: "" } : failed(`no @deprecated on ${unmarked.map((use) => use.name).join(", ")}`);
        checks.set(subject.label, new Map([["every deprecated name carries @deprecated", marked]]));
      }),
    );
    return { main, legacy, checks };
  },
};
