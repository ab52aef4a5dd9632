import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { csharp, csharpDoc, csharpString, pascalCase } from "../../generator/languages/csharp/language.js";
import { heapBytes } from "../../generator/languages/csharp/string-heap.js";
import { hostileTexts } from "./conformance/hostile-texts.js";

describe("csharpString", () => {
  it("escapes quotes, backslashes and line breaks, and never writes \\x", () => {
    expect(csharpString(`a "b" \\ c\nd\re\tf`)).toBe(`"a \\"b\\" \\\\ c\\nd\\re\\tf"`);
    expect(csharpString("\u0001A")).toBe(`"\\u0001A"`);
  });

  it("writes C#'s own line breaks and noncharacters as \\u escapes, and keeps emoji as they are", () => {
    expect(csharpString("\u0085\u2028\u2029\uFFFE\uFFFF")).toBe(`"\\u0085\\u2028\\u2029\\uFFFE\\uFFFF"`);
    expect(csharpString("😀 مرحبا")).toBe(`"😀 مرحبا"`);
  });
});

describe("C# names", () => {
  it("makes PascalCase members, whatever keyword the name spells", () => {
    expect(pascalCase("RATE_LIMIT")).toBe("RateLimit");
    expect(pascalCase("HTTP_2")).toBe("Http2");
    expect(csharp.naming.code("CLASS", { typeName: "StatusCode" })).toEqual({ ok: true, identifier: "Class", source: "Class" });
  });

  it("refuses members every enum has and the enum's own name", () => {
    for (const name of ["GET_TYPE", "TO_STRING", "EQUALS", "GET_HASH_CODE", "COMPARE_TO", "HAS_FLAG", "PARSE"]) {
      expect(csharp.naming.code(name, { typeName: "StatusCode" }).ok, name).toBe(false);
    }
    expect(csharp.naming.code("STATUS_CODE", { typeName: "StatusCode" }).ok).toBe(false);
    expect(csharp.naming.code("STATUS_CODE", { typeName: "SdkError" }).ok).toBe(true);
  });
});

describe("C# legacy names", () => {
  const { former, desktop } = csharp.aliases.sources;
  const context = { settings: { typeName: "StatusCode" }, names: [] };

  it("spells the desktop SDKs' names as NIM.ResponseCode does, a keyword with @, and former names as codes are", () => {
    expect(desktop("kNIMResFrequently", context)).toEqual({ ok: true, identifier: "kNIMResFrequently", source: "kNIMResFrequently" });
    expect(desktop("default", context)).toEqual({ ok: true, identifier: "default", source: "@default" });
    expect(former("RATE_LIMIT", context)).toEqual({ ok: true, identifier: "RateLimit", source: "RateLimit" });
  });

  it("refuses what no enum member can be named: a member every enum has, value__, the enum's own name", () => {
    for (const name of ["GetType", "ToString", "HasFlag", "value__", "StatusCode"]) expect(desktop(name, context).ok, name).toBe(false);
    expect(former("GET_TYPE", context).ok).toBe(false);
  });
});

describe("csharpDoc", () => {
  /** The comment's XML as the compiler hands it to documentation tools: `///` and one space dropped. */
  const xmlOf = (comment: string) => comment.split("\n").map((line) => line.trim().replace(/^\/\/\/ ?/, "")).join("\n");

  it("is well-formed XML whose summary reads back as the text shows it, for every hostile text", () => {
    for (const text of hostileTexts.filter((candidate) => candidate.trim() !== "")) {
      const errors: string[] = [];
      const parser = new DOMParser({ onError: (level, message) => void errors.push(`${level}: ${message}`) });
      const document = parser.parseFromString(`<doc>${xmlOf(csharpDoc(text, "    "))}</doc>`, "text/xml");
      expect(errors, JSON.stringify(text)).toEqual([]);
      const summary = document.getElementsByTagName("summary")[0]?.textContent ?? "";
      // Line breaks become comment lines; characters that must not stand raw show as \uXXXX, tabs as spaces.
      const shown = text.replace(/\r\n|\r/g, "\n").replace(/\t/g, " ").replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
      expect(summary.trim(), JSON.stringify(text)).toBe(shown.trim());
    }
  });

  it("escapes markup, so no message can close the summary or open a tag", () => {
    expect(csharpDoc("</summary><b>& ]]>", "")).toBe("/// <summary>&lt;/summary&gt;&lt;b&gt;&amp; ]]&gt;</summary>");
  });
});

describe("the user-string heap", () => {
  it("counts UTF-16 bytes, a closing byte and the length prefix", () => {
    expect(heapBytes("OK")).toBe(1 + 5);
    expect(heapBytes("x".repeat(10_000))).toBe(4 + 20_001);
  });
});
