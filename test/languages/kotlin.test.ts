import { describe, expect, it } from "vitest";
import { kotlin, kotlinString } from "../../generator/languages/kotlin/language.js";

describe("kotlinString", () => {
  it("escapes $ so no string template can start", () => {
    expect(kotlinString("$x ${y} $")).toBe(`"\\$x \\\${y} \\$"`);
  });

  it("escapes quotes, backslashes and line breaks", () => {
    expect(kotlinString(`a "b" \\ c\nd\re\tf`)).toBe(`"a \\"b\\" \\\\ c\\nd\\re\\tf"`);
  });

  it("writes invisible characters as four-digit \\u escapes", () => {
    expect(kotlinString("\u0000\u0001\u202e")).toBe(`"\\u0000\\u0001\\u202E"`);
  });

  it("keeps emoji and right-to-left text", () => {
    expect(kotlinString("😀 مرحبا")).toBe(`"😀 مرحبا"`);
  });
});

describe("Kotlin identifiers", () => {
  it("keeps code names and upper-cases category ids", () => {
    expect(kotlin.naming.code("CLASS")).toEqual({ ok: true, identifier: "CLASS", source: "CLASS" });
    expect(kotlin.naming.category("av-call")).toEqual({ ok: true, identifier: "AV_CALL", source: "AV_CALL" });
  });
});
