import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { codeEntry } from "../../generator/languages/json/json-target.js";
import { jsonInline } from "../../generator/languages/json/language.js";
import type { CodeModel } from "../../generator/spec/model.js";
import { validateSpec } from "../../generator/spec/validate.js";
import { realSpec, root } from "../support/helpers.js";

/** A code's entry as the JSON target first wrote it: the code copied, its empty aliases and conflicts left out. */
function entryByCopy(code: CodeModel): string {
  const aliases = Object.entries(code.aliases).filter(([, names]) => names.length > 0);
  return jsonInline({ ...code, aliases: aliases.length === 0 ? undefined : Object.fromEntries(aliases), conflicts: code.conflicts.length === 0 ? undefined : code.conflicts });
}

describe("codeEntry", () => {
  // Every field of the model, in its order, whatever fields it gains: checked against a copy of the whole code.
  it("writes what jsonInline writes of a copy of the code, for every code of the real and the hostile spec", () => {
    const hostile = readFileSync(join(root, "test/fixtures/hostile.yaml"), "utf8");
    const codes = [realSpec, hostile].flatMap((text) => validateSpec(text, "spec.yaml").model.codes);
    // Codes with each optional field, and without.
    expect(codes.some((code) => code.deprecated !== undefined) && codes.some((code) => code.since !== undefined)).toBe(true);
    expect(codes.some((code) => code.conflicts.length > 0) && codes.some((code) => Object.values(code.aliases).some((names) => names.length > 0))).toBe(true);
    expect(codes.some((code) => code.deprecated === undefined && code.conflicts.length === 0)).toBe(true);
    for (const code of codes) expect(codeEntry(code)).toBe(entryByCopy(code));
  });
});
