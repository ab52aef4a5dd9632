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
    "    retryable: true\n    aliases: { typescript: [kNIMResFrequently], swift: [NIMRemoteErrorCodeFrequently, frequently], kotlin: [RES_EFREQUENTLY] }\n" +
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
  it("Swift: a deprecated static let renamed to the case; the lint rule off only for names not in lowerCamelCase", () => {
    expect(block("swift/StatusCode.swift", "NIMRemoteErrorCodeFrequently is")).toBe(
      [
        "    /// NIMRemoteErrorCodeFrequently is an earlier SDK's name for 416 RATE_LIMIT.",
        "    // swift-format-ignore: AlwaysUseLowerCamelCase",
        `    @available(*, deprecated, renamed: "rateLimit", message: "NIMRemoteErrorCodeFrequently is an earlier SDK's name for 416 RATE_LIMIT.")`,
        "    public static let NIMRemoteErrorCodeFrequently: StatusCode = .rateLimit",
      ].join("\n"),
    );
    expect(block("swift/StatusCode.swift", "/// frequently is")).toBe(
      [
        "    /// frequently is an earlier SDK's name for 416 RATE_LIMIT.",
        `    @available(*, deprecated, renamed: "rateLimit", message: "frequently is an earlier SDK's name for 416 RATE_LIMIT.")`,
        "    public static let frequently: StatusCode = .rateLimit",
      ].join("\n"),
    );
  });

  it("Kotlin: a deprecated @JvmField val, with DEPRECATION suppressed only when the entry it names is deprecated", () => {
    expect(block("kotlin/StatusCode.kt", "RES_EFREQUENTLY is")).toBe(
      [
        "        /** RES_EFREQUENTLY is an earlier SDK's name for 416 RATE_LIMIT. */",
        `        @Deprecated("RES_EFREQUENTLY is an earlier SDK's name for 416 RATE_LIMIT.", ReplaceWith("StatusCode.RATE_LIMIT", "statuscodes.StatusCode"))`,
        "        @JvmField",
        "        val RES_EFREQUENTLY: StatusCode = RATE_LIMIT",
      ].join("\n"),
    );
    const withDeprecatedTarget = validateSpec(spec.replace("    kind: success\n", "    kind: success\n    aliases: { kotlin: [LEGACY_OK] }\n"), "spec.yaml").model;
    const kotlinFile = renderAll(withDeprecatedTarget).find((file) => file.path === "kotlin/StatusCode.kt")?.content ?? "";
    expect(kotlinFile).toContain('@Suppress("DEPRECATION")\n        @JvmField\n        val LEGACY_OK: StatusCode = OK');
    expect(kotlinFile.match(/@Suppress/g)).toHaveLength(1);
  });

  it("JSON: aliases by target and conflicts, in the spec's order", () => {
    expect(codeEntry(rateLimit)).toContain(
      `"retryable": true, "aliases": { "typescript": ["kNIMResFrequently"], "swift": ["NIMRemoteErrorCodeFrequently", "frequently"], "kotlin": ["RES_EFREQUENTLY"] }` +
        `, "conflicts": [{ "platform": "iOS", "name": "NIMOther", "meaning": "Another | meaning" }] }`,
    );
  });

  it("Markdown: earlier names per target, and a warning for the platform that means something else", () => {
    expect(notesCell(rateLimit, model)).toBe(
      "Earlier names: `kNIMResFrequently` (TypeScript), `NIMRemoteErrorCodeFrequently` (Swift), `frequently` (Swift), `RES_EFREQUENTLY` (Kotlin).<br>" +
        "⚠️ In iOS, 416 has another meaning (`NIMOther`): Another \\| meaning.",
    );
  });

  it("the base fixture itself has no notes", () => {
    const plain = validateSpec(base, "spec.yaml").model;
    expect(plain.codes.map((code) => notesCell(code, plain))).toEqual(["", "", ""]);
  });
});
