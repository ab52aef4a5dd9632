import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { c, cConstant } from "../../generator/languages/c/language.js";
import { cDoc, cDocText } from "../../generator/languages/c/doc.js";
import { cCharArray, cString, fitForLiteral, maxLiteralBytes, needsCharArray } from "../../generator/languages/c/literals.js";
import { base } from "../spec/bad-specs.js";
import { runCli, temporaryDir } from "../support/helpers.js";
import { cToolchain, withToolchain } from "../toolchains/toolchains.js";
import { exec, printedLines } from "../compile/run-command.js";

describe("cString", () => {
  it("writes printable ASCII as it is, and escapes quotes, backslashes and line breaks", () => {
    expect(cString("Rate upper limit is reached.")).toBe(`"Rate upper limit is reached."`);
    expect(cString(`a "b" \\ c\nd\re\tf`)).toBe(`"a \\"b\\" \\\\ c\\nd\\re\\tf"`);
  });

  it("breaks every trigraph with \\?, however many question marks run together", () => {
    expect(cString("??= ??/ ??' ??( ??) ??! ??< ??> ??-")).toBe(`"?\\?= ?\\?/ ?\\?' ?\\?( ?\\?) ?\\?! ?\\?< ?\\?> ?\\?-"`);
    expect(cString("what???=")).toBe(`"what?\\?\\?="`);
    expect(cString("one? two?")).toBe(`"one? two?"`);
  });

  it("writes controls and each UTF-8 byte of other characters as three-digit octal, so no digit after one is swallowed", () => {
    expect(cString("\u0000\u0001\u007f")).toBe(`"\\000\\001\\177"`);
    expect(cString("éabc é123")).toBe(`"\\303\\251abc \\303\\251123"`);
    expect(cString("😀F")).toBe(`"\\360\\237\\230\\200F"`);
    expect(cString("\u202eevil")).toBe(`"\\342\\200\\256evil"`);
  });
});

describe("texts too long for one C99 literal", () => {
  it("need an array past 4,095 bytes of UTF-8, not characters", () => {
    expect(needsCharArray("a".repeat(maxLiteralBytes))).toBe(false);
    expect(needsCharArray("a".repeat(maxLiteralBytes + 1))).toBe(true);
    expect(needsCharArray("é".repeat(2048))).toBe(true);
    expect(needsCharArray("é".repeat(2047))).toBe(false);
  });

  it("are written as character constants ending with NUL, sixteen to a line", () => {
    expect(cCharArray("a'\\é?", "    ")).toBe("    'a', '\\'', '\\\\', '\\303', '\\251', '?', '\\000',");
    expect(cCharArray("x".repeat(16), "  ").split("\n")).toEqual([`  ${Array(16).fill("'x'").join(", ")},`, "  '\\000',"]);
  });

  it("are cut at a character, with an ellipsis, where one literal must hold them", () => {
    const cut = fitForLiteral("😀".repeat(2000));
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(maxLiteralBytes);
    expect(cut).toBe(`${"😀".repeat(1023)}…`);
    expect(fitForLiteral("short")).toBe("short");
  });
});

describe("C doc comments", () => {
  it("cannot be closed, nested, spliced by a trigraph or turned into a Doxygen command", () => {
    expect(cDocText("a */ b /* c")).toBe("a *\\/ b /\\* c");
    expect(cDocText("ends with ??/")).toBe("ends with ?\\?/");
    expect(cDocText("@deprecated \\brief")).toBe("\\@deprecated \\\\brief");
    expect(cDocText("zero\u200bwidth")).toBe("zero\\u200Bwidth");
    expect(cDoc("one\ntwo", "    ", [["since", "1.0.0"]])).toBe("/**\n     * one\n     * two\n     *\n     * @since 1.0.0\n     */");
  });
});

describe("C names", () => {
  it("are the prefix in capitals and the name with each run of underscores made one", () => {
    expect(cConstant("RATE_LIMIT", { prefix: "status_code" })).toEqual({ ok: true, identifier: "STATUS_CODE_RATE_LIMIT", source: "STATUS_CODE_RATE_LIMIT" });
    expect(cConstant("FOO__BAR_", { prefix: "sdk" })).toEqual({ ok: true, identifier: "SDK_FOO_BAR", source: "SDK_FOO_BAR" });
    expect(c.settings.fields.prefix.default).toBe("status_code");
  });
});

describe("the C output at C99's translation limits", () => {
  withToolchain(cToolchain(), "compiles with gcc -std=c99 -pedantic -Werror and holds category texts and deprecation reasons longer than one literal may be", async () => {
    const dir = temporaryDir();
    const description = `${"é".repeat(3000)} ??/`;
    const reason = "Long ??= reason.".repeat(500);
    const spec = base
      .replace(/description: Team codes\./, `description: ${JSON.stringify(description)}`)
      .replace("    kind: success\n", `    kind: success\n    deprecated: { since: 1.0.0, reason: ${JSON.stringify(reason)} }\n`);
    writeFileSync(join(dir, "spec.yaml"), spec);
    expect(runCli(["generate", "--spec", join(dir, "spec.yaml"), "--out", join(dir, "out")]).code).toBe(0);
    writeFileSync(
      join(dir, "main.c"),
      [
        "#include <stdio.h>",
        "#include <string.h>",
        '#include "status_codes.h"',
        "int main(void)",
        "{",
        '    printf("[%d, %d]\\n", (int)strlen(status_code_category_table[1].description), (int)(status_code_find(200) != NULL));',
        "    return 0;",
        "}",
        "",
      ].join("\n"),
    );
    const compile = await exec("gcc", ["-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic", "-I", join(dir, "out/c"), "-o", join(dir, "main"), join(dir, "main.c"), join(dir, "out/c/status_codes.c")]);
    expect(compile.ok ? "" : compile.failure).toBe("");
    expect(printedLines(await exec(join(dir, "main"), []))).toEqual([[Buffer.byteLength(description), 1]]);
  });
});
