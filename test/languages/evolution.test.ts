import { describe, expect, it } from "vitest";
import { kotlinEntryHead } from "../../generator/languages/kotlin/language.js";
import { swiftCaseHead } from "../../generator/languages/swift/language.js";
import { tsCodeDoc } from "../../generator/languages/typescript/language.js";
import { codeEntry } from "../../generator/languages/json/json-target.js";
import { notesCell } from "../../generator/languages/markdown/language.js";
import { renderAll } from "../../generator/render/render.js";
import { validateSpec } from "../../generator/spec/validate.js";
import { base, edit } from "../spec/bad-specs.js";

/** The base fixture at 1.2.0: OK introduced in 1.1.0 and deprecated in favour of RATE_LIMIT, which has aliases and a conflict. */
const spec = edit("version: 1.0.0", "version: 1.2.0")
  .replace("    kind: success\n", `    kind: success\n    since: 1.1.0\n    deprecated: { since: 1.2.0, reason: "Say \\"done\\" $x */", replacedBy: RATE_LIMIT }\n`)
  .replace(
    "    retryable: true\n",
    "    retryable: true\n    aliases: { android: [RES_EFREQUENTLY], ios: [NIMRemoteErrorCodeFrequently], desktop: [kNIMResFrequently], former: [RATE_LIMITED_OLD] }\n" +
      "    conflicts: [{ platform: iOS, name: NIMOther, meaning: Another | meaning }]\n",
  );
const { model } = validateSpec(spec, "spec.yaml");
const [ok, rateLimit] = model.codes as [(typeof model.codes)[number], (typeof model.codes)[number]];
const kotlinCodeType = { packageName: model.settings.languages["kotlin"]?.["package"] ?? "", typeName: "StatusCode" };

/** The lines of the file a target renders for the spec above, from the first line containing `from` to the first blank line or closing brace after it. */
function block(path: string, from: string): string {
  const content = renderAll(model).find((file) => file.path === path)?.content ?? "";
  const lines = content.split("\n");
  const start = lines.findIndex((line) => line.includes(from));
  const end = lines.findIndex((line, index) => index > start && (line.trim() === "" || line.trim() === "}"));
  return lines.slice(start, end).join("\n");
}

describe("deprecations", () => {
  it("TypeScript: @since and @deprecated with a link to the replacement, the reason kept inside the comment", () => {
    expect(tsCodeDoc(ok, "StatusCode")).toBe(
      [
        "/**",
        "   * The operation succeeded.",
        "   *",
        "   * @since 1.1.0",
        `   * @deprecated Say "done" $x *\\/. Deprecated since 1.2.0. Use {@link StatusCode.RATE_LIMIT} instead.`,
        "   */",
      ].join("\n"),
    );
  });

  it("Swift: a - Since: callout and @available(*, deprecated, renamed:, message:) on the case", () => {
    expect(swiftCaseHead(ok)).toBe(
      [
        "/// The operation succeeded.",
        "    ///",
        "    /// - Since: 1.1.0",
        `    @available(*, deprecated, renamed: "rateLimit", message: "Say \\"done\\" $x */. Deprecated since 1.2.0.")`,
      ].join("\n"),
    );
    expect(swiftCaseHead(rateLimit)).toBe("/// Rate upper limit is reached.");
  });

  it("Kotlin: @since in the KDoc and @Deprecated with ReplaceWith and its import", () => {
    expect(kotlinEntryHead(ok, kotlinCodeType)).toBe(
      [
        "/**",
        "     * The operation succeeded.",
        "     *",
        "     * @since 1.1.0",
        "     */",
        `    @Deprecated("Say \\"done\\" \\$x */. Deprecated since 1.2.0.", ReplaceWith("StatusCode.RATE_LIMIT", "statuscodes.StatusCode"))`,
      ].join("\n"),
    );
  });

  it("JSON: since and deprecated carried as fields, and nothing for a code without them", () => {
    expect(codeEntry(ok)).toBe(
      `{ "code": 200, "name": "OK", "category": "general", "message": "The operation succeeded.", "kind": "success", "retryable": false, ` +
        `"since": "1.1.0", "deprecated": { "since": "1.2.0", "reason": "Say \\"done\\" $x */", "replacedBy": "RATE_LIMIT" } }`,
    );
  });

  it("Markdown: the note says since when, why, and what replaces it with its number", () => {
    expect(notesCell(ok, model)).toBe("Since 1.1.0.<br>**Deprecated** since 1.2.0: Say \"done\" \\$x \\*/. Use `RATE_LIMIT` (416) instead.");
  });
});

describe("legacy names and conflicts", () => {
  it("Swift: deprecated static lets renamed to the case, the iOS name as Swift imported it, the former name cased", () => {
    expect(block("swift/StatusCode.swift", "/// frequently is")).toBe(
      [
        "    /// frequently is a name from the iOS SDK (NIMRemoteErrorCodeFrequently) for 416 RATE_LIMIT.",
        `    @available(*, deprecated, renamed: "rateLimit", message: "frequently is a name from the iOS SDK (NIMRemoteErrorCodeFrequently) for 416 RATE_LIMIT.")`,
        "    public static let frequently: StatusCode = .rateLimit",
      ].join("\n"),
    );
    expect(block("swift/StatusCode.swift", "/// rateLimitedOld is")).toBe(
      [
        "    /// rateLimitedOld is a name from earlier versions of this table (RATE_LIMITED_OLD) for 416 RATE_LIMIT.",
        `    @available(*, deprecated, renamed: "rateLimit", message: "rateLimitedOld is a name from earlier versions of this table (RATE_LIMITED_OLD) for 416 RATE_LIMIT.")`,
        "    public static let rateLimitedOld: StatusCode = .rateLimit",
      ].join("\n"),
    );
    // Former names first, then the iOS SDK's: the language's order of sources, not the spec's order of keys.
    const swiftFile = renderAll(model).find((file) => file.path === "swift/StatusCode.swift")?.content ?? "";
    expect(swiftFile.indexOf("let rateLimitedOld")).toBeLessThan(swiftFile.indexOf("let frequently"));
  });

  it("Kotlin: the Android name a deprecated Short const, a former name a deprecated @JvmField val, with DEPRECATION suppressed only when the entry it names is deprecated", () => {
    expect(block("kotlin/StatusCode.kt", "RES_EFREQUENTLY is")).toBe(
      [
        "        /** RES_EFREQUENTLY is a name from the Android SDK for 416 RATE_LIMIT. */",
        `        @Deprecated("RES_EFREQUENTLY is a name from the Android SDK for 416 RATE_LIMIT.")`,
        "        const val RES_EFREQUENTLY: Short = 416",
      ].join("\n"),
    );
    expect(block("kotlin/StatusCode.kt", "RATE_LIMITED_OLD is")).toBe(
      [
        "        /** RATE_LIMITED_OLD is a name from earlier versions of this table for 416 RATE_LIMIT. */",
        `        @Deprecated("RATE_LIMITED_OLD is a name from earlier versions of this table for 416 RATE_LIMIT.", ReplaceWith("StatusCode.RATE_LIMIT", "statuscodes.StatusCode"))`,
        "        @JvmField",
        "        val RATE_LIMITED_OLD: StatusCode = RATE_LIMIT",
      ].join("\n"),
    );
    const withDeprecatedTarget = validateSpec(spec.replace("    kind: success\n", "    kind: success\n    aliases: { former: [LEGACY_OK] }\n"), "spec.yaml").model;
    const kotlinFile = renderAll(withDeprecatedTarget).find((file) => file.path === "kotlin/StatusCode.kt")?.content ?? "";
    expect(kotlinFile).toContain('@Suppress("DEPRECATION")\n        @JvmField\n        val LEGACY_OK: StatusCode = OK');
    expect(kotlinFile.match(/@Suppress/g)).toHaveLength(1);
  });

  it("JSON: aliases by source, in the registry's order of sources, and conflicts in the spec's order", () => {
    expect(codeEntry(rateLimit)).toContain(
      `"retryable": true, "aliases": { "former": ["RATE_LIMITED_OLD"], "desktop": ["kNIMResFrequently"], "ios": ["NIMRemoteErrorCodeFrequently"], "android": ["RES_EFREQUENTLY"] }` +
        `, "conflicts": [{ "platform": "iOS", "name": "NIMOther", "meaning": "Another | meaning" }] }`,
    );
  });

  it("Markdown: earlier names with where they come from, and a warning for the platform that means something else", () => {
    expect(notesCell(rateLimit, model)).toBe(
      "Earlier names: `RATE_LIMITED_OLD` (earlier versions of this table), `kNIMResFrequently` (the desktop SDKs), `NIMRemoteErrorCodeFrequently` (the iOS SDK), `RES_EFREQUENTLY` (the Android SDK).<br>" +
        "⚠️ In iOS, 416 has another meaning (`NIMOther`): Another \\| meaning.",
    );
  });

  it("the base fixture itself has no notes", () => {
    const plain = validateSpec(base, "spec.yaml").model;
    expect(plain.codes.map((code) => notesCell(code, plain))).toEqual(["", "", ""]);
  });
});
