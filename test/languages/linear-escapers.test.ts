import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blockDoc, blockDocText } from "../../generator/languages/common/block-doc.js";
import { jsonString } from "../../generator/languages/common/json-literals.js";
import { commentLine, commentText, commonEscapes, escapedCharacters, hex, lowerCamelCase, mustEscape, quoted, rewriteEscaped, splitLines } from "../../generator/languages/common/text.js";
import { kotlinString } from "../../generator/languages/kotlin/language.js";
import { markdownInline, markdownParagraph } from "../../generator/languages/markdown/language.js";
import { swiftDoc, swiftString } from "../../generator/languages/swift/language.js";
import { androidString, xmlAttribute, xmlText } from "../../generator/languages/xml/language.js";
import * as reference from "./reference-escapers.js";

/**
 * The escapers are written for speed: one buffer filled once per text, whole-text passes for comments
 * (a character at a time, long hostile messages took tens of seconds and gigabytes). Speed must not change
 * a byte: every escaper and casing helper equals its plain reference (reference-escapers.ts) on random text
 * made of the characters that matter to some escaper, on any UTF-16 units at all, lone surrogates
 * included, and on texts long enough to grow the buffer. Seeded, so a failure reproduces. (How fast they
 * are is measured, not tested: `npm run bench` and the commit that made them so.)
 */

const runs = { seed: 20_240_601, numRuns: 400 };

/** Characters some escaper treats specially, and ordinary ones around them. */
const interesting = [
  "a", "Z", "0", "_", "-", "+", "=", " ", "  ", ".", ";", "#", "&", "&amp;", "&#65;", ":", "//", "@", "?", "!",
  "\\", '"', "'", "$", "`", "*", "/", "*/", "/*", "[", "]", "<", ">", "|", "~", "{", "}", "(", ")",
  "\n", "\r", "\r\n", "\t", "\0", "\u0007", "\u007f", "\u0085", "\u00a0", "\u00ad", "\u061c", "\u200b", "\u200d", "\u200e",
  "\u2028", "\u2029", "\u202e", "\u2060", "\u2066", "\ufeff", "\ufff9", "\ufffe", "\uffff", "\ud800", "\udc00", "\udbff",
  "😀", "👩‍💻", "é", "中", "ש", "Σ", "ς", "İ", "ß", "𐐀", "\u0301", "\u3000",
];

const text: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...interesting), { maxLength: 40 }).map((parts) => parts.join("")),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)), maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
);

/** A name as casing helpers see them: mostly SCREAMING_SNAKE and kebab-case, with any character now and then. */
const name: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom("A", "b", "9", "_", "-", "__", "Σ", "σ", "İ", "ß", "𐐀", "\ud801", "é", "ǅ"), { maxLength: 20 }).map((parts) => parts.join("")),
  text,
);

const escapers: readonly [string, (value: string) => string, (value: string) => string][] = [
  ["jsonString", jsonString, reference.jsonString],
  ["kotlinString", kotlinString, reference.kotlinString],
  ["swiftString", swiftString, reference.swiftString],
  ["quoted with a table of its own", (value) => quoted(value, { ...commonEscapes, "'": "\\'" }, (codePoint) => `<${codePoint}>`), (value) => reference.quoted(value, { ...commonEscapes, "'": "\\'" }, (codePoint) => `<${codePoint}>`)],
  ["commentLine", (value) => commentLine(value, (codePoint) => `{${hex(codePoint, 2)}}`), (value) => reference.commentLine(value, (codePoint) => `{${hex(codePoint, 2)}}`)],
  ["commentText", (value) => commentText(value, (codePoint) => `{${codePoint}}`), (value) => splitLines(value).map((line) => reference.commentLine(line, (codePoint) => `{${codePoint}}`)).join("\n")],
  ["blockDocText", blockDocText, (value) => splitLines(value).map(reference.blockDocLine).join("\n")],
  ["blockDoc", (value) => blockDoc(value, "    "), (value) => reference.blockDoc(value, "    ")],
  ["blockDoc with tags", (value) => blockDoc(value, "  ", [["since", "1.2.0"], ["deprecated", value]]), (value) => reference.blockDoc(value, "  ", [["since", "1.2.0"], ["deprecated", value]])],
  ["blockDoc with a $ in its indent", (value) => blockDoc(value, "$& $1"), (value) => reference.blockDoc(value, "$& $1")],
  // A text of any lines with tags of one line, and tags of any lines after a text of one: the comment is laid out directly only when every line is one.
  ["blockDoc with one-line tags", (value) => blockDoc(value, " ", [["deprecated", "Use X instead."], ["see", ""]]), (value) => reference.blockDoc(value, " ", [["deprecated", "Use X instead."], ["see", ""]])],
  ["blockDoc of one line with tags of any", (value) => blockDoc("One line.", "\t", [["since", value], ["deprecated", "x"]]), (value) => reference.blockDoc("One line.", "\t", [["since", value], ["deprecated", "x"]])],
  ["swiftDoc", (value) => swiftDoc(value, "    "), (value) => reference.swiftDoc(value, "    ")],
  ["swiftDoc without indent", (value) => swiftDoc(value, ""), (value) => reference.swiftDoc(value, "")],
  ["markdownInline", markdownInline, reference.markdownInline],
  ["markdownParagraph", markdownParagraph, (value) => reference.markdownInline(value).replace(/^([-+=])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2")],
  ["xmlText", xmlText, (value) => reference.escapeXml(value, false)],
  ["xmlAttribute", xmlAttribute, (value) => reference.escapeXml(value, true)],
  ["androidString", androidString, reference.androidString],
];

describe("each escaper equals its plain reference", () => {
  it.each(escapers)("%s", (_, fast, plain) => {
    fc.assert(
      fc.property(text, (value) => {
        expect(fast(value)).toBe(plain(value));
      }),
      runs,
    );
  });

  it.each(escapers)("%s, on texts long enough to grow the buffer it writes into", (_, fast, plain) => {
    // 70,000 units: more than the buffer holds at first, and escapes that make the result longer still.
    for (const unit of ["\u200b", '"', "\n", "a\n", "$|\\\"~<#", "\r\n@x */ [", "\ud800", "😀\u202e", "a"]) {
      const value = unit.repeat(Math.ceil(70_000 / unit.length));
      expect(fast(value)).toBe(plain(value));
    }
  });
});

describe("casing", () => {
  it("lowerCamelCase equals its plain reference", () => {
    fc.assert(
      fc.property(name, (value) => {
        expect(lowerCamelCase(value)).toBe(reference.lowerCamelCase(value));
      }),
      runs,
    );
  });
});

describe("mustEscape", () => {
  it("flags exactly the code points of its ranges, over the whole of Unicode", () => {
    const mismatches: number[] = [];
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      if (mustEscape(codePoint) !== reference.mustEscape(codePoint)) mismatches.push(codePoint);
    }
    expect(mismatches).toEqual([]);
  });
});

describe("rewriteEscaped", () => {
  const dollars = escapedCharacters(["$"]);

  it("returns the text itself when nothing changes", () => {
    const value = "no special character here, though it is long. ".repeat(100);
    expect(rewriteEscaped(value, dollars, () => "x")).toBe(value);
    expect(rewriteEscaped("a$b", dollars, () => undefined)).toBe("a$b");
  });

  it("gives a rewrite started inside another's callback a buffer of its own", () => {
    const inner = (value: string) => rewriteEscaped(value, dollars, () => "[dollar]");
    const outer = rewriteEscaped("x$y$z", dollars, (_, index) => inner(`(${index}$)`));
    expect(outer).toBe("x(1[dollar])y(3[dollar])z");
  });

  // A text with up to eight characters to rewrite is sliced between them, one with more is rewritten in
  // one pass; both must give what a plain walk over the text gives, whatever the callback looks at.
  it("gives what a walk over the text gives, with few characters to rewrite and with many", () => {
    const characters = escapedCharacters(["$", '"']);
    const rewrite = (text: string) => (codePoint: number, index: number) =>
      codePoint === 0x24 ? (text.charCodeAt(index - 1) === 0x24 ? undefined : `<${index}>`) : codePoint === 0x22 ? "" : `\\u${hex(codePoint, 4)}`;
    const walked = (text: string) => {
      let out = "";
      for (let index = 0; index < text.length; index++) {
        const unit = text.charCodeAt(index);
        const next = text.charCodeAt(index + 1);
        if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          out += text.slice(index, index + 2);
          index++;
          continue;
        }
        const flagged = unit === 0x24 || unit === 0x22 || mustEscape(unit) || (unit >= 0xd800 && unit <= 0xdfff);
        out += (flagged ? rewrite(text)(unit, index) : undefined) ?? text[index];
      }
      return out;
    };
    const piece = fc.constantFrom("a", "bc ", "$", "$$", '"', "\n", "\u00e9", "\u2028", "\ud83d\ude00", "\ud800", "\udc00", "\u0000");
    let few = 0;
    let many = 0;
    fc.assert(
      fc.property(fc.oneof(fc.array(piece, { maxLength: 10 }), fc.array(piece, { minLength: 14, maxLength: 40 })), (pieces) => {
        const text = pieces.join("");
        const flagged = [...text.matchAll(characters.all)].length;
        if (flagged > 0 && flagged <= 8) few++;
        if (flagged > 8) many++;
        expect(rewriteEscaped(text, characters, rewrite(text))).toBe(walked(text));
      }),
      { seed: 14, numRuns: 2000 },
    );
    expect(few).toBeGreaterThan(200);
    expect(many).toBeGreaterThan(200);
  });

  it("keeps surrogate pairs and escapes lone surrogates, wherever they stand", () => {
    const lone = escapedCharacters([]);
    const show = (codePoint: number) => `<${hex(codePoint, 4)}>`;
    expect(rewriteEscaped("😀\ud800😀\udc00\ud83d", lone, show)).toBe("😀<D800>😀<DC00><D83D>");
  });
});
