import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { root } from "../support/helpers.js";
import { expectedCategories, expectedCodes } from "../support/spec-codes.js";

const read = (path: string): unknown => JSON.parse(readFileSync(join(root, "out/json", path), "utf8"));

describe("out/json/status-codes.json", () => {
  const data = read("status-codes.json") as { $schema: string; categories: unknown[]; codes: unknown[] };

  it("validates against its own schema", () => {
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(read("status-codes.schema.json") as object);
    expect(validate(data) ? [] : validate.errors).toEqual([]);
    expect(data.$schema).toBe("./status-codes.schema.json");
  });

  it("is refused by its schema when a code loses a field or gains an unknown one", () => {
    const validate = new Ajv2020({ strict: true }).compile(read("status-codes.schema.json") as object);
    const [first, ...rest] = data.codes as Record<string, unknown>[];
    const { message: _dropped, ...withoutMessage } = first ?? {};
    expect(validate({ ...data, codes: [withoutMessage, ...rest] })).toBe(false);
    expect(validate({ ...data, codes: [{ ...first, extra: 1 }, ...rest] })).toBe(false);
    expect(validate({ ...data, codes: [{ ...first, category: "nope" }, ...rest] })).toBe(false);
  });

  it("holds exactly the spec's codes, sorted by code, and its categories in order", () => {
    expect(data.codes).toEqual(expectedCodes());
    expect(data.categories).toEqual(expectedCategories());
  });
});
