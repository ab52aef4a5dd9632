import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { csharp } from "../../../generator/languages/csharp/language.js";
import { csharpTarget } from "../../../generator/languages/csharp/target.js";
import { root } from "../../support/helpers.js";
import { csharpToolchain } from "../../toolchains/toolchains.js";
import { desktopSdk } from "../../../generator/languages/alias-sources.js";
import { exec, failed, printedLines, type Outcome } from "../run-command.js";
import { expectedLegacyLines, legacyUses, type LegacyUse } from "../legacy-uses.js";
import { declaredFor, renamedDriver, type CompileKit, type Subject } from "./kit.js";

const driversDir = join(root, "test/compile/drivers");

/** The driver's namespace for a subject: `Driver.Real`, … (labels are lower-case words). */
function pascal(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/**
 * The ways apps written against the C# SDK use a NIM.ResponseCode name: in a switch's case label, compared
 * with == to a ResponseCode value, and cast to int. Each use takes one, in turn within its source, so that
 * each name is used (and warned about) once and every way is taken.
 */
function useLines(use: LegacyUse, way: number, codes: string): string[] {
  const print = (value: string) => `Print("${use.name}", ${value});`;
  const member = `${codes}.${use.source}`;
  switch (way % 3) {
    case 0:
      return [`code = (${codes})${use.code};`, "switch (code)", "{", `    case ${member}:`, `        ${print("(int)code")}`, "        break;", "    default:", `        ${print("-1")}`, "        break;", "}"];
    case 1:
      return [`code = (${codes})${use.code};`, `if (code == ${member})`, "{", `    ${print("(int)code")}`, "}", "else", "{", `    ${print("-1")}`, "}"];
    default:
      return [print(`(int)${member}`)];
  }
}

/**
 * A driver that uses each name as apps use the SDK's, `codes` being the type they are members of: the
 * generated enum in the legacy driver, the SDK's own NIM.ResponseCode in the mock check. Run, it prints
 * `{"name", "code"}` per use, and -1 for a name that is not the number it stands for.
 */
function usesDriver(uses: readonly LegacyUse[], namespace: string, className: string, codes: string, usings: readonly string[], prelude: readonly string[] = []): string {
  const ways = new Map<string, number>();
  const lines = uses.flatMap((use) => {
    const way = ways.get(use.from) ?? 0;
    ways.set(use.from, way + 1);
    return useLines(use, way, codes).map((line) => `            ${line}`);
  });
  return [
    ...usings.map((name) => `using ${name};`),
    "",
    `namespace ${namespace}`,
    "{",
    ...prelude,
    `    internal static class ${className}`,
    "    {",
    "        private static void Print(string name, int code)",
    "        {",
    '            global::System.Console.Out.Write("{\\"name\\":\\"" + name + "\\",\\"code\\":" + code.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "}\\n");',
    "        }",
    "",
    "        internal static void Run()",
    "        {",
    ...(uses.length > 0 ? [`            ${codes} code;`] : []),
    ...lines,
    "        }",
    "    }",
    "}",
    "",
  ].join("\n");
}

/** A legacy driver: every legacy name and deprecated code used by name, as an app written against an older SDK would. */
function legacyDriver(uses: readonly LegacyUse[], subject: Subject, generatedNamespace: string): string {
  const codes = declaredFor(csharpTarget, subject).types["code"] ?? "";
  return usesDriver(uses, `Legacy.${pascal(subject.label)}`, "Legacy", codes, [generatedNamespace]);
}

/** Where the C# SDK declares the desktop SDKs' names (desktopSdk.typeName is the C SDK's NIMResCode). */
const csharpSdkType = "NIM.ResponseCode";

/**
 * The desktop SDKs' names used as the legacy driver uses them, with the SDK's type name back
 * (`NIM.ResponseCode.kNIMResFrequently`), against a mock of the C# SDK's declaration: `namespace NIM {
 * public enum ResponseCode { … } }` with the spec's names, nested in the subject's namespace so that the
 * subjects compile together. It proves the generated members are spelt as the SDK's were.
 */
function vendorDriver(uses: readonly LegacyUse[], subject: Subject): string {
  const sdk = csharpSdkType.split(".");
  const [vendorNamespace, vendorType] = [sdk.slice(0, -1).join("."), sdk.at(-1) ?? ""];
  const members = uses.flatMap((use) => [`            /// <summary>${use.original}</summary>`, `            ${use.source} = ${use.code},`]);
  const mock = [`    namespace ${vendorNamespace}`, "    {", "        /// <summary>The C# SDK's result codes, as it declares them.</summary>", `        public enum ${vendorType}`, "        {", ...members, "        }", "    }", ""];
  return usesDriver(uses, `Vendor.${pascal(subject.label)}`, "Vendor", sdk.join("."), [], mock);
}

/** The legacy uses of the desktop SDKs' names, which apps wrote as NIM.ResponseCode members. */
function desktopUses(subject: Subject): LegacyUse[] {
  return legacyUses(subject, csharp).filter((use) => use.from === desktopSdk.id);
}

/** The run printed exactly a line per use, with its number. */
function sameLines(run: Outcome, uses: readonly LegacyUse[]): Outcome {
  if (!run.ok) return run;
  const printed = JSON.stringify(printedLines(run));
  const expected = JSON.stringify(expectedLegacyLines(uses));
  return printed === expected ? run : failed(`against ${csharpSdkType} the desktop names printed ${printed}, not ${expected}`);
}

/** One program for every subject: `mono drivers.exe driver real` runs the real spec's driver. */
function program(subjects: readonly Subject[]): string {
  const cases = subjects.flatMap((subject) => [
    `                case "driver ${subject.label}": Driver.${pascal(subject.label)}.Driver.Run(); return 0;`,
    `                case "legacy ${subject.label}": Legacy.${pascal(subject.label)}.Legacy.Run(); return 0;`,
    `                case "vendor ${subject.label}": Vendor.${pascal(subject.label)}.Vendor.Run(); return 0;`,
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
 * C#: every subject's file, driver, legacy driver and mock-SDK driver in one mcs call, with every warning an error but
 * CS0618 (a use of an [Obsolete] member, which the legacy drivers exist to make) and the XML doc comments
 * checked (`-doc`: badly formed XML, CS1570, and a missing one, CS1591, are warnings, so errors); a check
 * requires every CS0618 to be in a legacy driver. Then mono runs each driver, and the desktop names'
 * uses against the mock of NIM.ResponseCode must print what the legacy driver's do.
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
      const [generated, driver, legacy, vendor] = ["StatusCode.cs", "Driver.cs", "Legacy.cs", "Vendor.cs"].map((file) => join(dir, subject.label, file)) as [string, string, string, string];
      copyFileSync(join(subject.outDir, subject.paths[csharpTarget.id] ?? csharpTarget.output), generated);
      const main = renamedDriver(template, csharpTarget, subject).replace("namespace DRIVER_NAMESPACE", `namespace Driver.${pascal(subject.label)}`).replace(/GENERATED_NAMESPACE/g, generatedNamespace);
      writeFileSync(driver, main);
      writeFileSync(legacy, legacyDriver(legacyUses(subject, csharp), subject, generatedNamespace));
      writeFileSync(vendor, vendorDriver(desktopUses(subject), subject));
      sources.push(generated, driver, legacy, vendor);
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
      const vendor = compile.ok ? await exec("mono", [exe, "vendor", subject.label]) : compile;
      checks.set(
        subject.label,
        new Map([
          ["every warning of the compile is an obsolete use in a legacy driver", onlyLegacyObsoletes],
          [`the desktop SDKs' names, used with the type name ${csharpSdkType}, compile against a mock of it and give the same numbers`, sameLines(vendor, desktopUses(subject))],
        ]),
      );
    }
    return { main, legacy, deprecationWarnings: warnings, checks };
  },
};
