import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { renderAll } from "../../generator/render/render.js";
import { validateSpec } from "../../generator/spec/validate.js";
import {
  StatusCode,
  isStatusCode,
  statusCategories,
  statusCodeInfo,
  statusCodes,
  type StatusCodeInfo,
} from "../../out/typescript/status-codes.js";
import { root, temporaryDir } from "../support/helpers.js";
import { baseFields, expectedCategories, expectedCodes } from "../support/spec-codes.js";
import { syntheticSpec } from "../support/synthetic-spec.js";

const tsc = join(root, "node_modules/.bin/tsc");

/** The strictest settings a consumer may compile the output with. */
const strictFlags = [
  "--ignoreConfig", "--noEmit", "--strict", "--noUncheckedIndexedAccess", "--exactOptionalPropertyTypes",
  "--verbatimModuleSyntax", "--isolatedModules", "--target", "es2022", "--module", "nodenext", "--types", "",
];

describe("out/typescript/status-codes.ts", () => {
  it("type-checks under the strictest settings a consumer may use", () => {
    const result = spawnSync(tsc, [...strictFlags, join(root, "out/typescript/status-codes.ts")], { encoding: "utf8" });
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("holds exactly the spec's codes, sorted by code", () => {
    expect(statusCodes.map((info) => ({ ...info }))).toEqual(expectedCodes().map(baseFields));
  });

  it("maps every name to its number", () => {
    const canonical = expectedCodes().map((code): [string, number] => [code.name, code.code]);
    // TypeScript declares the table's former names and the desktop SDKs' (node-nim's) names, in that order per code.
    const aliases = expectedCodes().flatMap((code) => [...(code.aliases?.["former"] ?? []), ...(code.aliases?.["desktop"] ?? [])].map((alias): [string, number] => [alias, code.code]));
    expect(Object.entries(StatusCode)).toEqual([...canonical, ...aliases]);
  });

  it("holds the spec's categories in order", () => {
    expect(statusCategories.map((category) => ({ ...category }))).toEqual(expectedCategories());
  });

  it("looks codes up by number and refuses unknown numbers", () => {
    for (const info of statusCodes) expect(statusCodeInfo(info.code)).toBe(info);
    for (const unknown of [0, -1, 2147483647, 416.5, Number.NaN]) expect(statusCodeInfo(unknown)).toBeUndefined();
    expect(statusCodeInfo(StatusCode.RATE_LIMIT)?.retryable).toBe(true);
  });

  it("narrows with isStatusCode", () => {
    expect(isStatusCode(416)).toBe(true);
    for (const value of [0, "416", null, undefined, {}, 416.1]) expect(isStatusCode(value)).toBe(false);
    const value: unknown = 803;
    if (isStatusCode(value)) {
      const info: StatusCodeInfo | undefined = statusCodeInfo(value);
      expect(info?.name).toBe("TEAM_NOT_FOUND");
    }
  });
});

/** The TypeScript output of `spec`, written into a new ES module folder; its path. */
function typescriptOutput(spec: string): string {
  const dir = temporaryDir();
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
  const file = renderAll(validateSpec(spec, "spec.yaml").model).find((output) => output.path === "typescript/status-codes.ts");
  if (file === undefined) throw new Error("no TypeScript output");
  writeFileSync(join(dir, "status-codes.ts"), file.content);
  return join(dir, "status-codes.ts");
}

// tsc refuses an array literal of more than about 1,000 object literals ("Expression produces a union type
// that is too complex to represent"): a table of 1,100 codes made a file that did not compile.
describe("the TypeScript output of a table longer than one array literal may be", () => {
  it("type-checks, and holds and finds every code in order, for 2,600 codes (arrays of 500 joined)", async () => {
    const spec = syntheticSpec(2600);
    const file = typescriptOutput(spec);
    expect(readArrays(file)).toBe(6);
    const checked = spawnSync(tsc, [...strictFlags, file], { encoding: "utf8" });
    expect(checked.stdout + checked.stderr).toBe("");
    expect(checked.status).toBe(0);
    const emitted = spawnSync(tsc, ["--ignoreConfig", "--target", "es2022", "--module", "nodenext", "--types", "", "--outDir", join(file, "../js"), file], { encoding: "utf8" });
    expect(emitted.stdout + emitted.stderr).toBe("");
    const module = (await import(pathToFileURL(join(file, "../js/status-codes.js")).href)) as { statusCodes: readonly StatusCodeInfo[]; statusCodeInfo: (code: number) => StatusCodeInfo | undefined };
    const codes = validateSpec(spec, "spec.yaml").model.codes;
    expect(module.statusCodes.map((info) => [info.code, info.name, info.message])).toEqual(codes.map((code) => [code.code, code.name, code.message]));
    for (const code of codes) expect(module.statusCodeInfo(code.code)?.name).toBe(code.name);
  });

  it("keeps a table of 1,000 codes in one array, and type-checks 1,000 categories (the most it takes)", () => {
    expect(readArrays(typescriptOutput(syntheticSpec(1000)))).toBe(1);
    const categories = Array.from({ length: 1000 }, (_, index) => `  - { id: c${index}, title: T${index}, description: D. }\n`).join("");
    const file = typescriptOutput(`version: 1.0.0\ncategories:\n${categories}codes:\n  - { code: 1, name: ONE, category: c999, message: One. }\n`);
    const checked = spawnSync(tsc, [...strictFlags, file], { encoding: "utf8" });
    expect(checked.stdout + checked.stderr).toBe("");
    expect(checked.status).toBe(0);
  });
});

/** How many array literals the code list is written as. */
function readArrays(file: string): number {
  const text = readFileSync(file, "utf8");
  const list = text.slice(text.indexOf("export const statusCodes:"), text.indexOf("const byCode"));
  return list.split("\n").filter((line) => line === "], [").length + 1;
}
