import { existsSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { beforeAll, describe, expect, it } from "vitest";
import { androidString } from "../../generator/languages/xml/language.js";
import { readAndroidString } from "../support/android-strings.js";
import { realSpec, root, runCli } from "../support/helpers.js";
import { parse } from "yaml";

/**
 * The example SDK repositories in examples/: each has its config, its templates and its generated files
 * committed, and depends on status-codegen as `file:../..` (npm links it into node_modules, as the test
 * does here). `generate --check` must find each up to date, and what each template wrote must read back.
 */

const examples = ["web-sdk", "android-sdk", "ios-sdk"];
const spec = parse(realSpec) as { codes: { code: number; name: string; message: string }[] };

beforeAll(() => {
  // What `npm install` makes of the `file:../..` dependency: a link to this package.
  for (const example of examples) {
    const link = join(root, "examples", example, "node_modules/status-codegen");
    if (existsSync(link)) continue;
    mkdirSync(join(root, "examples", example, "node_modules"), { recursive: true });
    symlinkSync("../../..", link);
  }
});

describe.each(examples)("examples/%s", (example) => {
  it("is up to date: generate --check passes there", () => {
    const result = runCli(["generate", "--check"], join(root, "examples", example));
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });
});

describe("what the examples' templates write", () => {
  it("Android: every message is a string resource that aapt2 reads back as the message", () => {
    const xml = readFileSync(join(root, "examples/android-sdk/app/src/main/res/values/status_codes.xml"), "utf8");
    const document = new DOMParser().parseFromString(xml, "text/xml");
    const strings = Array.from(document.getElementsByTagName("string"), (element) => [element.getAttribute("name"), readAndroidString(element.textContent ?? "")]);
    expect(strings).toEqual(spec.codes.sort((a, b) => a.code - b.code).map((code) => [`status_${code.name.toLowerCase()}`, code.message]));
  });

  it("Android escaping: quotes, a leading @ or ?, backslashes, line breaks, tabs and runs of spaces come back", () => {
    for (const text of [`It's "quoted"`, "@string/not_a_reference", "?attr/not_either", "a \\ b", "two\nlines\tand  a   gap", "<tags> & ampersands", "a\u202Eb", "a bell \u0007 and an escape \u001B", "50% of %s"]) {
      const document = new DOMParser().parseFromString(`<string>${androidString(text)}</string>`, "text/xml");
      expect(readAndroidString(document.documentElement?.textContent ?? "")).toBe(text);
    }
  });

  it("iOS: the String Catalog is JSON holding every message under its code", () => {
    const catalog = JSON.parse(readFileSync(join(root, "examples/ios-sdk/Sources/StatusCodes/Resources/Localizable.xcstrings"), "utf8")) as {
      sourceLanguage: string;
      strings: Record<string, { comment: string; localizations: { en: { stringUnit: { value: string } } } }>;
    };
    expect(catalog.sourceLanguage).toBe("en");
    expect(Object.entries(catalog.strings).map(([key, entry]) => [key, entry.comment, entry.localizations.en.stringUnit.value])).toEqual(
      spec.codes.sort((a, b) => a.code - b.code).map((code) => [`status.${code.code}`, code.name, code.message]),
    );
  });

  it("web: the TypeScript file names its types as the config chose", () => {
    const typescript = readFileSync(join(root, "examples/web-sdk/src/generated/status.ts"), "utf8");
    expect(typescript).toContain("export const WebStatus = {");
    expect(typescript).toContain("export function webStatusInfo(code: number): WebStatusInfo | undefined {");
  });
});
