import { describe, expect, it } from "vitest";
import { closest, excerpt, formatPath, listExcerpt, quote } from "../../generator/shared/diagnostics.js";

describe("closest", () => {
  it("suggests the candidate within two edits, case ignored", () => {
    expect(closest("mesage", ["message", "name", "code"])).toBe("message");
    expect(closest("Teams", ["team", "general"])).toBe("team");
    expect(closest("xyz", ["message", "name"])).toBeUndefined();
  });

  it("finds the one candidate among 60,000 of the same length, and the nearest when several are near", () => {
    const ids = Array.from({ length: 60_000 }, (_, index) => `c${String(index).padStart(5, "0")}`);
    expect(closest("c1234X", ids)).toBe("c12340");
    expect(closest("abcdef", ["abcxyz", "abcdeg"])).toBe("abcdeg");
  });

  it("makes no suggestion for a value over 100 characters (an edit distance over whole values is quadratic)", () => {
    const long = "a".repeat(101);
    expect(closest(long, [`${long}b`])).toBeUndefined();
    expect(closest("a".repeat(100), ["a".repeat(99)])).toBe("a".repeat(99));
  });
});

describe("quoting values in messages", () => {
  it("quotes a string, cut to 80 characters, and leaves numbers as they are", () => {
    expect(quote("short")).toBe(`"short"`);
    expect(quote(416)).toBe("416");
    expect(quote("x".repeat(20_000))).toBe(`"${"x".repeat(80)}…"`);
  });

  it("does not cut an emoji in half", () => {
    expect(excerpt(`${"a".repeat(79)}😀b`, 80)).toBe(`${"a".repeat(79)}…`);
  });

  it("lists at most ten items, and how many more", () => {
    expect(listExcerpt(["a", "b"])).toBe("a, b");
    expect(listExcerpt(Array.from({ length: 12 }, (_, index) => `c${index}`))).toBe("c0, c1, c2, c3, c4, c5, c6, c7, c8, c9 and 2 more");
  });

  it("cuts a long key in a path", () => {
    expect(formatPath(["codes", 1, "name"])).toBe("codes[1].name");
    expect(formatPath(["codes", 1, "x".repeat(1000)])).toBe(`codes[1][${JSON.stringify(`${"x".repeat(40)}…`)}]`);
    expect(formatPath(["codes", 1, `${"y ".repeat(100)}`])).toBe(`codes[1][${JSON.stringify(`${"y ".repeat(20)}…`)}]`);
  });
});
