import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
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
  env.registerHelper("three", strictHelper("three", (a: string, b: string, c: string) => `${a}${b}${c}`));
  env.registerHelper("picky", strictHelper("picky", (text: string) => {
    if (text === "x") throw new Error("no x, please");
    return `<${text}>`;
  }));
  env.registerHelper("show", strictHelper("show", (value: unknown) => JSON.stringify(value), true));
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
  inherited: Object.create({ fromPrototype: "p" }) as object,
  called: () => "called",
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
    ["a helper of three arguments", "{{three text text (upper text)}}"],
    ["a helper given too few arguments", "{{pair text}}"],
    ["a helper given too many arguments", "{{upper text text}}"],
    ["a helper that fails on what it is given", "{{picky empty}}{{picky text}}"],
    ["a helper's second argument not set", "{{pair text unset}}"],
    ["a helper's first argument not set and its second a list", "{{pair unset items}}"],
    ["a helper's second argument an object", "{{pair text nested}}"],
    ["a helper that takes anything, given a list", "{{show items}}"],
    ["a field of a text", "{{text.length}}{{#each words}}{{this.length}}{{/each}}"],
    ["a field of a field that is not set", "{{unset.value}}"],
    ["a field of a field that is null", "{{nothing.value}}"],
    ["a field the context inherits", "[{{inherited.fromPrototype}}]"],
    ["a bare field the context inherits", "{{#each words}}{{length}}{{/each}}{{#with inherited}}{{fromPrototype}}{{/with}}"],
    ["a field that holds a function", "{{called}}"],
    ["a field of each item, and one an item lacks", "{{#each items}}{{name}}{{n}}{{/each}}{{#each words}}{{name}}{{/each}}"],
    ["two dotted fields to one helper", "{{pair nested.deep.value words.length}}{{pair (upper nested.deep.value) nested.deep.value}}"],
    ["a helper that does not exist, given a field that does not either", "{{nohelper nope}}"],
    ["a helper that does not exist, inside another's argument", "{{upper (nohelper nope)}}"],
  ])("renders %s as Handlebars does", (_, source) => {
    const { ours, theirs } = both(source, context);
    expect(ours).toEqual(theirs);
  });

  it("calls a helper that fails once, and reads a field that holds a function once, as Handlebars does", () => {
    const source = "{{called}}{{#each words}}{{counted this}}{{/each}}";
    const code = compileTemplate(strictArguments(Handlebars.parse(source)));
    if (code === undefined) throw new Error("not compiled");
    // Each render gets its own helper and context, counting its calls and reads.
    const run = (make: (env: typeof Handlebars) => (context: unknown) => string) => {
      const calls: string[] = [];
      let reads = 0;
      const env = environment();
      env.registerHelper("counted", strictHelper("counted", (word: string) => {
        calls.push(word);
        if (word === "q") throw new Error("no q");
        return word;
      }));
      const context = { words: ["p", "q"], get called() {
        reads++;
        return () => "called";
      } };
      return { outcome: outcome(() => make(env)(context)), calls, reads, second: outcome(() => make(env)({ words: ["p"], called: "plain" })) };
    };
    const ours = run((env) => bindCompiled(new Function(`return ${code}`)() as CompiledTemplate, env));
    const theirs = run((env) => env.compile(strictArguments(Handlebars.parse(source)), templateOptions));
    expect(ours).toEqual(theirs);
    expect(ours.calls).toEqual(["p", "q", "p"]);
    expect(ours.reads).toBe(1);
    expect(ours.outcome[1]).toContain("no q");
  });

  it("keeps nothing of a context once a render is done, though the bound template is kept for the next", async () => {
    setFlagsFromString("--expose-gc");
    const collect = runInNewContext("gc") as () => void;
    // A block inside each row: the runtime reuses the row's program, which holds the data, and the data the context.
    const source = "{{#each items}}{{#if n}}{{name}}{{/if}}{{/each}}";
    const code = compileTemplate(strictArguments(Handlebars.parse(source)));
    if (code === undefined) throw new Error("not compiled");
    const render = bindCompiled(new Function(`return ${code}`)() as CompiledTemplate, environment());
    const rendered = (() => {
      const context = { items: [{ name: "a", n: 1 }, { name: "b", n: 0 }] };
      return { text: render(context), context: new WeakRef(context) };
    })();
    expect(rendered.text).toBe("a");
    // Let the stack the render ran on go before collecting.
    await new Promise((resolve) => setTimeout(resolve, 0));
    collect();
    expect(rendered.context.deref()).toBeUndefined();
    expect(render({ items: [{ name: "c", n: 2 }] })).toBe("c");
  });
});
