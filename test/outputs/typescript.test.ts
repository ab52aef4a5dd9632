import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  StatusCode,
  isStatusCode,
  statusCategories,
  statusCodeInfo,
  statusCodes,
  type StatusCodeInfo,
} from "../../out/typescript/status-codes.js";
import { root } from "../support/helpers.js";
import { baseFields, expectedCategories, expectedCodes } from "../support/spec-codes.js";

describe("out/typescript/status-codes.ts", () => {
  it("type-checks under the strictest settings a consumer may use", () => {
    const tsc = join(root, "node_modules/.bin/tsc");
    const flags = [
      "--ignoreConfig", "--noEmit", "--strict", "--noUncheckedIndexedAccess", "--exactOptionalPropertyTypes",
      "--verbatimModuleSyntax", "--isolatedModules", "--target", "es2022", "--module", "nodenext", "--types", "",
    ];
    const result = spawnSync(tsc, [...flags, join(root, "out/typescript/status-codes.ts")], { encoding: "utf8" });
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
