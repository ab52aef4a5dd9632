import { describe, expect, it } from "vitest";
import {
  swiftCaseIdentifier,
  swiftCaseSource,
  swiftDoc,
  swiftRawValueClause,
  swiftString,
} from "../../generator/languages/swift/language.js";

describe("swiftString", () => {
  it("escapes quotes, backslashes and line breaks", () => {
    expect(swiftString(`a "b" \\ c`)).toBe(`"a \\"b\\" \\\\ c"`);
    expect(swiftString("a\nb\rc\td")).toBe(`"a\\nb\\rc\\td"`);
  });

  it("cannot start an interpolation: the backslash of \\( is escaped", () => {
    expect(swiftString("\\(x)")).toBe(`"\\\\(x)"`);
  });

  it("writes other invisible characters as \\u{…}", () => {
    expect(swiftString("\u0000\u0001\u202e\u2028")).toBe(`"\\u{0}\\u{1}\\u{202E}\\u{2028}"`);
  });

  it("keeps $, #, triple quotes' parts, emoji and combining marks", () => {
    expect(swiftString("$x #{y} 😀 e\u0301")).toBe(`"$x #{y} 😀 e\u0301"`);
  });
});

describe("swiftDoc", () => {
  it("writes one /// line per line, indenting the later ones", () => {
    expect(swiftDoc("one", "    ")).toBe("/// one");
    expect(swiftDoc("one\n\ntwo */", "    ")).toBe("/// one\n    ///\n    /// two */");
  });

  it("shows invisible characters", () => {
    expect(swiftDoc("a\u202eb", "")).toBe("/// a\\u{202E}b");
  });

  it("cannot turn a line into a callout such as - Returns:", () => {
    expect(swiftDoc("Fails.\n- Returns: nothing\n* Warning: x\n-1 is fine", "")).toBe(
      "/// Fails.\n/// \\- Returns: nothing\n/// \\* Warning: x\n/// -1 is fine",
    );
  });
});

describe("Swift identifiers", () => {
  it("lowerCamelCases names and ids", () => {
    expect(swiftCaseSource("RATE_LIMIT")).toBe("rateLimit");
    expect(swiftCaseSource("av-call")).toBe("avCall");
  });

  it("puts keywords in backticks", () => {
    expect(swiftCaseSource("DEFAULT")).toBe("`default`");
    expect(swiftCaseSource("SELF")).toBe("`self`");
    expect(swiftCaseSource("INIT")).toBe("`init`");
    expect(swiftCaseSource("IN")).toBe("`in`");
    expect(swiftCaseSource("TRUE")).toBe("`true`");
  });

  it("leaves contextual keywords alone: they are legal case names", () => {
    expect(swiftCaseSource("TYPE")).toBe("type");
    expect(swiftCaseSource("NAME")).toBe("name");
  });

  it("refuses names no spelling can make usable", () => {
    expect(swiftCaseIdentifier("ALL_CASES")).toEqual({
      ok: false,
      reason: `Swift cannot name a case "allCases": it would clash with CaseIterable's allCases`,
    });
    expect(swiftCaseIdentifier("RATE_LIMIT")).toEqual({ ok: true, identifier: "rateLimit", source: "rateLimit" });
    expect(swiftCaseIdentifier("DEFAULT")).toEqual({ ok: true, identifier: "default", source: "`default`" });
  });

  it("writes a raw value only when it differs from the case name", () => {
    expect(swiftRawValueClause("general")).toBe("");
    expect(swiftRawValueClause("av-call")).toBe(` = "av-call"`);
  });
});
