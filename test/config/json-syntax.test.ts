import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonSyntaxError } from "../../generator/config/json-syntax.js";

/** The `.json` config's syntax check agrees with JSON.parse on what is JSON, and says where it is not. */
describe("jsonSyntaxError", () => {
  it("accepts exactly what JSON.parse accepts (random JSON texts, and the same texts cut or with a character changed)", () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom("", ",", "]", "}", '"', "\\", "x", "\n", "/"), (json, at, inserted) => {
        for (const text of [json, json.slice(0, at % (json.length + 1)) + inserted + json.slice(at % (json.length + 1))]) {
          let parses = true;
          try {
            JSON.parse(text);
          } catch {
            parses = false;
          }
          expect(jsonSyntaxError(text) === undefined, text).toBe(parses);
        }
      }),
      { seed: 20261201, numRuns: 2000 },
    );
  });

  it.each([
    ['{ "a": [1, 2,] }', 13, "a comma before ]"],
    ['{ "a": 1, }', 10, "a comma before }"],
    ["targets:\n  - x\n", 0, "expected a value"],
    ['{ "a": 1 } { }', 11, "more after the JSON value"],
    ['{ "a": "b\nc" }', 9, "a line break or control character inside a string"],
    ['{ "a": 1 // note\n}', 9, "expected , or }"],
  ])("locates %j at offset %i", (text, offset, message) => {
    expect(jsonSyntaxError(text)?.offset).toBe(offset);
    expect(jsonSyntaxError(text)?.message).toContain(message);
  });
});
