import { describe, expect, it } from "vitest";
import { blockDoc, blockDocText } from "../../generator/languages/common/block-doc.js";
import { listName, tsString } from "../../generator/languages/typescript/language.js";

describe("tsString", () => {
  it("escapes quotes, backslashes and line breaks", () => {
    expect(tsString(`say "hi" \\ 'there'`)).toBe(`"say \\"hi\\" \\\\ 'there'"`);
    expect(tsString("a\nb\rc\td")).toBe(`"a\\nb\\rc\\td"`);
  });

  it("writes controls, separators and bidi marks as \\uXXXX", () => {
    expect(tsString("\u0001\u007f\u2028\u2029\u202e\ufeff")).toBe(`"\\u0001\\u007F\\u2028\\u2029\\u202E\\uFEFF"`);
  });

  it("keeps template syntax, emoji and other scripts as they are", () => {
    expect(tsString("${x} `y` $z 😀 שלום é")).toBe(`"\${x} \`y\` $z 😀 שלום é"`);
  });

  it("round-trips through JSON.parse", () => {
    const text = "q\"b\\n\n\u0000\u2028😀${x}";
    expect(JSON.parse(tsString(text))).toBe(text);
  });
});

describe("blockDoc", () => {
  it("keeps one line on one line", () => {
    expect(blockDoc("Rate upper limit is reached.", "  ")).toBe("/** Rate upper limit is reached. */");
  });

  it("indents later lines and leaves blank lines bare", () => {
    expect(blockDoc("first\n\nsecond", "  ")).toBe("/**\n   * first\n   *\n   * second\n   */");
  });

  it("cannot be closed early, nested, given a tag or a KDoc link", () => {
    expect(blockDocText("a */ b /* c @deprecated [x]")).toBe("a *\\/ b /\\* c @deprecated \\[x]");
    expect(blockDocText("@deprecated now")).toBe("\\@deprecated now");
    expect(blockDocText("  @param x")).toBe("  \\@param x");
  });

  it("shows invisible characters and turns tabs into spaces", () => {
    expect(blockDocText("a\tb\u202ec\u0007")).toBe("a b\\u202Ec\\u0007");
  });
});

describe("listName", () => {
  it("pluralises type names for their lists", () => {
    expect(listName("StatusCode")).toBe("statusCodes");
    expect(listName("StatusCategory")).toBe("statusCategories");
    expect(listName("Key")).toBe("keys");
  });
});
