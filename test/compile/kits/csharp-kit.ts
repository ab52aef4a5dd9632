import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { csharp } from "../../../generator/languages/csharp/language.js";
import { csharpTarget } from "../../../generator/languages/csharp/target.js";
import { root } from "../../support/helpers.js";
import { csharpToolchain } from "../../toolchains/toolchains.js";
import { exec, failed, type Outcome } from "../run-command.js";
import { legacyUses, type LegacyUse } from "../legacy-uses.js";
import { declaredFor, renamedDriver, type CompileKit, type Subject } from "./kit.js";

const driversDir = join(root, "test/compile/drivers");

/** The driver's namespace for a subject: `Driver.Real`, … (labels are lower-case words). */
function pascal(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** A legacy driver: every deprecated code used by name, as an app written against an older SDK would. */
function legacyDriver(uses: readonly LegacyUse[], subject: Subject, generatedNamespace: string): string {
  const codes = declaredFor(csharpTarget, subject).types["code"] ?? "";
  const lines = uses.map((use) => `            Print("${use.name}", (int)${codes}.${use.source});`);
  return [
    `using ${generatedNamespace};`,
    "",
    `namespace Legacy.${pascal(subject.label)}`,
    "{",
    "    internal static class Legacy",
    "    {",
    "        private static void Print(string name, int code)",
    "        {",
    '            global::System.Console.Out.Write("{\\"name\\":\\"" + name + "\\",\\"code\\":" + code.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "}\\n");',
    "        }",
    "",
    "        internal static void Run()",
    "        {",
    ...lines,
    "        }",
    "    }",
    "}",
    "",
  ].join("\n");
}

/** One program for every subject: `mono drivers.exe driver real` runs the real spec's driver. */
function program(subjects: readonly Subject[]): string {
  const cases = subjects.flatMap((subject) => [
    `                case "driver ${subject.label}": Driver.${pascal(subject.label)}.Driver.Run(); return 0;`,
    `                case "legacy ${subject.label}": Legacy.${pascal(subject.label)}.Legacy.Run(); return 0;`,
  ]);
  return [
    "internal static class Program",
    "{",
    "    private static int Main(string[] args)",
    "    {",
    '        switch (args[0] + " " + args[1])',
    "        {",
    ...cases,
    "            default: return 2;",
    "        }",
    "    }",
    "}",
    "",
  ].join("\n");
}

/** The names mcs called obsolete (CS0618), one per warning: `N.StatusCode.Class` gives `Class`. */
export function obsoleteWarnings(compilerOutput: string): string[] {
  return [...compilerOutput.matchAll(/^\S+\(\d+,\d+\): warning CS0618: `([^']+)' is obsolete/gm)].map((match) => (match[1] ?? "").split(".").at(-1) ?? "");
}

/**
 * C#: every subject's file, driver and legacy driver in one mcs call, with every warning an error but
 * CS0618 (a use of an [Obsolete] member, which the legacy drivers exist to make) and the XML doc comments
 * checked (`-doc`: badly formed XML, CS1570, and a missing one, CS1591, are warnings, so errors); a check
 * requires every CS0618 to be in a legacy driver. Then mono runs each driver.
 */
export const csharpKit: CompileKit = {
  language: csharp,
  toolchain: csharpToolchain(),
  compilerWarns: true,
  async run(subjects, work) {
    const dir = join(work, "csharp");
    const sources: string[] = [];
    const template = readFileSync(join(driversDir, "Driver.cs.template"), "utf8");
    for (const subject of subjects) {
      const generatedNamespace = subject.settings["csharp"]?.["namespace"] ?? "";
      mkdirSync(join(dir, subject.label), { recursive: true });
      const [generated, driver, legacy] = ["StatusCode.cs", "Driver.cs", "Legacy.cs"].map((file) => join(dir, subject.label, file)) as [string, string, string];
      copyFileSync(join(subject.outDir, subject.paths[csharpTarget.id] ?? csharpTarget.output), generated);
      const main = renamedDriver(template, csharpTarget, subject).replace("namespace DRIVER_NAMESPACE", `namespace Driver.${pascal(subject.label)}`).replace(/GENERATED_NAMESPACE/g, generatedNamespace);
      writeFileSync(driver, main);
      writeFileSync(legacy, legacyDriver(legacyUses(subject, csharp), subject, generatedNamespace));
      sources.push(generated, driver, legacy);
    }
    const programFile = join(dir, "Program.cs");
    writeFileSync(programFile, program(subjects));
    const exe = join(dir, "drivers.exe");
    const compile = await exec("mcs", ["-warnaserror+", "-warnaserror-:618", `-doc:${join(dir, "docs.xml")}`, `-out:${exe}`, programFile, ...sources]);
    const warningLines = compile.ok ? compile.stdout.split("\n").concat(compile.stderr.split("\n")).filter((line) => line.includes(": warning ")) : [];
    const stray = warningLines.filter((line) => !/\/Legacy\.cs\(\d+,\d+\): warning CS0618: /.test(line));
    const onlyLegacyObsoletes: Outcome = !compile.ok ? compile : stray.length === 0 ? compile : failed(stray.join("\n"));

    const main = new Map<string, Map<string, Outcome>>();
    const legacy = new Map<string, Outcome>();
    const warnings = new Map<string, string[]>();
    const checks = new Map<string, Map<string, Outcome>>();
    for (const subject of subjects) {
      main.set(subject.label, new Map([["mcs -warnaserror+, mono", compile.ok ? await exec("mono", [exe, "driver", subject.label]) : compile]]));
      legacy.set(subject.label, compile.ok ? await exec("mono", [exe, "legacy", subject.label]) : compile);
      warnings.set(subject.label, obsoleteWarnings(warningLines.filter((line) => line.includes(`/${subject.label}/Legacy.cs(`)).join("\n")));
      checks.set(subject.label, new Map([["every warning of the compile is an obsolete use in a legacy driver", onlyLegacyObsoletes]]));
    }
    return { main, legacy, deprecationWarnings: warnings, checks };
  },
};
