import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root, runCli } from "../helpers.js";
import { sections } from "../markdown-sections.js";
import { inCi, kotlinToolchain, swiftToolchain, type Toolchain } from "../toolchains/toolchains.js";
import { lintMarkdown, runKotlin, runSwift, runTypeScript, runTypeScriptLegacy, type KotlinOutcomes, type Outcome, type Subject, type SwiftOutcomes } from "./harness.js";
import { deprecationWarnings, expectedLegacyLines, legacyUses } from "./legacy-drivers.js";

/**
 * The product's promise, proved: the generated TypeScript, Swift (5 and 6 modes) and Kotlin compile, and,
 * run, say exactly what the JSON output says, which says exactly what the spec says. Every compiler runs once
 * per spec, in beforeAll; the tests only compare.
 */

const hostileSpec = join(root, "test/fixtures/hostile.yaml");
const swift = swiftToolchain();
const kotlin = kotlinToolchain();

interface JsonOutput {
  categories: { id: string; title: string; description: string }[];
  codes: { code: number; name: string; category: string; message: string; kind: string; retryable: boolean }[];
}

/** What a driver must print for an output tree: its JSON, plus each code's own lookup and three misses. */
function expectedLines(outDir: string): unknown[] {
  const data = JSON.parse(readFileSync(join(outDir, "json/status-codes.json"), "utf8")) as JsonOutput;
  return [
    ...data.categories,
    // The drivers print what every code has; deprecations and aliases are proved by the legacy drivers.
    ...data.codes.map(({ code, name, category, message, kind, retryable }) => ({ code, name, category, message, kind, retryable, lookup: name })),
    { unknown: [null, null, null] },
  ];
}

function printedLines(outcome: Outcome | undefined): unknown[] {
  if (outcome === undefined) throw new Error("the compile step did not run");
  if (!outcome.ok) throw new Error(outcome.failure);
  return outcome.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as unknown);
}

const subjects: Subject[] = [{ label: "real", outDir: join(root, "out"), kotlinPackage: "com.commsease.im.status" }];
const results = {
  typescript: new Map<string, Outcome>(),
  typescriptLegacy: new Map<string, Outcome>(),
  kotlin: undefined as KotlinOutcomes | undefined,
  swift: new Map<string, SwiftOutcomes>(),
  markdownLint: undefined as Outcome | undefined,
};

// Lives for the whole file (helpers' temporaryDir is cleaned after each test).
const work = mkdtempSync(join(tmpdir(), "status-codegen-compile-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(async () => {
  const hostileOut = join(work, "hostile-out");
  const generated = runCli(["generate", "--spec", hostileSpec, "--out", hostileOut]);
  if (generated.code !== 0) throw new Error(`the hostile fixture did not generate:\n${generated.stderr}`);
  subjects.push({ label: "hostile", outDir: hostileOut, kotlinPackage: "hostile.codes" });

  // Kotlin is the slowest; Swift and TypeScript run beside it.
  await Promise.all([
    kotlin.available ? runKotlin(subjects, work).then((outcomes) => (results.kotlin = outcomes)) : undefined,
    (async () => {
      if (!swift.available) return;
      for (const subject of subjects) results.swift.set(subject.label, await runSwift(subject));
    })(),
    ...subjects.map(async (subject) => results.typescript.set(subject.label, await runTypeScript(subject, work))),
    ...subjects.map(async (subject) => results.typescriptLegacy.set(subject.label, await runTypeScriptLegacy(subject, work))),
    lintMarkdown(subjects.flatMap((subject) => ["status-codes.md", "CHANGELOG.md"].map((file) => join(subject.outDir, "markdown", file)))).then((outcome) => {
      results.markdownLint = outcome;
    }),
  ]);
}, 280_000);

/** A test that needs a toolchain: runs when it is there, fails in CI when it is not, else is skipped. */
function withToolchain(toolchain: Toolchain, name: string, test: () => void) {
  if (toolchain.available) it(name, test);
  else if (inCi) it(name, () => expect.fail(`${toolchain.name} toolchain missing in CI: ${toolchain.missing}; install: ${toolchain.install}`));
  else it.skip(`${name} [skipped: ${toolchain.missing}; install with: ${toolchain.install}]`, test);
}

const always: Toolchain = { name: "TypeScript", available: true, missing: "", install: "" };

describe.each(["real", "hostile"])("the %s spec", (label) => {
  const outDir = () => subjects.find((subject) => subject.label === label)?.outDir ?? "";

  withToolchain(always, "TypeScript: compiled with the driver and run, prints exactly the JSON output", () => {
    expect(printedLines(results.typescript.get(label))).toEqual(expectedLines(outDir()));
  });

  withToolchain(kotlin, "Kotlin: compiled with the driver and run, prints exactly the JSON output", () => {
    expect(printedLines(results.kotlin?.runs.get(label)?.main)).toEqual(expectedLines(outDir()));
  });

  withToolchain(kotlin, "Kotlin: every warning of the compile is a deprecation in a legacy driver (the generated code has none)", () => {
    const compile = results.kotlin?.compile;
    if (!compile?.ok) throw new Error(compile?.failure ?? "kotlinc did not run");
    const warnings = compile.stderr.split("\n").filter((line) => line.includes("warning:"));
    expect(warnings.filter((line) => !/Legacy\.kt:\d+:\d+: warning: '[^']+' is deprecated/.test(line))).toEqual([]);
  });

  withToolchain(always, "TypeScript: every alias and deprecated code, used by name, gives its number", () => {
    const uses = legacyUses(outDir(), "typescript");
    expect(uses.length).toBeGreaterThan(0);
    expect(printedLines(results.typescriptLegacy.get(label))).toEqual(expectedLegacyLines(uses));
    const source = readFileSync(join(outDir(), "typescript/status-codes.ts"), "utf8");
    // Each deprecated property carries @deprecated, which editors show as a struck-through name.
    for (const use of uses) expect(source).toMatch(new RegExp(`@deprecated[^/]*\\*/\\n  ${use.name}: ${use.code},`));
  });

  withToolchain(kotlin, "Kotlin: every alias and deprecated code gives its number, and kotlinc warns at each use", () => {
    const uses = legacyUses(outDir(), "kotlin");
    expect(uses.length).toBeGreaterThan(0);
    expect(printedLines(results.kotlin?.runs.get(label)?.legacy)).toEqual(expectedLegacyLines(uses));
    const compile = results.kotlin?.compile;
    const output = compile?.ok ? compile.stderr.split("\n").filter((line) => line.includes(`/${label}/Legacy.kt:`)).join("\n") : "";
    expect(deprecationWarnings(output).sort()).toEqual(uses.map((use) => use.name).sort());
  });

  withToolchain(swift, "Swift: every alias and deprecated case gives its number, and swiftc warns at each use", () => {
    const uses = legacyUses(outDir(), "swift");
    expect(uses.length).toBeGreaterThan(0);
    expect(printedLines(results.swift.get(label)?.legacyRun)).toEqual(expectedLegacyLines(uses));
    const compile = results.swift.get(label)?.legacyCompile;
    const warnings = compile?.ok ? deprecationWarnings(compile.stderr) : [];
    expect([...new Set(warnings)].sort()).toEqual([...new Set(uses.map((use) => use.name))].sort());
    expect(warnings).toHaveLength(uses.length);
  });

  withToolchain(swift, "Swift 5 mode: compiled with the driver and run, prints exactly the JSON output", () => {
    expect(printedLines(results.swift.get(label)?.swift5)).toEqual(expectedLines(outDir()));
  });

  withToolchain(swift, "Swift 6 mode: compiled with the driver and run, prints exactly the JSON output", () => {
    expect(printedLines(results.swift.get(label)?.swift6)).toEqual(expectedLines(outDir()));
  });

  withToolchain(swift, "Swift: swift format lint passes", () => {
    const lint = results.swift.get(label)?.lint;
    expect(lint?.ok ? "" : lint?.failure).toBe("");
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
    const lint = results.markdownLint;
    expect(lint?.ok ? "" : lint?.failure).toBe("");
  });
});
