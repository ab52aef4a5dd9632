import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../generator/languages/language.js";
import { objc } from "../../generator/languages/objc/language.js";
import { objcCString, objcString } from "../../generator/languages/objc/literals.js";
import { objcCategoryIdentifier, objcCodeIdentifier } from "../../generator/languages/objc/names.js";

const settings = defaultSettings(objc);

describe("objcString", () => {
  it("escapes quotes, backslashes and line breaks", () => {
    expect(objcString(`a "b" \\ c\nd\re\tf`)).toBe(`@"a \\"b\\" \\\\ c\\nd\\re\\tf"`);
  });

  it("writes controls as three-digit octal UTF-8 bytes, which C allows where \\u is forbidden, and other invisible characters as \\u", () => {
    expect(objcString("\u0001\u007f\u0085x\u00ad\u202e")).toBe(`@"\\001\\177\\302\\205x\\u00AD\\u202E"`);
    // A digit after an escape cannot join it: octal escapes take at most three.
    expect(objcString("\u00011")).toBe(`@"\\0011"`);
  });

  it("never leaves two ? side by side, so no trigraph can form", () => {
    expect(objcString("??= ??/ ? ???")).toBe(`@"?\\?= ?\\?/ ? ?\\?\\?"`);
  });

  it("keeps emoji, right-to-left text, $ and % as they are", () => {
    expect(objcString("😀 مرحبا $x %@ %s")).toBe(`@"😀 مرحبا $x %@ %s"`);
  });

  it("writes C strings, for attribute messages, with the same escapes", () => {
    expect(objcCString(`"??="\n`)).toBe(`"\\"?\\?=\\"\\n"`);
  });
});

describe("Objective-C names", () => {
  it("prefix the UpperCamelCase name with the type name, as Foundation names enumerators and constants", () => {
    expect(objcCodeIdentifier("RATE_LIMIT", settings)).toEqual({ ok: true, identifier: "StatusCodeRateLimit", source: "StatusCodeRateLimit" });
    expect(objcCodeIdentifier("YES", settings)).toEqual({ ok: true, identifier: "StatusCodeYes", source: "StatusCodeYes" });
    expect(objcCategoryIdentifier("av-call", settings)).toEqual({ ok: true, identifier: "StatusCategoryAvCall", source: "StatusCategoryAvCall" });
  });

  it("escape a name the file declares for its own type with a trailing _", () => {
    for (const name of ["NAME", "MESSAGE", "CATEGORY", "KIND", "IS_RETRYABLE", "ALL_VALUES", "ERROR_DOMAIN", "TABLE_VERSION"]) {
      const identifier = objcCodeIdentifier(name, settings);
      expect(identifier.ok && identifier.source.endsWith("_"), name).toBe(true);
    }
    expect(objcCategoryIdentifier("title", settings)).toEqual({ ok: true, identifier: "StatusCategoryTitle_", source: "StatusCategoryTitle_" });
  });

  it("refuse a name that would be another type's declaration, a keyword or Foundation's", () => {
    expect(objcCodeIdentifier("SEVERITY_ERROR", { ...settings, typeName: "Status", kindTypeName: "StatusSeverity" }).ok).toBe(false);
    expect(objcCodeIdentifier("O_O_L", { ...settings, typeName: "B" })).toMatchObject({ ok: false, reason: expect.stringContaining(`"BOOL"`) });
    expect(objcCodeIdentifier("S_STRING", { ...settings, typeName: "N" })).toMatchObject({ ok: false, reason: expect.stringContaining(`"NSString"`) });
    // A category of the shorter type name that starts like the longer one's declarations.
    expect(objcCategoryIdentifier("code-ok", { ...settings, categoryTypeName: "Status" }).ok).toBe(false);
  });

  it("make a deprecated code's attribute with clang's fix-it to its replacement", () => {
    const view = objc.codeView(
      { code: 2, name: "CLASS", category: "general", message: "m", kind: "error", retryable: false, deprecated: { since: "2.0.0", reason: "Use ok??!", replacedBy: "OK" }, aliases: {}, conflicts: [], since: undefined },
      0,
      1,
      { model: undefined as never, settings, declared: { types: {}, values: {}, members: {} } },
    );
    expect(view.deprecatedAttribute).toBe(` __attribute__((deprecated("Use ok?\\?! Deprecated since 2.0.0.", "StatusCodeOk")))`);
  });
});
