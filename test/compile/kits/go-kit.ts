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
function importPathOf(subject: Subject): { module: string; importPath: string; packageName: string } {
  const settings = { ...defaultSettings(go), ...subject.settings[go.id] };
  const module = settings["module"] ?? "";
  const packageName = settings["package"] ?? "";
  return { module, importPath: `${module}/${packageName}`, packageName };
}

/** Names the legacy driver declares or imports itself: a package named like one is imported under another name. */
const driverNames = new Set(["main", "fmt", "received", "show", "code", "info", "found", "name", "matches", "disagree", "inCase", "equal", "inSwitch", "byEqual"]);

/** A legacy driver's source, and the lines each use names its constant on (its switch case, then its ==). */
interface LegacyDriver {
  readonly source: string;
  readonly lines: readonly (readonly [number, number])[];
}

/**
 * Uses every deprecated name as apps written against the package do, qualified by the package's own
 * name (`statuscodes.OldName`): in a switch over a code received from the server, and compared with
 * ==. Each use runs both over every code the table has and prints the number both matched, so that the
 * number comes from the constant, not from the driver.
 */
function legacyDriver(uses: readonly LegacyUse[], importPath: string, packageName: string): LegacyDriver {
  // Only a package named like the driver's own names is imported under another.
  const qualifier = driverNames.has(packageName) ? "legacyimport" : packageName;
  const lines = [
    "// Uses every deprecated constant of the generated package as apps written against an earlier version of",
    "// the table do: in a switch over a code received from the server, and compared with ==.",
    "package main",
    "",
    "import (",
    '\t"fmt"',
    "",
    `\t${qualifier === packageName ? "" : `${qualifier} `}"${importPath}"`,
    ")",
    "",
    "// received is every code an app can receive: each the table has.",
    `var received = ${qualifier}.All()`,
    "",
    "// show prints the code a name stands for: the one received code that its switch case and its == both",
    "// match, or -1 when none does, or when the two disagree about any.",
    `func show(name string, inSwitch, byEqual func(code ${qualifier}.Code) bool) {`,
    "\tfound, matches, disagree := -1, 0, false",
    "\tfor _, info := range received {",
    "\t\tinCase, equal := inSwitch(info.Code), byEqual(info.Code)",
    "\t\tdisagree = disagree || inCase != equal",
    "\t\tif inCase {",
    "\t\t\tfound = int(info.Code)",
    "\t\t\tmatches++",
    "\t\t}",
    "\t}",
    "\tif matches != 1 || disagree {",
    "\t\tfound = -1",
    "\t}",
    '\tfmt.Printf("{\\"name\\":%q,\\"code\\":%d}\\n", name, found)',
    "}",
    "",
    "func main() {",
  ];
  const sites: [number, number][] = [];
  for (const use of uses) {
    const constant = `${qualifier}.${use.source}`;
    lines.push(`\tshow("${use.name}", func(code ${qualifier}.Code) bool {`, "\t\tswitch code {");
    lines.push(`\t\tcase ${constant}:`);
    const inSwitch = lines.length;
    lines.push("\t\t\treturn true", "\t\t}", "\t\treturn false", `\t}, func(code ${qualifier}.Code) bool {`);
    lines.push(`\t\treturn code == ${constant}`);
    sites.push([inSwitch, lines.length]);
    lines.push("\t})");
  }
  lines.push("}", "");
  return { source: lines.join("\n"), lines: sites };
}

/**
 * The names staticcheck called deprecated in a legacy driver, one per use it flagged at both of that
 * use's lines (its switch case and its ==) and nowhere else; a finding at any other line, or a second at
 * one, stands for itself, so that it fails the comparison with the uses.
 */
function warningsPerUse(findings: readonly string[], uses: readonly LegacyUse[], driver: LegacyDriver): string[] {
  const byLine = new Map<number, string[]>();
  for (const line of findings) {
    const match = /^\S+:(\d+):\d+: \S+\.(\w+) is deprecated: .*\(SA1019\)$/.exec(line);
    if (match === null) continue;
    const at = Number(match[1]);
    byLine.set(at, [...(byLine.get(at) ?? []), match[2] ?? ""]);
  }
  const names: string[] = [];
  uses.forEach((use, index) => {
    const lines = driver.lines[index] ?? [];
    if (lines.every((line) => byLine.get(line)?.length === 1 && byLine.get(line)?.[0] === use.name)) {
      names.push(use.name);
      for (const line of lines) byLine.delete(line);
    }
  });
  return [...names, ...[...byLine.values()].flat()];
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

/**
 * Go: every subject's module copied beside one driver module that requires them all (each through a
 * replace directive, offline), so that one `go vet`, one `go build` and one staticcheck cover every
 * subject: gofmt must list nothing, go vet must pass on the generated packages and the drivers, and
 * staticcheck with every check on must find nothing but SA1019 (a deprecated constant used) in the legacy
 * drivers, once at each switch case and each == that names one. The modules' paths must differ (the hostile and custom specs set their own).
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
    const legacyDrivers = new Map<string, { uses: LegacyUse[]; driver: LegacyDriver }>();
    for (const subject of subjects) {
      const { module, importPath, packageName } = importPathOf(subject);
      const copy = join(dir, "modules", subject.label);
      cpSync(join(subject.outDir, subject.paths[goTarget.id] ?? goTarget.output), copy, { recursive: true });
      requires.push(`\t${module} v0.0.0`);
      replaces.push(`replace ${module} => ../modules/${subject.label}`);
      generated.push(importPath);
      mkdirSync(join(drivers, `${subject.label}main`), { recursive: true });
      writeFileSync(join(drivers, `${subject.label}main/main.go`), template.replaceAll("GENERATED_IMPORT", importPath));
      writeFileSync(join(drivers, `${subject.label}main/constants.go`), constantsFile(subject, importPath));
      // The real spec deprecates nothing and renames nothing: then there is nothing to use.
      const uses = legacyUses(subject, go);
      if (uses.length > 0) {
        const driver = legacyDriver(uses, importPath, packageName);
        mkdirSync(join(drivers, `${subject.label}legacy`), { recursive: true });
        writeFileSync(join(drivers, `${subject.label}legacy/main.go`), driver.source);
        legacyDrivers.set(subject.label, { uses, driver });
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
      const own = legacyDrivers.get(subject.label);
      legacy.set(subject.label, own !== undefined ? await runDriver(`${subject.label}legacy`) : { ok: true, stdout: "", stderr: "" });
      const flagged = findings.filter((line) => line.includes(`${subject.label}legacy/main.go:`));
      warnings.set(subject.label, own === undefined ? flagged : warningsPerUse(flagged, own.uses, own.driver));
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
