import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { java, javaConstantHead, javadoc, javaLineComment, javaString } from "../../generator/languages/java/language.js";
import { validateSpec } from "../../generator/spec/validate.js";
import { root } from "../support/helpers.js";
import { hostileTexts } from "./conformance/hostile-texts.js";
import { translateJavaUnicodeEscapes } from "./conformance/literal-readers.js";

describe("javaString", () => {
  it("escapes quotes, backslashes and line breaks, never as \\u000A or \\u000D, which javac would turn into a raw break", () => {
    expect(javaString(`a "b" \\ c\nd\re\tf`)).toBe(`"a \\"b\\" \\\\ c\\nd\\re\\tf"`);
  });

  it("keeps a backslash-u of the text from starting a Unicode escape: the backslash is doubled", () => {
    expect(javaString("\\u0041 \\user")).toBe(`"\\\\u0041 \\\\user"`);
    expect(translateJavaUnicodeEscapes(javaString("\\u0041"))).toBe(`"\\\\u0041"`);
  });

  it("writes invisible characters as four-digit \\u escapes, and keeps emoji and right-to-left text", () => {
    expect(javaString("\u0000\u0001\u202e 😀 مرحبا")).toBe(`"\\u0000\\u0001\\u202E 😀 مرحبا"`);
  });
});

describe("Javadoc", () => {
  it("escapes HTML, every @, a comment closer, a backslash before u, and a * that starts a line", () => {
    expect(javadoc("a <b> & @x */ \\u0041 \\n", "")).toBe("/** a &lt;b&gt; &amp; &#64;x *&#47; &#92;u0041 \\n */");
    expect(javadoc("* one\n  * two", "    ")).toBe("/**\n     * &#42; one\n     *   &#42; two\n     */");
  });

  it("shows invisible characters as \\uXXXX once rendered, without an escape javac would read", () => {
    expect(javadoc("zero\u200bwidth", "")).toBe("/** zero&#92;u200Bwidth */");
  });

  it("holds no Unicode escape javac would translate, for every hostile text and every text of the hostile fixture", () => {
    const { model } = validateSpec(readFileSync(join(root, "test/fixtures/hostile.yaml"), "utf8"), "hostile.yaml");
    const texts = [...hostileTexts, ...model.codes.flatMap((code) => [code.message, code.deprecated?.reason ?? ""]), ...model.categories.map((category) => category.title)];
    for (const text of texts) {
      const comment = javadoc(text, "    ");
      expect(translateJavaUnicodeEscapes(comment), JSON.stringify(text)).toBe(comment);
    }
    for (const code of model.codes) {
      const head = javaConstantHead(code);
      expect(translateJavaUnicodeEscapes(head), code.name).toBe(head);
      expect(head.indexOf("*/"), code.name).toBe(head.lastIndexOf("*/"));
    }
  });

  it("deprecates with the reason, a link to the replacement and @Deprecated", () => {
    const code = { code: 7, name: "OLD", category: "c", message: "Old.", kind: "error", retryable: false, since: undefined, aliases: {}, conflicts: [], deprecated: { since: "1.1.0", reason: "Gone", replacedBy: "NEW" } } as const;
    expect(javaConstantHead(code)).toBe("/**\n     * 7: Old.\n     *\n     * @deprecated Gone. Deprecated since 1.1.0. Use {@link #NEW} instead.\n     */\n    @Deprecated");
  });
});

describe("the header's line comment", () => {
  it("doubles backslashes and escapes line breaks, so no path can start a Unicode escape or end the comment", () => {
    expect(javaLineComment("Generated from a\\user\nb.yaml")).toBe("Generated from a\\\\user\\\\u000Ab.yaml");
    expect(translateJavaUnicodeEscapes(javaLineComment("x\\u0041\u2028"))).toBe(javaLineComment("x\\u0041\u2028"));
  });
});

describe("Java identifiers", () => {
  it("keeps code names, upper-cases category ids and refuses the enum's own static field", () => {
    expect(java.naming.code("CLASS")).toEqual({ ok: true, identifier: "CLASS", source: "CLASS" });
    expect(java.naming.category("av-call")).toEqual({ ok: true, identifier: "AV_CALL", source: "AV_CALL" });
    expect(java.naming.code("TABLE_VERSION").ok).toBe(false);
  });
});
