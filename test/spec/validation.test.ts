import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDiagnostic, SpecError } from "../../generator/shared/diagnostics.js";
import { decodeSpec } from "../../generator/spec/read.js";
import { validateSpec } from "../../generator/spec/validate.js";
import { base, badSpecs, edit } from "./bad-specs.js";
import { realSpec } from "../support/helpers.js";

/** The located messages a spec produces, as the CLI prints them (empty when valid). */
function problems(text: string): string[] {
  try {
    const { warnings } = validateSpec(text, "spec.yaml");
    return warnings.map((warning) => formatDiagnostic("spec.yaml", warning));
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    return error.diagnostics.map((diagnostic) => formatDiagnostic("spec.yaml", diagnostic));
  }
}


describe("validateSpec", () => {
  it("accepts the real spec and the base fixture", () => {
    expect(problems(realSpec)).toEqual([]);
    expect(problems(base)).toEqual([]);
  });

  it("builds a model with defaults filled in and codes sorted", () => {
    const { model } = validateSpec(edit("  - code: 200", "  - code: 999"), "spec.yaml");
    expect(model.codes.map((code) => code.code)).toEqual([416, 801, 999]);
    expect(model.codes[1]).toEqual({
      code: 801,
      name: "TEAM_MEMBER_LIMIT",
      category: "team",
      message: "The number of team members exceeds the upper limit.",
      kind: "error",
      retryable: false,
      since: undefined,
      deprecated: undefined,
      aliases: { former: [], desktop: [], ios: [], android: [] },
      conflicts: [],
    });
    expect(model.categories.map((category) => category.codes.length)).toEqual([2, 1]);
    expect(Object.isFrozen(model.codes[0])).toBe(true);
  });

  it.each(badSpecs)("reports %s with its place", (_name, text, expected) => {
    const found = problems(text);
    expect(found.length, found.join("\n")).toBe(expected.length);
    expected.forEach((fragment, index) => expect(found[index]).toContain(fragment));
  });

  it("reads UTF-8 with or without a byte-order mark, and refuses other encodings at the bad byte", () => {
    expect(decodeSpec(Buffer.from("\uFEFFcodes: é\n", "utf8"))).toBe("codes: é\n");
    expect(decodeSpec(Buffer.from("a: \uFFFD\n", "utf8"))).toBe("a: \uFFFD\n");
    const latin1 = Buffer.concat([Buffer.from("a: 1\nmessage: Caf"), Buffer.from([0xe9]), Buffer.from("\n")]);
    expect(() => decodeSpec(latin1)).toThrow(SpecError);
    try {
      decodeSpec(latin1);
    } catch (error) {
      expect(formatDiagnostic("spec.yaml", (error as SpecError).diagnostics[0]!)).toBe(
        "spec.yaml:2:13 the spec is not UTF-8 text; save it as UTF-8",
      );
    }
  });

  it("takes exactly the bytes a strict TextDecoder takes, and decodes them alike", () => {
    // Bytes near UTF-8's edges: overlong forms, surrogates, past U+10FFFF, cut sequences, byte-order marks.
    const edgy = fc.constantFrom(0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xbb, 0xa0, 0x9f, 0xf0, 0xf4, 0xf5, 0x8f, 0x90, 0xff, 0xfe);
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 12 }), fc.array(edgy, { maxLength: 12 }).map((list) => Uint8Array.from(list)), fc.string({ unit: "binary", maxLength: 8 }).map((text) => new Uint8Array(Buffer.from(`\uFEFF${text}`, "utf8"))));
    fc.assert(
      fc.property(bytes, (input) => {
        let expected: string | undefined;
        try {
          expected = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(input);
        } catch {
          expected = undefined;
        }
        let actual: string | undefined;
        try {
          actual = decodeSpec(input);
        } catch (error) {
          if (!(error instanceof SpecError)) throw error;
          actual = undefined;
        }
        expect(actual).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });

  it("accepts brackets in plain-scalar messages, however many (they are text, not nesting)", () => {
    const codes = Array.from({ length: 70 }, (_, i) => `  - code: ${1000 + i}\n    name: RANGE_${i}\n    category: general\n    message: Value must be in [0, 100), code ${i}.\n`).join("");
    expect(problems(edit("version: 1.0.0\n", `${codes}version: 1.0.0\n`))).toEqual([]);
  });

  it("reports every problem of a run, errors sorted by line, then warnings", () => {
    const text = edit("name: RATE_LIMIT", "name: rate").replace("category: team", "category: nope").replace("code: 200", "code: x");
    const found = problems(text);
    expect(found.map((line) => line.split(" ")[0])).toEqual(["spec.yaml:9:11", "spec.yaml:15:11", "spec.yaml:21:15", "spec.yaml:5:9"]);
    expect(found[3]).toContain("warning:");
  });

  it("warns, without failing, about a spec without a version", () => {
    const { warnings } = validateSpec(edit("version: 1.0.0\n", ""), "spec.yaml");
    expect(warnings.map((warning) => `${warning.line}:${warning.column} ${warning.message}`)).toEqual([
      "1:1 the spec has no `version`; add `version: 1.0.0` at the top so `since`, deprecations and `status-codegen diff` have one to refer to",
    ]);
  });

  it("warns, without failing, about a category with no codes", () => {
    const found = problems(edit("category: team", "category: general"));
    expect(found).toEqual([`spec.yaml:5:9 categories[1].id: warning: category "team" has no codes; its section will be empty`]);
  });
});
