import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { declarationsOf } from "../generator/languages/target.js";
import { defaultSettings } from "../generator/languages/language.js";
import { builtins } from "../generator/registry.js";
import { commonHelpers } from "../generator/render/common-helpers.js";
import { validateSpec } from "../generator/spec/validate.js";
import { realSpec, root } from "./support/helpers.js";

/**
 * The README's "The model a template sees" is what consumers write templates from: its tables must list
 * exactly the fields (and their types) of the TypeScript interfaces templates are rendered with, and each
 * language's helpers and code view as the registry has them.
 */

const readme = readFileSync(join(root, "README.md"), "utf8");
const section = readme.slice(readme.indexOf("### The model a template sees"), readme.indexOf("### The API"));

/** `export interface X { readonly a: T; … }` in a source file: each field's name and type text, in order. */
function interfaces(file: string): Map<string, [string, string][]> {
  const source = readFileSync(join(root, file), "utf8");
  const found = new Map<string, [string, string][]>();
  for (const match of source.matchAll(/^export interface (\w+)(?: extends [^{]+)? \{\n([\s\S]*?)^\}/gm)) {
    const fields = [...(match[2] ?? "").matchAll(/^ {2}readonly (\w+)\??: (.+);$/gm)].map((field): [string, string] => [field[1] ?? "", field[2] ?? ""]);
    found.set(match[1] ?? "", fields);
  }
  return found;
}

/** A Markdown table row's cells, `\|` read as `|`. */
function cells(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, "|"));
}

/** The tables of the section, by the bold title before each: `**CodeModel**` or `**The context**`. */
function readmeTables(): Map<string, string[][]> {
  const tables = new Map<string, string[][]>();
  let title = "";
  for (const line of section.split("\n")) {
    const heading = /^\*\*(?:`(\w+)`|([^*]+))\*\*/.exec(line);
    if (heading !== null) title = heading[1] ?? heading[2] ?? "";
    else if (line.startsWith("| ") && !line.startsWith("| ---") && !/^\| (Field|Language) \|/.test(line)) {
      tables.set(title, [...(tables.get(title) ?? []), cells(line)]);
    }
  }
  return tables;
}

/** The names in backticks in a cell, each the first word (`doc text indent` is the helper doc); what is in parentheses explains. */
function names(cell: string): string[] {
  return [...cell.replace(/\([^()]*\)/g, "").matchAll(/`([^`]+)`/g)].map((match) => (match[1] ?? "").split(" ")[0] ?? "");
}

const model = interfaces("generator/spec/model.ts");
const target = interfaces("generator/languages/target.ts");
const tables = readmeTables();
const fieldsOf = (title: string) => (tables.get(title) ?? []).map((row) => [names(row[0] ?? "")[0], /^`(.*)`$/.exec(row[1] ?? "")?.[1]]);

describe("the README's model reference", () => {
  it.each(["CodeModel", "CategoryModel", "Deprecation", "Conflict", "ReservedModel", "AliasSourceModel"])("lists %s's fields and types as model.ts declares them", (name) => {
    expect(model.get(name)).toBeDefined();
    expect(fieldsOf(name)).toEqual(model.get(name));
  });

  it("lists the context: the model's fields, those FileContext replaces left out, then FileContext's", () => {
    const file = target.get("FileContext") ?? [];
    expect(file.map(([field]) => field)).toContain("settings");
    const replaced = new Set(file.map(([field]) => field));
    const expected = [...(model.get("Model") ?? []).filter(([field]) => !replaced.has(field)), ...file];
    expect(fieldsOf("The context")).toEqual(expected);
  });

  it("spells StatusKind and SettingValues as model.ts does", () => {
    const source = readFileSync(join(root, "generator/spec/model.ts"), "utf8");
    for (const alias of ["StatusKind", "SettingValues"]) {
      const declared = new RegExp(`^export type ${alias} = (.+);$`, "m").exec(source)?.[1];
      expect(declared, alias).toBeDefined();
      expect(section).toContain(`\`${alias}\` is \`${declared}\``);
    }
  });

  it("lists every language's helpers and code view fields, and the helpers every template has", () => {
    const validated = validateSpec(realSpec, "spec/status-codes.yaml", builtins);
    const first = validated.model.codes[0];
    if (first === undefined) throw new Error("the real spec has codes");
    const rows = tables.get("Helpers and code views.") ?? [];
    expect(rows.map((row) => names(row[0] ?? "")[0])).toEqual(builtins.languages.map((language) => language.id));
    for (const language of builtins.languages) {
      const row = rows.find((candidate) => names(candidate[0] ?? "")[0] === language.id) ?? [];
      expect(names(row[1] ?? ""), `${language.id} helpers`).toEqual(Object.keys(language.helpers));
      const builtIn = builtins.targets.find((candidate) => candidate.language === language && candidate.declares !== undefined);
      const settings = defaultSettings(language);
      const declared = builtIn === undefined ? { types: {}, values: {}, members: {} } : declarationsOf(builtIn, settings);
      const view = language.codeView?.(first, 0, 1, { model: validated.model, settings, declared }) ?? {};
      expect(names(row[2] ?? ""), `${language.id} code view`).toEqual(Object.keys(view));
    }
    const common = section.slice(section.indexOf("**Helpers and code views.**"), section.indexOf("| Language |"));
    for (const helper of Object.keys(commonHelpers)) expect(common).toContain(`\`${helper} `);
  });
});
