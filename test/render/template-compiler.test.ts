import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";
import { describe, expect, it } from "vitest";
import { strictArguments, field, fieldHelper, strictHelper } from "../../generator/render/strict-arguments.js";
import { compileTemplate } from "../../generator/render/template-compiler.js";
import { bindCompiled, type CompiledTemplate } from "../../generator/render/template-runtime.js";
import { eachForLargeLists } from "../../generator/render/each-for-large-lists.js";
import { templateOptions } from "../../generator/render/render.js";
import { root } from "../support/helpers.js";

/** An environment like render.ts makes: strict `each`, `field`, and one text helper. */
function environment() {
  const env = Handlebars.create();
  env.registerHelper("upper", strictHelper("upper", (text: string) => text.toUpperCase()));
  env.registerHelper("pair", strictHelper("pair", (a: string, b: string) => `${a}/${b}`));
  env.registerHelper("each", eachForLargeLists(env));
  env.registerHelper(fieldHelper, field as Handlebars.HelperDelegate);
  return env;
}

/** What the template gives, or the error it throws, as [value, message, line, column]. */
function outcome(render: () => string): [string | undefined, string | undefined, number | undefined, number | undefined] {
  try {
    return [render(), undefined, undefined, undefined];
  } catch (error) {
    const located = error as Error & { lineNumber?: number; column?: number; line?: number };
    return [undefined, located.message, located.lineNumber ?? located.line, located.column];
  }
}

/** The compiled template and Handlebars' own, on the same context. */
function both(source: string, context: unknown) {
  const env = environment();
  const code = compileTemplate(strictArguments(Handlebars.parse(source)));
  if (code === undefined) throw new Error(`not compiled: ${source}`);
  const compiled = bindCompiled(new Function(`return ${code}`)() as CompiledTemplate, env);
  const handlebars = env.compile(strictArguments(Handlebars.parse(source)), templateOptions);
  return { ours: outcome(() => compiled(context)), theirs: outcome(() => handlebars(context)) };
}

const context = {
  zero: 0,
  one: 1,
  two: 2,
  empty: "",
  none: [],
  text: "x",
  items: [{ name: "a", n: 1 }, { name: "b", n: 0 }],
  words: ["p", "q"],
  nested: { deep: { value: "v" } },
  unset: undefined,
  nothing: null,
  flag: false,
};

describe("the template compiler", () => {
  it("compiles every built-in template (none falls back to Handlebars' runtime)", () => {
    const folders = ["templates", "templates/npm"];
    const sources = folders.flatMap((folder) => readdirSync(join(root, folder)).filter((file) => file.endsWith(".hbs")).map((file) => join(root, folder, file)));
    expect(sources.length).toBeGreaterThan(20);
    for (const file of sources) expect(compileTemplate(strictArguments(Handlebars.parse(readFileSync(file, "utf8")))), file).toBeDefined();
  });

  it("leaves to Handlebars what it does not cover", () => {
    for (const source of ["{{upper text a=1}}", "{{#each items as |item|}}{{item.name}}{{/each}}", "{{#each items}}{{../text}}{{/each}}", "{{> partial}}", "{{#upper text}}x{{/upper}}"]) {
      expect(compileTemplate(strictArguments(Handlebars.parse(source))), source).toBeUndefined();
    }
  });

  it.each([
    ["text and fields", "a {{text}} b {{one}}\n"],
    ["two numbers side by side (Handlebars adds them)", "{{one}}{{two}}"],
    ["a number then text", "{{one}}-{{two}}"],
    ["falsy values", "[{{zero}}][{{empty}}][{{flag}}][{{none}}]"],
    ["a dotted field", "{{nested.deep.value}}"],
    ["a helper with a field and a subexpression", "{{pair text (upper nested.deep.value)}}"],
    ["each with @index, @first, @last and @root", "{{#each items}}{{@index}}{{name}}{{#if @first}}F{{/if}}{{#if @last}}L{{/if}}{{@root.text}};{{/each}}"],
    ["each over texts, this", "{{#each words}}<{{this}}>{{/each}}"],
    ["a block of one bare field", "{{#each items}}{{n}}{{/each}}"],
    ["each over an empty list, with else", "{{#each none}}x{{else}}empty{{/each}}"],
    ["if and unless with else, on 0 and empty", "{{#if zero}}y{{else}}n{{/if}}{{#unless empty}}u{{else}}v{{/unless}}{{#if none}}l{{/if}}"],
    ["whitespace control and standalone blocks", "a\n  {{~#each words~}}\n  {{this}}\n{{~/each}}\nb\n{{#if one}}\nline\n{{/if}}\n"],
    ["a comment", "x{{! hidden }}y"],
    ["a field that is not there", "line\n  {{nope}}"],
    ["a dotted field that is not there", "{{nested.deep.nope}}"],
    ["a field that is not set, to a helper", "{{upper unset}}"],
    ["a list to a helper", "{{upper items}}"],
    ["@root's field that is not there", "{{@root.nope}}"],
  ])("renders %s as Handlebars does", (_, source) => {
    const { ours, theirs } = both(source, context);
    expect(ours).toEqual(theirs);
  });
});
