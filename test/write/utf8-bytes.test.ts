import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { utf8Bytes } from "../../generator/write/utf8-bytes.js";

describe("utf8Bytes", () => {
  // First, while the shared buffer is the 64 KiB this file's fresh module makes (texts of up to 52,416
  // units ask for no more): texts whose bytes fill it exactly, or go one character past it, so that a text
  // cut short would show; then texts around the room a larger one asks for.
  it("gives every byte of a text that fills its buffer to the brim or just past it", () => {
    for (const value of ["—".repeat(21_846), `${"😀".repeat(16_383)}—a`, "😀".repeat(16_384), "a".repeat(65_532), "a".repeat(65_533), `${"a".repeat(65_534)}😀`]) {
      const bytes = utf8Bytes(value);
      expect(bytes.length).toBe(Buffer.byteLength(value, "utf8"));
      expect(bytes.equals(Buffer.from(value, "utf8"))).toBe(true);
    }
  });

  it("gives a text larger than the shared buffer may grow (16 MiB) bytes of its own", () => {
    const value = `${"a".repeat(1 << 24)}—`;
    const bytes = utf8Bytes(value);
    expect(bytes.equals(Buffer.from(value, "utf8"))).toBe(true);
    // Its own: the next text's bytes do not overwrite it.
    utf8Bytes("b".repeat(100));
    expect(bytes[0]).toBe(0x61);
  });

  it("gives Buffer.from's bytes for any text, lone surrogates included, whatever the shared buffer held before", () => {
    // Texts of ASCII, of characters of 2, 3 and 4 bytes, and of lone surrogates, short and long, one after
    // another: a text of 3-byte characters after an ASCII one outgrows the room the first one left.
    const unit = fc.constantFrom("a", "\n", "é", "—", "中", "😀", "\uD800", "\uDFFF", "\u0000");
    const text = fc.oneof(
      fc.string({ unit: "binary", maxLength: 40 }),
      fc.array(unit, { maxLength: 200 }).map((units) => units.join("")),
      fc.tuple(unit, fc.integer({ min: 0, max: 70_000 })).map(([char, count]) => char.repeat(count)),
    );
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (texts) => {
        for (const value of texts) expect(utf8Bytes(value).equals(Buffer.from(value, "utf8"))).toBe(true);
      }),
      { numRuns: 600 },
    );
  });
});
