import { readFileSync } from "node:fs";
import Handlebars from "handlebars";
import type { Model } from "./model.js";
import { targets, type Target } from "./targets.js";

/** Where templates live, relative to this module (generator/ or dist/). */
const templatesUrl = new URL("../templates/", import.meta.url);

/** A rendered file: its path inside the output directory and its exact bytes as text. */
export interface RenderedFile {
  readonly path: string;
  readonly content: string;
}

/** Where each target writes, inside the output directory: the spec's `settings.outputs` over the defaults. */
export function outputPaths(model: Model): Record<string, string> {
  return Object.fromEntries(targets.map((target) => [target.name, model.settings.outputs[target.name] ?? target.output]));
}

/** Renders every target in memory, in the order of the target list. Nothing is written here. */
export function renderAll(model: Model): RenderedFile[] {
  const paths = outputPaths(model);
  return targets.map((target) => ({
    path: paths[target.name] ?? target.output,
    content: renderTarget(target, model, paths),
  }));
}

/**
 * The spec's path as it may appear inside any comment: templates place the header raw, so a file name must
 * not be able to end a comment or a line. Characters outside letters, digits and `._/ -` become `_`, and
 * `--` (which HTML comments forbid) becomes `-_`.
 */
export function commentSafe(path: string): string {
  return path.replace(/[^\p{L}\p{N}._/ -]/gu, "_").replace(/--/g, "-_");
}

function renderTarget(target: Target, model: Model, paths: Record<string, string>): string {
  // One Handlebars environment per target, so a template sees only its own language's helpers.
  const handlebars = Handlebars.create();
  for (const [name, helper] of Object.entries(target.language.helpers)) {
    handlebars.registerHelper(name, helper as Handlebars.HelperDelegate);
  }
  const source = readFileSync(new URL(target.template, templatesUrl), "utf8");
  // noEscape: Handlebars' HTML escaping is wrong for code; helpers escape for the language instead.
  // strict: a field the model lacks is an error, never an empty string in the output.
  const template = handlebars.compile(source, { noEscape: true, strict: true });
  const context = {
    ...model,
    header: `Generated from ${commentSafe(model.source)} by status-codegen — do not edit.`,
    path: paths[target.name],
    paths,
    ...target.language.context?.(model),
  };
  return withOneFinalNewline(template(context));
}

/** Exactly one newline at the end (a regular expression anchored at the end scans the whole text). */
function withOneFinalNewline(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === "\n") end--;
  return `${text.slice(0, end)}\n`;
}
