import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formerNames } from "../../generator/languages/alias-sources.js";
import { builtins } from "../../generator/registry.js";
import { validateSpec } from "../../generator/spec/validate.js";
import { root, runCli } from "../support/helpers.js";
import { sections } from "../support/markdown-sections.js";
import { withToolchain } from "../toolchains/toolchains.js";
import { compileKits } from "./kits/kits.js";
import type { KitResults, Subject } from "./kits/kit.js";
import { expectedLegacyLines, legacyUses } from "./legacy-uses.js";
import { expectedLines, subject, type JsonOutput } from "./expected-lines.js";
import { lintMarkdown } from "./lint-markdown.js";
import { printedLines, type Outcome } from "./run-command.js";

/**
 * The product's promise, proved: every language's generated code compiles with its real compiler and, run,
 * says exactly what the JSON output says, which says exactly what the spec says; every legacy name gives
 * its number, and the compiler warns at each use. One compile kit per language (kits/), each compiler run
 * once per spec, in beforeAll; the tests only compare.
 */

const hostileSpec = join(root, "test/fixtures/hostile.yaml");

/**
 * The real spec as an SDK team might configure it: its own type names, Kotlin package and output paths,
 * so that what the drivers compile against is what the settings chose, not the defaults.
 */
function customSpec(): string {
  const names = (prefix: string) => `{ typeName: ${prefix}, categoryTypeName: ${prefix}Group, kindTypeName: ${prefix}Kind }`;
  const settings = [
    "settings:",
    `  typescript: ${names("SdkError")}`,
    `  swift: ${names("SdkError")}`,
    "  kotlin: { package: com.example.sdk.status, typeName: SdkStatus, categoryTypeName: SdkStatusGroup, kindTypeName: SdkStatusKind }",
    "  c: { prefix: sdk_status }",
    "  csharp: { namespace: Example.Sdk.Status, typeName: SdkError, infoTypeName: SdkErrorInfo, categoryTypeName: SdkErrorGroup, kindTypeName: SdkErrorKind, tableTypeName: SdkErrors }",
    // The kind type is not SdkErrorKind: in C's one scope that is the name of the function SdkErrorKind(code).
    "  objc: { typeName: SdkError, categoryTypeName: SdkErrorGroup, kindTypeName: SdkErrorSeverity }",
    "  java: { package: com.example.sdk.status, typeName: SdkStatus, categoryTypeName: SdkStatusGroup, kindTypeName: Severity }",
    "  go: { module: example.com/sdk/status, package: sdkstatus, goVersion: 1.22.0 }",
    "  outputs: { typescript: web/errors.ts, swift: ios/SdkError.swift, kotlin: android/SdkStatus.kt, json: data/codes.json, json-schema: data/codes.schema.json, c-header: native/include/sdk_status.h, c-source: native/src/sdk_status.c, csharp: windows/SdkError.cs, objc: ios/objc, java: server/java, go: server/go }",
  ].join("\n");
  return readFileSync(join(root, "spec/status-codes.yaml"), "utf8").replace(/^settings:\n(?: {2}.*\n| {4}.*\n)*/m, `${settings}\n`);
}

/**
 * STATUS_CODEGEN_KITS=c,go compiles only those languages' kits, to iterate on one language quickly; the
 * whole suite (and CI, which refuses the variable) runs every kit.
 */
const chosenKits = (() => {
  const wanted = process.env["STATUS_CODEGEN_KITS"];
  if (wanted === undefined || wanted === "") return compileKits;
  if (process.env["CI"] === "true") throw new Error("STATUS_CODEGEN_KITS is for local iteration; CI runs every kit");
  const ids = wanted.split(",");
  return compileKits.filter((kit) => ids.includes(kit.language.id));
})();

const subjects: Subject[] = [subject("real", join(root, "spec/status-codes.yaml"), join(root, "out"))];
const results = new Map<string, KitResults>();
let markdownLint: Outcome | undefined;

// Lives for the whole file (helpers' temporaryDir is cleaned after each test).
const work = mkdtempSync(join(tmpdir(), "status-codegen-compile-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(async () => {
  const hostileOut = join(work, "hostile-out");
  const generated = runCli(["generate", "--spec", hostileSpec, "--out", hostileOut]);
  if (generated.code !== 0) throw new Error(`the hostile fixture did not generate:\n${generated.stderr}`);
  subjects.push(subject("hostile", hostileSpec, hostileOut));
  const customPath = join(work, "custom.yaml");
  writeFileSync(customPath, customSpec());
  const customOut = join(work, "custom-out");
  const custom = runCli(["generate", "--spec", customPath, "--out", customOut]);
  if (custom.code !== 0) throw new Error(`the custom spec did not generate:\n${custom.stderr}`);
  subjects.push(subject("custom", customPath, customOut));
  // Every kit at once: the slow compilers (kotlinc, swiftc) overlap.
  await Promise.all([
    ...chosenKits.filter((kit) => kit.toolchain.available).map(async (kit) => results.set(kit.language.id, await kit.run(subjects, work))),
    lintMarkdown(subjects.flatMap((subject) => ["status-codes.md", "CHANGELOG.md"].map((file) => join(subject.outDir, "markdown", file)))).then((outcome) => {
      markdownLint = outcome;
    }),
  ]);
}, 280_000);

it("every registered language that names codes or carries aliases has a compile kit", () => {
  const proved = compileKits.map((kit) => kit.language.id);
  const needed = builtins.languages.filter((language) => language.naming !== undefined || language.aliases !== undefined).map((language) => language.id);
  expect(proved.sort()).toEqual(needed.sort());
});

it("the custom spec really changes names, package and paths", () => {
  const custom = validateSpec(customSpec(), "custom.yaml").model.settings;
  expect(custom.languages["kotlin"]?.["package"]).toBe("com.example.sdk.status");
  expect(custom.languages["swift"]?.["typeName"]).toBe("SdkError");
  expect(custom.outputs["typescript"]).toBe("web/errors.ts");
});

describe.each(["real", "hostile", "custom"])("the %s spec", (label) => {
  const current = () => {
    const found = subjects.find((candidate) => candidate.label === label);
    if (found === undefined) throw new Error(`no subject ${label}`);
    return found;
  };

  describe.each(chosenKits.map((kit) => [kit.language.displayName, kit] as const))("%s", (_name, kit) => {
    const result = () => results.get(kit.language.id);

    withToolchain(kit.toolchain, "compiled with the driver and run, prints exactly the JSON output (in every mode)", () => {
      const modes = result()?.main.get(label);
      expect(modes?.size).toBeGreaterThan(0);
      for (const [mode, outcome] of modes ?? []) expect(printedLines(outcome), mode).toEqual(expectedLines(current()));
    });

    withToolchain(kit.toolchain, "every alias and deprecated code, used by name in a legacy driver, gives its number", () => {
      const uses = legacyUses(current(), kit.language);
      // A language without aliases has legacy names only where codes are deprecated, and the real spec has none;
      // nor does it rename any code yet, so one carrying only the table's former names (Go) has none there either.
      const sdkNames = Object.keys(kit.language.aliases?.sources ?? {}).some((from) => from !== formerNames.id);
      if (sdkNames || label === "hostile") expect(uses.length).toBeGreaterThan(0);
      const outcome = result()?.legacy.get(label);
      if (uses.length === 0) expect(outcome?.ok ? outcome.stdout : outcome?.failure).toBe("");
      else expect(printedLines(outcome)).toEqual(expectedLegacyLines(uses));
    });

    if (kit.compilerWarns) {
      withToolchain(kit.toolchain, "the compiler warns at every use of a deprecated name, and nowhere else", () => {
        const uses = legacyUses(current(), kit.language);
        const warnings = result()?.deprecationWarnings?.get(label);
        expect(warnings, "this kit reports no deprecation warnings").toBeDefined();
        expect([...(warnings ?? [])].sort()).toEqual(uses.map((use) => use.name).sort());
      });
    }

    withToolchain(kit.toolchain, "its further checks pass", () => {
      for (const [name, outcome] of result()?.checks.get(label) ?? []) expect(outcome.ok ? "" : outcome.failure, name).toBe("");
    });
  });
});

describe("the hostile spec's outputs", () => {
  const hostile = parse(readFileSync(hostileSpec, "utf8")) as JsonOutput & { codes: { kind?: string; retryable?: boolean }[] };
  const outDir = () => subjects.find((subject) => subject.label === "hostile")?.outDir ?? "";

  it("JSON holds exactly the spec's codes and categories", () => {
    const data = JSON.parse(readFileSync(join(outDir(), "json/status-codes.json"), "utf8")) as JsonOutput;
    expect(data.categories).toEqual(hostile.categories);
    const codes = hostile.codes
      .map((code) => ({ ...code, kind: code.kind ?? "error", retryable: code.retryable ?? false }))
      .sort((a, b) => a.code - b.code);
    expect(data.codes).toEqual(codes);
    expect(codes.find((code) => code.name === "LONG_MESSAGE")?.message).toHaveLength(10_000);
  });

  it("Markdown, parsed by markdown-it, has one row per code with each text intact", () => {
    // A Markdown line break is LF, so CRLF and CR come back as LF. C0 and C1 control characters are
    // written as numeric references, which HTML forbids and CommonMark parsers read as U+FFFD.
    const asRendered = (text: string) =>
      text.replace(/\r\n|\r/g, "\n").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, "\uFFFD");
    const parsed = sections(readFileSync(join(outDir(), "markdown/status-codes.md"), "utf8"));
    expect(parsed.map((section) => section.title)).toEqual([
      "Contents",
      ...hostile.categories.map((c) => asRendered(c.title)),
      "Platform conflicts",
      "Reserved numbers and names",
    ]);
    hostile.categories.forEach((category, index) => {
      const section = parsed[index + 1];
      expect(section?.description).toBe(asRendered(category.description));
      const rows = hostile.codes
        .filter((code) => code.category === category.id)
        .sort((a, b) => a.code - b.code)
        .map((code) => [String(code.code), code.name, asRendered(code.message), code.kind ?? "error", code.retryable ? "yes" : "no"]);
      expect(section?.rows.map((row) => row.slice(0, 5))).toEqual(rows);
    });
  });

  it("markdownlint-cli2 passes on the real and the hostile Markdown (reference and changelog)", () => {
    expect(markdownLint?.ok ? "" : markdownLint?.failure).toBe("");
  });
});
