import { describe, expect, it } from "vitest";
import { go, goAliasParts, goConstant, goConstantDoc, goDoc, goMixedCaps, goString } from "../../generator/languages/go/language.js";
import type { AliasSpelling } from "../../generator/languages/language.js";
import { legacyNames } from "../../generator/languages/legacy-names.js";
import { validateSpec } from "../../generator/spec/validate.js";
import { edit } from "../spec/bad-specs.js";
import type { CodeModel } from "../../generator/spec/model.js";

describe("goString", () => {
  it("escapes quotes, backslashes and line breaks", () => {
    expect(goString(`a "b" \\ c\nd\re\tf`)).toBe(`"a \\"b\\" \\\\ c\\nd\\re\\tf"`);
  });

  it("writes controls, bidirectional overrides and the BOM as four-digit \\u escapes", () => {
    expect(goString("\u0000\u0001\u007f\u202e\ufeff")).toBe(`"\\u0000\\u0001\\u007F\\u202E\\uFEFF"`);
  });

  it("keeps emoji, right-to-left text, backticks and % as they are (Go source is UTF-8)", () => {
    expect(goString("😀 مرحبا `raw` %v")).toBe(`"😀 مرحبا \`raw\` %v"`);
  });
});

describe("Go constants", () => {
  it("are exported MixedCaps with Go's initialisms", () => {
    expect(goMixedCaps("RATE_LIMIT")).toBe("RateLimit");
    expect(goMixedCaps("IP_NOT_ALLOWED")).toBe("IPNotAllowed");
    expect(goMixedCaps("SMS_VERIFICATION_FAILED")).toBe("SMSVerificationFailed");
    expect(goMixedCaps("DUPLICATE_HTTP_REQUEST")).toBe("DuplicateHTTPRequest");
    expect(goMixedCaps("SIGNAL_UID_CONFLICT")).toBe("SignalUIDConflict");
    expect(goMixedCaps("OK")).toBe("OK");
    expect(goMixedCaps("HTTP_2")).toBe("HTTP2");
    expect(goMixedCaps("X_1_2_3")).toBe("X123");
  });

  it("are written after the code type's name when the package declares the name already", () => {
    for (const [name, constant] of [["CODE", "CodeCode"], ["INFO", "CodeInfo"], ["ALL", "CodeAll"], ["LOOKUP", "CodeLookup"], ["TABLE_VERSION", "CodeTableVersion"], ["CATEGORIES", "CodeCategories"], ["CATEGORY_INFO", "CodeCategoryInfo"]]) {
      expect(goConstant(name ?? "")).toEqual({ ok: true, identifier: constant, source: constant });
    }
    // Keywords and predeclared names are lower case; an exported constant never is one.
    expect(go.naming.code("STRING")).toEqual({ ok: true, identifier: "String", source: "String" });
    expect(go.naming.code("RANGE")).toEqual({ ok: true, identifier: "Range", source: "Range" });
  });
});

describe("Go doc comments", () => {
  const code = (fields: Partial<CodeModel>): CodeModel =>
    ({ code: 416, name: "RATE_LIMIT", category: "general", message: "Rate upper limit is reached.", kind: "error", retryable: true, aliases: {}, conflicts: [], ...fields }) as CodeModel;

  it("start with the constant's name, its number and the message", () => {
    expect(goConstantDoc(code({}), "RateLimit")).toBe("// RateLimit (416): Rate upper limit is reached.");
  });

  it("show a message of several lines as the literal holding it, so gofmt and go doc read no structure into it", () => {
    expect(goConstantDoc(code({ message: "One\n\nDeprecated: no\n  indented" }), "RateLimit")).toBe(`// RateLimit (416): "One\\n\\nDeprecated: no\\n  indented"`);
  });

  it("give since, and a Deprecated paragraph naming the replacement's constant", () => {
    const deprecated = code({ since: "1.1.0", deprecated: { since: "2.0.0", reason: "Use the new limit", replacedBy: "HTTP_LIMIT" } });
    expect(goConstantDoc(deprecated, "RateLimit")).toBe(
      [
        "// RateLimit (416): Rate upper limit is reached.",
        "\t//",
        "\t// Added in version 1.1.0 of the table.",
        "\t//",
        "\t// Deprecated: Use the new limit. Deprecated since 2.0.0. Use HTTPLimit instead.",
      ].join("\n"),
    );
  });

  it("quote a text that would start a heading, a link definition or a deprecation on its own", () => {
    expect(goDoc("A title", "")).toBe("// A title");
    expect(goDoc("# Heading", "")).toBe('// "# Heading"');
    expect(goDoc("[x]: https://example.com", "")).toBe('// "[x]: https://example.com"');
    expect(goDoc("Deprecated: no", "")).toBe('// "Deprecated: no"');
    expect(goDoc(" padded ", "")).toBe('// " padded "');
    expect(goDoc("tab\there \u202e", "")).toBe("// tab here \\u202E");
  });
});

describe("Go legacy names", () => {
  const former: AliasSpelling = go.aliases.sources.former;
  const spell = (name: string) => former(name, { settings: {}, names: [name] });

  it("carry only the table's former names, no vendor SDK having Go names of its own", () => {
    expect(Object.keys(go.aliases.sources)).toEqual(["former"]);
  });

  it("spell a former name as a code's, prefixed where the package declares the name", () => {
    expect(spell("OLD_CLASS")).toEqual({ ok: true, identifier: "OldClass", source: "OldClass" });
    expect(spell("REPEAT")).toEqual({ ok: true, identifier: "Repeat", source: "Repeat" });
    expect(spell("USER_ID")).toEqual({ ok: true, identifier: "UserID", source: "UserID" });
    expect(spell("ALL")).toEqual({ ok: true, identifier: "CodeAll", source: "CodeAll" });
    expect(spell("INFO")).toEqual({ ok: true, identifier: "CodeInfo", source: "CodeInfo" });
  });

  it("accept codes named like Info's fields and Code's method: the constants are the package's, not the type's", () => {
    const spec = edit("name: RATE_LIMIT", "name: STRING").replace("name: TEAM_MEMBER_LIMIT", "name: MESSAGE").replace("    retryable: true\n", "    retryable: true\n    aliases: { former: [NAME, KIND] }\n");
    const { model } = validateSpec(spec, "spec.yaml");
    expect(legacyNames(model, go, {}).map((legacy) => legacy.identifier)).toEqual(["Name", "Kind"]);
  });

  it("are constants of the code type equal to the code's, each deprecated with the alias's message", () => {
    const { model } = validateSpec(edit("    retryable: true\n", "    retryable: true\n    aliases: { former: [SPEED_LIMIT] }\n"), "spec.yaml");
    const [legacy] = legacyNames(model, go, {});
    expect(legacy === undefined ? undefined : goAliasParts(legacy)).toEqual({
      alias: "SpeedLimit",
      canonical: "RateLimit",
      aliasDoc: [
        "// SpeedLimit (416) is RateLimit by an earlier name.",
        "\t//",
        "\t// Deprecated: SpeedLimit is a name from earlier versions of this table (SPEED_LIMIT) for 416 RATE_LIMIT. Use RateLimit instead.",
      ].join("\n"),
    });
  });
});
