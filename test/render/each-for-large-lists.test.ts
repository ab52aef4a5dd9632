import Handlebars from "handlebars";
import { describe, expect, it } from "vitest";
import { eachForLargeLists } from "../../generator/render/each-for-large-lists.js";

/** The template rendered with the replacement `each` and with Handlebars' own. */
function both(source: string, context: unknown): [string, string] {
  const ours = Handlebars.create();
  ours.registerHelper("each", eachForLargeLists(ours));
  const theirs = Handlebars.create();
  return [ours.compile(source)(context), theirs.compile(source)(context)];
}

describe("eachForLargeLists", () => {
  it.each([
    ["@index, @first, @last", "{{#each list}}{{@index}}{{#if @first}}F{{/if}}{{#if @last}}L{{/if}}:{{this}};{{/each}}", { list: ["a", "b", "c"] }],
    ["{{else}} on an empty list", "{{#each list}}x{{else}}empty{{/each}}", { list: [] }],
    ["@root and parent paths", "{{#each list}}{{@root.p}}{{../p}}{{name}},{{/each}}", { p: "P", list: [{ name: "n1" }, { name: "n2" }] }],
    ["block parameters", "{{#each list as |item index|}}{{index}}={{item}} {{/each}}", { list: ["x", "y"] }],
    ["a block that is one bare number (it gives the number, not text)", "{{#each list}}{{n}}{{/each}}", { list: [{ n: 20000 }, { n: 7 }, { n: undefined }] }],
    ["an object (the built-in's job)", "{{#each map}}{{@key}}={{this}} {{/each}}", { map: { a: 1, b: 2 } }],
  ])("renders %s exactly as Handlebars' own each", (_name, source, context) => {
    const [ours, theirs] = both(source, context);
    expect(ours).toBe(theirs);
    expect(ours.length).toBeGreaterThan(0);
  });
});
