import type { HelperDelegate, HelperOptions } from "handlebars";
import { TemplateFault } from "./strict-arguments.js";

type HandlebarsModule = typeof import("handlebars");

/**
 * Handlebars' own `each`, with the same @index, @first, @last and {{else}}, made cheap for lists of
 * 100,000 codes. The built-in appends every row to one growing string; its millions of small pieces all
 * stay alive until the end, and the garbage collector copies them again and again. Here the rows are
 * joined into a chunk as soon as they add up to chunkLength characters: their pieces die young, and a
 * chunk is large enough that V8 allocates it where the young-generation collector never copies it. The
 * chunks are joined once at the end.
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
    const chunks: string[] = [];
    let rows: string[] = [];
    let length = 0;
    // Block parameters (`{{#each codes as |code|}}`) only when the template declares them: Handlebars gives
    // every program the number it declares, 0 for none.
    const declared = ((options.fn as { blockParams?: number }).blockParams ?? 0) > 0;
    // One options object for every row: a program reads its data from it when called, and keeps nothing.
    const rowOptions = { data };
    for (let index = 0; index < list.length; index++) {
      if (data !== undefined) {
        data.key = index;
        data.index = index;
        data.first = index === 0;
        data.last = index === list.length - 1;
      }
      const made: unknown = options.fn(list[index], declared ? { data, blockParams: [list[index], index] } : rowOptions);
      // A block that is one bare field (`{{#each reserved}}{{first}}{{/each}}`) gives that field's value, not text.
      const row = typeof made === "string" ? made : String(made);
      rows.push(row);
      length += row.length;
      if (length >= chunkLength) {
        chunks.push(rows.join(""));
        rows = [];
        length = 0;
      }
    }
    if (chunks.length === 0) return rows.join("");
    chunks.push(rows.join(""));
    // Joined by `+`, which only links large strings: the file's text is copied once, when it is written,
    // rather than here and again there.
    let text = "";
    for (const chunk of chunks) text += chunk;
    return text;
  };
}

/** Characters per chunk: past V8's largest regular object (128 KiB), so a chunk goes to large-object space. */
const chunkLength = 1 << 17;
