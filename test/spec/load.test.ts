import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../../generator/spec/load.js";

/**
 * loadSpec reads strings with a schema of its own (js-yaml's core schema, each string made flat as it is
 * made, so that a message of 5,000 escapes is not kept as 10,000 pieces): it must read every scalar style
 * exactly as js-yaml's own core schema does.
 */
describe("loadSpec's strings", () => {
  it("are what js-yaml's core schema reads, in every scalar style", () => {
    const text = [
      "plain: a plain scalar",
      "folded plain: a plain scalar",
      "  over two lines",
      "single: 'it''s single-quoted'",
      "single over lines: 'one",
      "",
      "  two'",
      'double: "tab\\t, line\\n, \\x41, \\u00e9, \\U0001F600, quote \\" and backslash \\\\"',
      'double over lines: "one \\',
      '  two',
      '',
      '  three"',
      `escapes: "${"a\\n".repeat(5_000)}"`,
      "literal: |",
      "  line one",
      "   line two",
      "folded: >-",
      "  folded",
      "  text",
      "",
      "  kept",
      "numbers: [1, 2.5, 0x1F, .inf]",
      "others: [null, ~, true, False, '', \"\"]",
      "quoted numbers: ['1', \"true\", 'null']",
      "",
    ].join("\n");
    const { spec, diagnostics } = loadSpec(text);
    expect(diagnostics).toEqual([]);
    expect(spec?.data).toEqual(load(text));
  });
});
