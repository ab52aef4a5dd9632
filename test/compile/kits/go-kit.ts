import { spawn } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { go } from "../../../generator/languages/go/language.js";
import { goTarget } from "../../../generator/languages/go/target.js";
import { defaultSettings } from "../../../generator/languages/language.js";
import { root } from "../../support/helpers.js";
import { goEnvironment, goToolchain, staticcheckPath } from "../../toolchains/toolchains.js";
import { exec, failed, type Outcome } from "../run-command.js";
import { jsonFile, legacyUses, type LegacyUse } from "../legacy-uses.js";
import type { CompileKit, Subject } from "./kit.js";

const driversDir = join(root, "test/compile/drivers");

/** The generated module's path and its package's import path for a subject, from its Go settings. */
function importPathOf(subject: Subject): { module: string; importPath: string } {
  const settings = { ...defaultSettings(go), ...subject.settings[go.id] };
  const module = settings["module"] ?? "";
  return { module, importPath: `${module}/${settings["package"] ?? ""}` };
}

/** Uses every deprecated name once a line, as an app written against an older SDK compares codes with them. */
function legacyDriver(uses: readonly LegacyUse[], importPath: string): string {
  return [
    "// Uses every deprecated constant of the generated package once, as an app written against an older SDK would.",
    "package main",
    "",
    "import (",
    '\t"fmt"',
    "",
    `\tgen "${importPath}"`,
    ")",
    "",
    "func show(name string, code gen.Code) {",
    '\tfmt.Printf("{\\"name\\":%q,\\"code\\":%d}\\n", name, int(code))',
    "}",
    "",
    "func main() {",
    ...uses.map((use) => `\tshow("${use.name}", gen.${use.source})`),
    "}",
    "",
  ].join("\n");
}

/** A command's exit status and whole output, whatever the status (exec keeps only a failure's tail). */
function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv, cwd: string): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, cwd, stdio: ["ignore", "pipe", "pipe"] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", (error) => resolve({ status: 127, stdout: "", stderr: `${command}: ${error.message}` }));
    child.on("close", (status) => resolve({ status: status ?? 128, stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8") }));
  });
}

/**
 * Every code that is not deprecated, used by its constant: the driver checks each gives its own number
 * and name, and staticcheck, which runs on the drivers, must not call any of them deprecated.
 */
function constantsFile(subject: Subject, importPath: string): string {
  const { codes } = JSON.parse(readFileSync(jsonFile(subject), "utf8")) as { codes: { code: number; name: string; deprecated?: unknown }[] };
  const entries = codes
    .filter((code) => code.deprecated === undefined)
    .map((code) => {
      const constant = go.naming.code(code.name);
      return `\tgen.${constant.ok ? constant.source : code.name}: ${JSON.stringify(code.name)},`;
    });
  return ["package main", "", `import gen "${importPath}"`, "", "// constants names every code that is not deprecated by its constant, with its canonical name.", "var constants = map[gen.Code]string{", ...entries, "}", ""].join("\n");
}

/** staticcheck's SA1019 findings (`file:line:col: <import path>.Class is deprecated: … (SA1019)`): the names used. */
function deprecationsIn(findings: readonly string[]): string[] {
  return findings.flatMap((line) => {
    const match = /^\S+:\d+:\d+: \S+\.(\w+) is deprecated: .*\(SA1019\)$/.exec(line);
    return match === null ? [] : [match[1] ?? ""];
  });
}

/**
 * Go: every subject's module copied beside one driver module that requires them all (each through a
 * replace directive, offline), so that one `go vet`, one `go build` and one staticcheck cover every
 * subject: gofmt must list nothing, go vet must pass on the generated packages and the drivers, and
 * staticcheck with every check on must find nothing but SA1019 (a deprecated constant used) in the legacy
 * drivers, once at each use. The modules' paths must differ (the hostile and custom specs set their own).
 */
export const goKit: CompileKit = {
  language: go,
  toolchain: goToolchain(),
  compilerWarns: true,
  async run(subjects, work) {
    const dir = join(work, "go");
    const drivers = join(dir, "drivers");
    const template = readFileSync(join(driversDir, "main.go.template"), "utf8");
    const requires: string[] = [];
    const replaces: string[] = [];
    const generated: string[] = [];
    const withLegacy = new Set<string>();
    for (const subject of subjects) {
      const { module, importPath } = importPathOf(subject);
      const copy = join(dir, "modules", subject.label);
      cpSync(join(subject.outDir, subject.paths[goTarget.id] ?? goTarget.output), copy, { recursive: true });
      requires.push(`\t${module} v0.0.0`);
      replaces.push(`replace ${module} => ../modules/${subject.label}`);
      generated.push(importPath);
      mkdirSync(join(drivers, `${subject.label}main`), { recursive: true });
      writeFileSync(join(drivers, `${subject.label}main/main.go`), template.replaceAll("GENERATED_IMPORT", importPath));
      writeFileSync(join(drivers, `${subject.label}main/constants.go`), constantsFile(subject, importPath));
      // The real spec deprecates nothing, and Go carries no legacy names: then there is nothing to use.
      const uses = legacyUses(subject, go);
      if (uses.length > 0) {
        mkdirSync(join(drivers, `${subject.label}legacy`), { recursive: true });
        writeFileSync(join(drivers, `${subject.label}legacy/main.go`), legacyDriver(uses, importPath));
        withLegacy.add(subject.label);
      }
    }
    writeFileSync(join(drivers, "go.mod"), ["module statuscodegen.test/drivers", "", "go 1.21", "", "require (", ...requires, ")", "", ...replaces, ""].join("\n"));

    const env = goEnvironment();
    const inDrivers = (command: string, ...args: string[]) => exec(command, args, env, drivers);
    const gofmt = await exec("gofmt", ["-l", join(dir, "modules")], env);
    const listsNothing: Outcome = !gofmt.ok ? gofmt : gofmt.stdout.trim() === "" ? gofmt : failed(`gofmt would reformat:\n${gofmt.stdout}`);
    const vet = await inDrivers("go", "vet", "./...", ...generated);
    const bin = join(dir, "bin");
    const build = await inDrivers("go", "build", "-o", `${bin}/`, "./...");
    // staticcheck exits 1 on any finding, and a legacy driver is there to have some: its lines are judged here.
    const staticcheck = await run(staticcheckPath, ["-checks", "all", "-f", "text", "./...", ...generated], env, drivers);
    const findings = staticcheck.stdout.split("\n").filter((line) => line !== "");
    const stray = findings.filter((line) => !/^\S+legacy\/main\.go:\d+:\d+: .* \(SA1019\)$/.test(line));
    const onlyDeprecations: Outcome =
      staticcheck.status > 1 || (staticcheck.status === 1 && findings.length === 0) || stray.length > 0
        ? failed(`staticcheck exited ${staticcheck.status}:\n${[...stray, staticcheck.stderr].join("\n")}`)
        : { ok: true, stdout: staticcheck.stdout, stderr: "" };

    const main = new Map<string, Map<string, Outcome>>();
    const legacy = new Map<string, Outcome>();
    const warnings = new Map<string, string[]>();
    const checks = new Map<string, Map<string, Outcome>>();
    for (const subject of subjects) {
      const runDriver = async (name: string) => (build.ok ? exec(join(bin, name), [], env) : build);
      main.set(subject.label, new Map([["Go", await runDriver(`${subject.label}main`)]]));
      legacy.set(subject.label, withLegacy.has(subject.label) ? await runDriver(`${subject.label}legacy`) : { ok: true, stdout: "", stderr: "" });
      warnings.set(subject.label, deprecationsIn(findings.filter((line) => line.includes(`${subject.label}legacy/main.go:`))));
      checks.set(
        subject.label,
        new Map([
          ["gofmt -l lists nothing", listsNothing],
          ["go vet passes on the generated packages and the drivers", vet],
          ["staticcheck -checks all finds nothing but SA1019 at the legacy drivers' uses", onlyDeprecations],
        ]),
      );
    }
    return { main, legacy, deprecationWarnings: warnings, checks };
  },
};
