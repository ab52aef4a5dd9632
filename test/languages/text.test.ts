import { describe, expect, it } from "vitest";
import {
  lowerCamelCase,
  lowerFirst,
  mustEscape,
  needsEscapePattern,
  screamingSnakeCase,
  splitLines,
  words,
} from "../../generator/languages/common/text.js";

describe("words and casing", () => {
  it("splits SCREAMING_SNAKE and kebab-case, dropping empty words", () => {
    expect(words("RATE_LIMIT")).toEqual(["rate", "limit"]);
    expect(words("FOO__BAR_")).toEqual(["foo", "bar"]);
    expect(words("av-call")).toEqual(["av", "call"]);
  });

  it("makes lowerCamelCase, keeping digits inside words", () => {
    expect(lowerCamelCase("OK")).toBe("ok");
    expect(lowerCamelCase("RATE_LIMIT")).toBe("rateLimit");
    expect(lowerCamelCase("FOO__BAR")).toBe("fooBar");
    expect(lowerCamelCase("HTTP_2_ERROR")).toBe("http2Error");
    expect(lowerCamelCase("av-call")).toBe("avCall");
  });

  it("makes SCREAMING_SNAKE_CASE from kebab-case", () => {
    expect(screamingSnakeCase("av-call")).toBe("AV_CALL");
    expect(screamingSnakeCase("general")).toBe("GENERAL");
  });

  it("lower-cases only the first letter", () => {
    expect(lowerFirst("StatusCode")).toBe("statusCode");
  });
});

describe("mustEscape", () => {
  it("flags controls, separators, BOM, bidi marks, invisible formatting and surrogates", () => {
    for (const codePoint of [0x00, 0x07, 0x1f, 0x7f, 0x85, 0x9f, 0x2028, 0x2029, 0xfeff, 0x200e, 0x202e, 0x2066, 0xd800, 0xad, 0x200b, 0x2060]) {
      expect(mustEscape(codePoint), codePoint.toString(16)).toBe(true);
    }
  });

  it("keeps printable text, emoji, right-to-left letters and the zero-width joiner", () => {
    for (const char of ["a", " ", "~", "é", "中", "😀", "ש", "\u0301", "\u200d"]) {
      expect(mustEscape(char.codePointAt(0) ?? 0), char).toBe(false);
    }
  });
});

describe("needsEscapePattern", () => {
  it("matches exactly the code points mustEscape flags, plus the extra characters", () => {
    const pattern = needsEscapePattern(["$"]);
    const mismatches: number[] = [];
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      const expected = mustEscape(codePoint) || codePoint === 0x24;
      if (pattern.test(String.fromCodePoint(codePoint)) !== expected) mismatches.push(codePoint);
    }
    expect(mismatches).toEqual([]);
  });

  it("does not mistake an emoji's surrogate pair for lone surrogates", () => {
    expect(needsEscapePattern([]).test("😀")).toBe(false);
    expect(needsEscapePattern([]).test("a\ud800")).toBe(true);
  });
});

describe("splitLines", () => {
  it("splits on every line break a spec author can type", () => {
    expect(splitLines("a\r\nb\rc\nd")).toEqual(["a", "b", "c", "d"]);
  });
});
