import { describe, expect, it } from "vitest";
import { count, headingSlugs, markdownInline, markdownParagraph } from "../../generator/languages/markdown/language.js";

describe("markdownInline", () => {
  it("leaves ordinary text alone", () => {
    expect(markdownInline("Audio & video calls (joining from other ends).")).toBe(
      "Audio & video calls (joining from other ends).",
    );
  });

  it("backslash-escapes every character that starts markup", () => {
    expect(markdownInline("a|b *c* _d_ `e` [f] <script> ~g~ $h$ #i \\j")).toBe(
      "a\\|b \\*c\\* \\_d\\_ \\`e\\` \\[f\\] \\<script\\> \\~g\\~ \\$h\\$ \\#i \\\\j",
    );
  });

  it("escapes an & that would start an entity", () => {
    expect(markdownInline("&amp; &copy")).toBe("\\&amp; &copy");
    expect(markdownInline("&#65;")).toBe("\\&\\#65;");
  });

  it("turns line breaks into <br> so a table row stays on one line", () => {
    expect(markdownInline("a\nb\r\nc\rd")).toBe("a<br>b<br>c<br>d");
  });

  it("writes tabs and invisible characters as numeric references", () => {
    expect(markdownInline("a\u0001b\u202e\tc")).toBe("a&#x1;b&#x202E;&#x9;c");
  });

  it("keeps URLs and e-mail addresses from becoming links", () => {
    expect(markdownInline("see https://example.com or mail help@example.com @all")).toBe(
      "see https\\://example.com or mail help\\@example.com @all",
    );
  });
});

describe("markdownParagraph", () => {
  it("cannot start a list, a heading or a thematic break", () => {
    expect(markdownParagraph("- item")).toBe("\\- item");
    expect(markdownParagraph("+ item")).toBe("\\+ item");
    expect(markdownParagraph("1. item")).toBe("1\\. item");
    expect(markdownParagraph("2) item")).toBe("2\\) item");
    expect(markdownParagraph("# title")).toBe("\\# title");
    expect(markdownParagraph("text - 1. x")).toBe("text - 1. x");
  });
});

describe("headingSlugs", () => {
  it("skips a numbered slug that another heading already has", () => {
    expect(headingSlugs(["Foo", "Foo 1", "Foo", "Foo"])).toEqual(["foo", "foo-1", "foo-2", "foo-3"]);
  });

  it("follows GitHub's anchors, numbering repeats", () => {
    expect(headingSlugs(["Audio & video calls", "Chat room", "Chat room", "Ünïcode_ok!"])).toEqual([
      "audio--video-calls",
      "chat-room",
      "chat-room-1",
      "ünïcode_ok",
    ]);
  });

  // ASCII titles take a class of ASCII alone; each character must fare as under Unicode's categories.
  it("keeps and drops each ASCII character as GitHub's Unicode categories do", () => {
    const titles = Array.from({ length: 128 }, (_, unit) => `a${String.fromCharCode(unit)}B`);
    const unicode = (title: string) => title.replace(/\r\n|\r|\n/g, "").toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "").replace(/ /g, "-");
    // One title at a time, so that no slug is numbered for an earlier one.
    expect(titles.map((title) => headingSlugs([title])[0])).toEqual(titles.map(unicode));
    // The Kelvin sign lower-cases to an ASCII k.
    expect(headingSlugs(["\u212A!"])).toEqual(["k"]);
  });
});

describe("count", () => {
  it("chooses singular or plural", () => {
    expect(count(1, "code", "codes")).toBe("1 code");
    expect(count(0, "code", "codes")).toBe("0 codes");
    expect(count(71, "category", "categories")).toBe("71 categories");
  });
});
