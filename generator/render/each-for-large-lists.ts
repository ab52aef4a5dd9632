import type { HelperDelegate, HelperOptions } from "handlebars";
import { TemplateFault } from "./strict-arguments.js";

type HandlebarsModule = typeof import("handlebars");

/**
 * Handlebars' own `each`, with the same @index, @first, @last and {{else}}, made cheap for lists of
 * 100,000 codes. The built-in appends every row to one growing string; its millions of small pieces all
 * stay alive until the end, and the garbage collector copies them again and again. Here each row is
 * flattened as soon as it is made (its pieces die young) and the rows are joined once.
 */
export function eachForLargeLists(environment: HandlebarsModule): HelperDelegate {
  const builtIn = environment.helpers["each"] as HelperDelegate;
  return function each(this: unknown, list: unknown, options: HelperOptions) {
    // Handlebars would go through a text's characters, or render nothing for a number: neither is meant.
    if (typeof list === "string" || typeof list === "number" || typeof list === "boolean") {
      const at = (options as HelperOptions & { loc?: { start: { line: number; column: number } } }).loc?.start;
      throw new TemplateFault(`{{#each}} goes through a list, not ${typeof list === "string" ? "text" : `a ${typeof list}`}`, at?.line ?? 1, (at?.column ?? 0) + 1);
    }
    if (!Array.isArray(list)) return builtIn.call(this, list, options);
    if (list.length === 0) return options.inverse(this);
    const data = options.data === undefined ? undefined : environment.createFrame(options.data);
    const rows = new Array<string>(list.length);
    // Block parameters (`{{#each codes as |code|}}`) only when the template declares them.
    const declared = (options.fn as { blockParams?: number }).blockParams !== undefined;
    for (let index = 0; index < list.length; index++) {
      if (data !== undefined) {
        data.key = index;
        data.index = index;
        data.first = index === 0;
        data.last = index === list.length - 1;
      }
      const made: unknown = options.fn(list[index], declared ? { data, blockParams: [list[index], index] } : { data });
      // A block that is one bare field (`{{#each reserved}}{{first}}{{/each}}`) gives that field's value, not text.
      const row = typeof made === "string" ? made : String(made);
      row.charCodeAt(0); // flattens the row, so the pieces it was built from can be collected young
      rows[index] = row;
    }
    return rows.join("");
  };
}
