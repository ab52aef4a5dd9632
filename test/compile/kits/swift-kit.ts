import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { swift } from "../../../generator/languages/swift/language.js";
import { swiftTarget } from "../../../generator/languages/swift/target.js";
import { iosSdk } from "../../../generator/languages/alias-sources.js";
import { root } from "../../support/helpers.js";
import { swiftChroot, swiftToolchain } from "../../toolchains/toolchains.js";
import { chain, exec, printedLines, type Outcome } from "../run-command.js";
import { deprecationWarnings, expectedLegacyLines, legacyUses, type LegacyUse } from "../legacy-uses.js";
import { declaredFor, renamedDriver, type CompileKit, type Subject } from "./kit.js";

const driversDir = join(root, "test/compile/drivers");

function legacyDriver(uses: readonly LegacyUse[], codes: string): string {
  const quote = (name: string) => `\\"${name}\\"`;
  const lines = uses.map((use) => `print("{\\"name\\":${quote(use.name)},\\"code\\":\\(${codes}.${use.source}.rawValue)}")`);
  return [...lines, ""].join("\n");
}

/**
 * Swift code written against the iOS SDK names its enumerators as Swift imported them. The proof: the
 * legacy driver's iOS lines, with only the type name changed to the SDK's, compile against a module that
 * declares NIMRemoteErrorCode as the SDK does (an open NS_ENUM, here its C form) with the spec's iOS
 * names, and print the same numbers.
 */
async function importedSpellings(subject: Subject, dir: string, inside: string, inChroot: (...args: string[]) => Promise<Outcome>): Promise<Outcome> {
  const uses = legacyUses(subject, swift).filter((use) => use.from === iosSdk.id);
  if (uses.length === 0) return { ok: true, stdout: "", stderr: "" };
  const enumName = iosSdk.typeName ?? "";
  const vendor = join(dir, "vendor");
  mkdirSync(vendor);
  const enumerators = uses.map((use) => `  ${use.original} = ${use.code},`);
  writeFileSync(join(vendor, "NIM.h"), [`typedef enum __attribute__((enum_extensibility(open))) ${enumName} : long {`, ...enumerators, `} ${enumName};`, ""].join("\n"));
  writeFileSync(join(vendor, "module.modulemap"), 'module NIM {\n  header "NIM.h"\n  export *\n}\n');
  writeFileSync(join(vendor, "main.swift"), `import NIM\n${legacyDriver(uses, enumName)}`);
  const run = await chain(
    () => inChroot("swiftc", "-swift-version", "6", "-I", `${inside}/vendor`, "-o", `${inside}/vendor/driver`, `${inside}/vendor/main.swift`),
    () => inChroot(`${inside}/vendor/driver`),
  );
  if (!run.ok) return run;
  const printed = JSON.stringify(printedLines(run));
  const expected = JSON.stringify(expectedLegacyLines(uses));
  return printed === expected ? run : { ok: false, failure: `against the SDK's enum the iOS names printed ${printed}, not ${expected}` };
}

/**
 * Swift: the driver compiled and run in Swift 5 and Swift 6 language modes with warnings as errors, the
 * file linted by swift-format, and the legacy driver compiled (warnings allowed: they are the point) and
 * run; all inside the Debian trixie chroot that has Swift 6.
 */
export const swiftKit: CompileKit = {
  language: swift,
  toolchain: swiftToolchain(),
  compilerWarns: true,
  async run(subjects) {
    const main = new Map<string, Map<string, Outcome>>();
    const legacy = new Map<string, Outcome>();
    const warnings = new Map<string, string[]>();
    const checks = new Map<string, Map<string, Outcome>>();
    for (const subject of subjects) {
      // Sources go inside the chroot; paths handed to the tools are as the chroot sees them.
      const inside = `/tmp/status-codegen-${process.pid}-${subject.label}`;
      const dir = join(swiftChroot, inside);
      mkdirSync(dir, { recursive: true });
      try {
        copyFileSync(join(subject.outDir, subject.paths[swiftTarget.id] ?? swiftTarget.output), join(dir, "StatusCode.swift"));
        writeFileSync(join(dir, "main.swift"), renamedDriver(readFileSync(join(driversDir, "main.swift"), "utf8"), swiftTarget, subject));
        copyFileSync(join(root, "test/toolchains/swift-format.json"), join(dir, "swift-format.json"));
        const inChroot = (...args: string[]) => exec(join(root, "test/toolchains/swift-chroot.sh"), args);
        const compileAndRun = (mode: string) =>
          chain(
            () => inChroot("swiftc", "-swift-version", mode, "-warnings-as-errors", "-o", `${inside}/driver${mode}`, `${inside}/StatusCode.swift`, `${inside}/main.swift`),
            () => inChroot(`${inside}/driver${mode}`),
          );
        main.set(subject.label, new Map([["Swift 5 mode", await compileAndRun("5")], ["Swift 6 mode", await compileAndRun("6")]]));
        const lint = await inChroot("swift", "format", "lint", "--strict", "--configuration", `${inside}/swift-format.json`, `${inside}/StatusCode.swift`);
        checks.set(subject.label, new Map([["swift format lint passes", lint]]));
        mkdirSync(join(dir, "legacy"));
        writeFileSync(join(dir, "legacy/main.swift"), legacyDriver(legacyUses(subject, swift), declaredFor(swiftTarget, subject).types["code"] ?? ""));
        const legacyCompile = await inChroot("swiftc", "-swift-version", "6", "-o", `${inside}/legacy/driver`, `${inside}/StatusCode.swift`, `${inside}/legacy/main.swift`);
        legacy.set(subject.label, legacyCompile.ok ? await inChroot(`${inside}/legacy/driver`) : legacyCompile);
        warnings.set(subject.label, legacyCompile.ok ? deprecationWarnings(legacyCompile.stderr) : []);
        checks.get(subject.label)?.set("the iOS SDK's names are spelt as Swift imports them from its NIMRemoteErrorCode", await importedSpellings(subject, dir, inside, inChroot));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    return { main, legacy, deprecationWarnings: warnings, checks };
  },
};
