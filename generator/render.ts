import { readFileSync } from "node:fs";
import type { HelperDelegate, TemplateDelegate } from "handlebars";
import type { CodeModel, Model } from "./model.js";
import { eachForLargeLists } from "./each-for-large-lists.js";
import { loadPrecompiled, requireCjs, sourceHash } from "./precompiled.js";
import { targets, type Target } from "./targets.js";

type HandlebarsModule = typeof import("handlebars");

/** Where templates live, relative to this module (generator/ or dist/). */
export const templatesUrl = new URL("../templates/", import.meta.url);

/**
 * How every template is compiled. noEscape: Handlebars' HTML escaping is wrong for code; helpers escape
 * for the language instead. strict: a field the model lacks is an error, never an empty string.
 */
export const templateOptions = { noEscape: true, strict: true } as const;

/** The artifact precompile.ts writes: each template's precompiled form and the hash of its source. */
export const templatesArtifact = "templates.cjs";
export type PrecompiledTemplates = Record<string, { hash: string; spec: unknown }>;

/**
 * The target's template function, bound to an environment holding only its language's helpers. Uses the
 * build's precompiled template (and Handlebars' small runtime) when the template is unchanged since the
 * build; otherwise loads the full Handlebars and compiles the source.
 */
function templateFor(target: Target): TemplateDelegate {
  const source = readFileSync(new URL(target.template, templatesUrl), "utf8");
  const built = loadPrecompiled<PrecompiledTemplates>(templatesArtifact)?.[target.template];
  const fresh = built?.hash === sourceHash(source);
  const handlebars = (fresh ? requireCjs("handlebars/runtime") : requireCjs("handlebars")) as HandlebarsModule;
  const environment = handlebars.create();
  for (const [name, helper] of Object.entries(target.language.helpers)) {
    environment.registerHelper(name, helper as HelperDelegate);
  }
  environment.registerHelper("each", eachForLargeLists(environment));
  if (fresh && built !== undefined) return environment.template(built.spec as TemplateSpecification);
  return environment.compile(source, templateOptions);
}

type TemplateSpecification = Parameters<HandlebarsModule["template"]>[0];

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
  const template = templateFor(target);
  const context = {
    ...withCodeViews(model, target),
    header: `Generated from ${commentSafe(model.source)} by status-codegen — do not edit.`,
    path: paths[target.name],
    paths,
    ...target.language.context?.(model),
  };
  return withOneFinalNewline(template(context));
}

/** The model with each code extended by the target's code view (the same object in every list). */
function withCodeViews(model: Model, target: Target): Model {
  const view = target.language.codeView;
  if (view === undefined) return model;
  // Keyed by number: codes are unique, and number keys are far cheaper than frozen objects as keys.
  const byNumber = new Map<number, CodeModel>();
  const codes = model.codes.map((code, index) => {
    const extended: CodeModel = {
      code: code.code,
      name: code.name,
      category: code.category,
      message: code.message,
      kind: code.kind,
      retryable: code.retryable,
      since: code.since,
      deprecated: code.deprecated,
      aliases: code.aliases,
      conflicts: code.conflicts,
      ...view(code, index, model.codes.length, model),
    };
    byNumber.set(code.code, extended);
    return extended;
  });
  const categories = model.categories.map((category) => ({
    ...category,
    codes: category.codes.map((code) => byNumber.get(code.code) ?? code),
  }));
  return { ...model, codes, categories };
}

/** Exactly one newline at the end (a regular expression anchored at the end scans the whole text). */
function withOneFinalNewline(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === "\n") end--;
  return `${text.slice(0, end)}\n`;
}
