import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareSpecs } from "../../generator/evolution/compare-specs.js";
import { builtinLanguages, builtinTargets, createRegistry } from "../../generator/registry.js";
import { builtinAliasSources } from "../../generator/languages/alias-sources.js";
import { renderAll } from "../../generator/render/render.js";
import { SpecError } from "../../generator/shared/diagnostics.js";
import { specSchema } from "../../generator/spec/schema.js";
import { validateSpec } from "../../generator/spec/validate.js";
import { exec, printedLines } from "../compile/run-command.js";
import { expectedLegacyLines, legacyUses } from "../compile/legacy-uses.js";
import { root, temporaryDir } from "../support/helpers.js";
import { pythonToolchain, withToolchain } from "../toolchains/toolchains.js";
import { describeConformance } from "../languages/conformance/conformance.js";
import { python, pythonSdk, pythonTarget } from "./python/python-language.js";
import { pythonReader } from "./python/python-literal-reader.js";

/**
 * The registry, proved: a language registered from this test (Python, in ./python/), without a line of
 * the generator changed, gets everything the registry derives: the spec's schema accepts its settings and
 * aliases, validation applies its rules, the JSON Schema output and the reference list it, `diff` advises
 * about it, it passes the conformance suite, and its package, imported by python3, says exactly what the
 * JSON output says.
 */

const registry = createRegistry([...builtinLanguages, python], [...builtinTargets, pythonTarget], [...builtinAliasSources, pythonSdk]);

/** The hostile fixture with Python settings and the Python SDK's aliases, the hostile strings included. */
const hostile = readFileSync(join(root, "test/fixtures/hostile.yaml"), "utf8")
  .replace("settings:\n", "settings:\n  python:\n    typeName: HostileCode\n")
  .replace("      android: [RES_SELF, legacySelf]\n", "      android: [RES_SELF, legacySelf]\n      pysdk: [legacySelf, RES_SELF]\n");

describe("a language registered from a test", () => {
  it("is refused by the built-in registry and accepted by the one that has it", () => {
    expect(() => validateSpec(hostile, "hostile.yaml")).toThrow(SpecError);
    expect(validateSpec(hostile, "hostile.yaml", registry).model.settings.languages["python"]).toEqual({
      typeName: "HostileCode",
      categoryTypeName: "StatusCategory",
      kindTypeName: "StatusKind",
    });
  });

  it("has its settings and its SDK's aliases in the spec's schema", () => {
    const schema = JSON.stringify(specSchema(registry));
    expect(schema).toContain(`"python":{"description":"Type names of the Python output."`);
    expect(schema).toContain(`"pysdk":{"description":"Names of the vendor's older Python SDK: alias members of the Python StatusCode IntEnum."`);
  });

  it("brings its own rules to validation: a Python keyword or an Enum attribute cannot be an alias, nor None a type name", () => {
    const messages = (text: string) => {
      try {
        validateSpec(text, "spec.yaml", registry);
        return [];
      } catch (error) {
        return (error as SpecError).diagnostics.map((diagnostic) => `${diagnostic.path}: ${diagnostic.message}`);
      }
    };
    expect(messages(hostile.replace("pysdk: [legacySelf, RES_SELF]", "pysdk: [lambda, value]"))).toEqual([
      `codes[2].aliases.pysdk[0]: "lambda" cannot be a Python alias: "lambda" is a Python keyword`,
      `codes[2].aliases.pysdk[1]: "value" cannot be a Python alias: every IntEnum member has "value" already`,
    ]);
    expect(messages(hostile.replace("pysdk: [legacySelf, RES_SELF]", "pysdk: [from_code]"))).toEqual([
      `codes[2].aliases.pysdk[0]: "from_code" cannot be a Python alias: the Python HostileCode already has a member "from_code"`,
    ]);
    expect(messages(hostile.replace("typeName: HostileCode", "typeName: None"))).toEqual([`settings.python.typeName: "None" is a Python keyword; choose another type name`]);
  });

  it("is listed by the JSON Schema output, the reference's notes and diff's advice", () => {
    const { model } = validateSpec(hostile, "hostile.yaml", registry);
    const files = renderAll(model, registry);
    const file = (path: string) => files.find((candidate) => candidate.path === path)?.content ?? "";
    expect(file("json/status-codes.schema.json")).toContain(`"pysdk": { "$ref": "#/$defs/names" }`);
    expect(file("json/status-codes.json")).toContain(`"pysdk": ["legacySelf", "RES_SELF"]`);
    expect(file("markdown/status-codes.md")).toContain("`legacySelf` (the Python SDK), `RES_SELF` (the Python SDK)");

    const renamed = hostile.replace("name: SELF\n", "name: MYSELF\n");
    const sides = [hostile, renamed].map((text, index) => ({ file: `${index}.yaml`, ...validateSpec(text, `${index}.yaml`, registry) }));
    const [finding] = compareSpecs(sides[0] as (typeof sides)[number], sides[1] as (typeof sides)[number], registry).filter((entry) => entry.rule === "CODE_RENAMED");
    expect(finding?.message).toContain("and Python code that compares a member's name lose the old name");
    expect(finding?.message).toContain("Python SELF");
    expect(finding?.message).toContain("aliases: { former: [SELF] }");
  });

  withToolchain(pythonToolchain(), "writes its package of two files, which python3 imports to print exactly the JSON output, every legacy name included", async () => {
    const out = temporaryDir();
    const { model } = validateSpec(hostile, "hostile.yaml", registry);
    for (const file of renderAll(model, registry)) {
      mkdirSync(dirname(join(out, file.path)), { recursive: true });
      writeFileSync(join(out, file.path), file.content);
    }
    const json = JSON.parse(readFileSync(join(out, "json/status-codes.json"), "utf8")) as {
      categories: unknown[];
      codes: { code: number; name: string; category: string; message: string; kind: string; retryable: boolean }[];
    };
    const run = await exec("python3", ["-X", "warn_default_encoding", join(root, "test/registry/python/driver.py"), join(out, "python"), "HostileCode", "StatusCategory"]);
    expect(printedLines(run)).toEqual([
      ...json.categories,
      ...json.codes.map(({ code, name, category, message, kind, retryable }) => ({ code, name, category, message, kind, retryable, lookup: name })),
      { unknown: [null, null, null] },
    ]);

    const uses = legacyUses({ outDir: out, paths: {}, settings: model.settings.languages }, python);
    expect(uses.map((use) => use.name)).toEqual(["OLD_CLASS", "REPEAT", "legacySelf", "RES_SELF", "CLASS", "TYPE", "NO", "WAIT", "OBSOLETE"]);
    const legacy = join(out, "legacy.py");
    writeFileSync(legacy, [`import json, sys`, `sys.path.insert(0, ${JSON.stringify(join(out, "python"))})`, "from statuscodes import HostileCode", ...uses.map((use) => `print(json.dumps({"name": ${JSON.stringify(use.name)}, "code": int(HostileCode.${use.source})}))`), ""].join("\n"));
    expect(printedLines(await exec("python3", [legacy]))).toEqual(expectedLegacyLines(uses));
  });
});

describe("the conformance suite, run on the registered language", () => {
  // Its reader and its reference keywords come with it; Python's own list is the reference.
  const reference = spawnSync("python3", ["-c", "import keyword, json; print(json.dumps(keyword.kwlist + keyword.softkwlist))"], { encoding: "utf8" });
  const keywords = reference.status === 0 ? (JSON.parse(reference.stdout) as string[]) : [];
  describeConformance(registry, [python], { readers: { python: pythonReader }, keywords: { python: keywords } });
});
