import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtins } from "../../generator/registry.js";
import { specSchema, specSchemaText } from "../../generator/spec/schema.js";
import { root } from "../support/helpers.js";

describe("the spec's JSON Schema", () => {
  it("is committed as the registry derives it (run `npm run schemas` after changing a language or the base)", () => {
    expect(readFileSync(join(root, "spec/status-codes.schema.json"), "utf8")).toBe(specSchemaText(builtins));
  });

  it("has settings for each language that has some, aliases for each source of legacy names, and every target in outputs", () => {
    const schema = specSchema(builtins) as { $defs: Record<string, { properties: Record<string, { properties?: Record<string, unknown>; description?: string }> }> };
    const settings = schema.$defs["settings"]?.properties ?? {};
    expect(Object.keys(settings)).toEqual([...builtins.languages.filter((language) => language.settings !== undefined).map((language) => language.id), "outputs"]);
    expect(Object.keys(schema.$defs["code"]?.properties["aliases"]?.properties ?? {})).toEqual(builtins.aliasSources.map((aliasSource) => aliasSource.id));
    for (const target of builtins.targets) expect(settings["outputs"]?.description).toContain(target.id);
  });
});
