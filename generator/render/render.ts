import { readFileSync, statSync } from "node:fs";
import { posix } from "node:path";
import { fileURLToPath } from "node:url";
import type { HelperDelegate, TemplateDelegate } from "handlebars";
import { defaultSettings, type CodeView, type Language, type ViewContext } from "../languages/language.js";
import type { CodeModel, Model, SettingValues } from "../spec/model.js";
import { keptIdentifiers } from "../spec/view-identifiers.js";
import { isAscii, memoized } from "../languages/common/text.js";
import { builtins, type Registry } from "../registry.js";
import { loadPrecompiled, requireCjs } from "../build/precompiled.js";
import { requireHandlebarsRuntime } from "../build/artifacts.js";
import { bindCompiled, type CompiledTemplate } from "./template-runtime.js";
import { closest, excerpt } from "../shared/diagnostics.js";
import { describeFileKind } from "../shared/input-error.js";
import { commonHelpers } from "./common-helpers.js";
import { eachForLargeLists } from "./each-for-large-lists.js";
import { extender } from "./extended-objects.js";
import { field, fieldHelper, strictArguments, strictHelper, strictLookup, TemplateFault } from "./strict-arguments.js";
import { contextKeys, declarationsOf, targetFiles, templatesUrl, type Declarations, type FileContext, type Target, type TargetFile } from "../languages/target.js";

type HandlebarsModule = typeof import("handlebars");
type TemplateSpecification = Parameters<HandlebarsModule["template"]>[0];

/**
 * How every template is compiled. noEscape: Handlebars' HTML escaping is wrong for code; helpers escape
 * for the language instead. strict: a field the model lacks is an error, never an empty string.
 */
export const templateOptions = { noEscape: true, strict: true } as const;

/** The artifact precompile.ts writes: each built-in template's precompiled form and its source. */
export const templatesArtifact = "templates.cjs";
/** A built-in template as the build left it: compiled to plain JavaScript, or else in Handlebars' precompiled form. */
export type PrecompiledTemplates = Record<string, { source: string } & ({ compiled: CompiledTemplate; spec?: undefined } | { spec: unknown; compiled?: undefined })>;

/** The key of a built-in template in the artifact: its path inside templates/; undefined for any other. */
export function builtinTemplateKey(template: URL): string | undefined {
  const { href } = template;
  const prefix = templatesUrl.href;
  return href.startsWith(prefix) ? href.slice(prefix.length) : undefined;
}

/** A template's file path by its URL's text, worked out once a process (fs calls given a URL convert it each time). */
const templatePath = memoized((href) => fileURLToPath(href));

/**
 * A template function bound to an environment holding the common helpers and `language`'s. Uses the
 * build's precompiled template (and Handlebars' small runtime) when the template is a built-in one
 * unchanged since the build; otherwise loads the full Handlebars and compiles the source.
 */
function templateFor(template: URL, language: Language, sources: Map<string, string>, kept: Map<string, KeptSource> | undefined): TemplateDelegate {
  // Read once a run: one template may serve several targets (the changelog, a language's file and package).
  const { href } = template;
  let source = sources.get(href);
  if (source === undefined) {
    try {
      const path = templatePath(href);
      // A template turned into a pipe or a device since the config was read would block the read forever.
      const stats = statSync(path);
      if (!stats.isFile()) throw Object.assign(new Error(`it is ${describeFileKind(stats)}, not a file`), { code: "ENOTFILE" });
      const earlier = kept?.get(href);
      if (earlier !== undefined && earlier.size === stats.size && earlier.mtimeMs === stats.mtimeMs && earlier.ino === stats.ino) {
        source = earlier.source;
      } else {
        source = readFileSync(path, "utf8");
        kept?.set(href, { source, size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino });
      }
    } catch (error) {
      // Deleted or moved since the config was read (a branch switch while --watch runs).
      throw new TemplateReadError(template, error);
    }
    sources.set(href, source);
  }
  // Kept while the source is the same: a watching run recompiles only the template that changed.
  const key = `${language.id}\u0000${href}`;
  const cached = compiled.get(key);
  if (cached?.source === source) return cached.render;
  const render = compileTemplate(template, source, language);
  compiled.set(key, { source, render });
  return render;
}

/**
 * A template's source as an earlier run read it, with the file's size, time and inode then: a later run
 * that finds all three the same takes the source without reading it (see renderTargets' `kept`).
 */
export interface KeptSource {
  readonly source: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly ino: number;
}

/** Compiled templates by language and file, with the source each was compiled from. */
const compiled = new Map<string, { source: string; render: TemplateDelegate }>();

function compileTemplate(template: URL, source: string, language: Language): TemplateDelegate {
  const key = builtinTemplateKey(template);
  const built = key === undefined ? undefined : loadPrecompiled<PrecompiledTemplates>(templatesArtifact)?.[key];
  const fresh = built?.source === source;
  const handlebars = (fresh ? requireHandlebarsRuntime() : requireCjs("handlebars")) as HandlebarsModule;
  const environment = environmentFor(handlebars, language);
  if (fresh && built?.compiled !== undefined) return bindCompiled(built.compiled, environment);
  if (fresh && built !== undefined) return environment.template(built.spec as TemplateSpecification);
  return environment.compile(strictArguments(handlebars.parse(source)), templateOptions);
}

/** One Handlebars environment per language and Handlebars build (runtime or full), shared by its templates. */
const environments = new WeakMap<Language, Map<HandlebarsModule, HandlebarsModule>>();

/** An environment holding the common helpers and `language`'s, made strict (see strict-arguments.ts). */
function environmentFor(handlebars: HandlebarsModule, language: Language): HandlebarsModule {
  const made = environments.get(language) ?? new Map<HandlebarsModule, HandlebarsModule>();
  environments.set(language, made);
  let environment = made.get(handlebars);
  if (environment !== undefined) return environment;
  environment = handlebars.create();
  for (const [name, helper] of Object.entries({ ...commonHelpers, ...language.helpers })) {
    environment.registerHelper(name, strictHelper(name, helper, name === "json"));
  }
  environment.registerHelper("each", eachForLargeLists(environment));
  environment.registerHelper("lookup", strictLookup as HelperDelegate);
  environment.registerHelper(fieldHelper, field as HelperDelegate);
  made.set(handlebars, environment);
  return environment;
}

/** A rendered file: its path inside the output directory and its exact bytes as text. */
export interface RenderedFile {
  readonly path: string;
  readonly content: string;
}

/** A target as one run writes it: under which name, where (a file, or a folder for a target of several files), with which settings. */
export interface PlannedTarget {
  /** What `--target` and other templates' `paths` call it: the target's id unless a config names it. */
  readonly name: string;
  readonly target: Target;
  readonly output: string;
  readonly settings: SettingValues;
}

/**
 * Every target of `registry`, at the spec's `settings.outputs` or its default, with the spec's settings.
 * The model must have been built (validated) against the same registry: its settings and legacy names are
 * the registry's languages'.
 */
export function plannedTargets(model: Model, registry: Registry = builtins): PlannedTarget[] {
  // The alias sources, and the languages that have settings, must be the same ones.
  const built = [model.aliasSources.map((aliasSource) => aliasSource.id), Object.keys(model.settings.languages)].join(";");
  const expected = [registry.aliasSources.map((aliasSource) => aliasSource.id), registry.languages.filter((language) => language.settings !== undefined).map((language) => language.id)].join(";");
  if (built !== expected) throw new Error("the model was built for another registry than the one rendering it; validate the spec with the same registry");
  return registry.targets.map((target) => ({
    name: target.id,
    target,
    output: model.settings.outputs[target.id] ?? target.output,
    settings: model.settings.languages[target.language.id] ?? defaultSettings(target.language),
  }));
}

/** Where each planned target writes, by name. */
export function outputPaths(planned: readonly PlannedTarget[]): Record<string, string> {
  return Object.fromEntries(planned.map(({ name, output }) => [name, output]));
}

/**
 * Renders every planned target (or those `only` picks) in memory, in order; a target of several files gives
 * each. Nothing is written here.
 *
 * `lazy` renders a file each time its `content` is read, and keeps nothing: the command reads each file
 * once, to compare or write it, so a large table's 30-odd files are never all in memory at once (nor their
 * code views). A template's error is then thrown where the content is read, after `mapError`.
 *
 * Each template is read once a call, however many targets use it. `kept` carries sources from one call to
 * the next (--watch passes one map to all its runs): a template whose file has the same size, time and
 * inode as when it was read is not read again, and an edit the watcher did not see is read all the same.
 */
export function renderTargets(model: Model, planned: readonly PlannedTarget[], only: (entry: PlannedTarget) => boolean = () => true, lazy?: LazyRendering, kept?: Map<string, KeptSource>): RenderedFile[] {
  const paths = outputPaths(planned);
  // Each template's source, as this call first read it.
  const sources = new Map<string, string>();
  // The model with code views, made once per view, settings and declared names (files are rendered in order,
  // so one is kept at a time): a package renders several files of one language (the npm package four
  // entry files), and each would otherwise make them again.
  const views: ViewsSlot = { view: undefined, made: undefined, model: undefined, checkedFor: undefined };
  return planned.filter(only).flatMap((entry) => {
    const { target, output, settings } = entry;
    const files = targetFiles(target, settings);
    const later = lazy !== undefined && (lazy.when?.(entry) ?? true) ? lazy : undefined;
    const pathOf = (file: TargetFile) => (file.path === undefined ? output : posix.join(output, file.path));
    // A package travels without the rest of the run's output: a file it holds as another target's sees
    // only the package's own files, so it links to (the changelog to the reference, the JSON to its
    // schema) only what travels with it.
    const packaged = Object.fromEntries(files.flatMap((file) => (file.as === undefined ? [] : [[file.as.id, pathOf(file)]])));
    return files.map((file) => {
      const path = pathOf(file);
      // A file rendered as another target's takes that target's language's settings (the same ones when
      // the languages agree, as a package's own code does).
      const as = file.as ?? target;
      const asSettings = as.language === target.language ? settings : (model.settings.languages[as.language.id] ?? defaultSettings(as.language));
      const place = { path, paths: file.as === undefined ? paths : packaged, settings: asSettings, file: file.data ?? noData };
      const render = () => renderFile(file.template, as, model, place, views, sources, kept);
      if (later === undefined) return { path, content: render() };
      return {
        path,
        get content(): string {
          try {
            return render();
          } catch (error) {
            throw later.mapError(error);
          }
        },
      };
    });
  });
}

/** Renders every target of `registry` as the spec places them. */
export function renderAll(model: Model, registry: Registry = builtins): RenderedFile[] {
  return renderTargets(model, plannedTargets(model, registry));
}

/**
 * The spec's path as it may appear inside any comment: templates place the header raw, so a file name must
 * not be able to end a comment or a line. Characters outside letters, digits and `._/ -` become `_`, and
 * `--` (which HTML comments forbid) becomes `-_`.
 */
export function commentSafe(path: string): string {
  // An ASCII path (the usual one) by a class of ASCII alone (see isAscii).
  const kept = isAscii(path) ? path.replace(/[^A-Za-z0-9._/ -]/g, "_") : path.replace(/[^\p{L}\p{N}._/ -]/gu, "_");
  return kept.replace(/--/g, "-_");
}

/** What a file's template sees besides the model: its own path, every target's, its target's settings and its own data. */
interface FilePlace {
  readonly path: string;
  readonly paths: Readonly<Record<string, string>>;
  readonly settings: SettingValues;
  readonly file: Readonly<Record<string, string | boolean>>;
}

const noData: Readonly<Record<string, string | boolean>> = Object.freeze({});

/** How renderTargets renders lazily: the error a template's failure becomes, and (if not all) which targets. */
export interface LazyRendering {
  readonly mapError: (error: unknown) => unknown;
  readonly when?: (entry: PlannedTarget) => boolean;
}

/**
 * The last model made with code views, and what they were made from: the view (a function; targets of one
 * language share it, as the Swift file and the Swift package do), the settings and the declared names.
 */
interface ViewsSlot {
  view: CodeView | undefined;
  made: string | undefined;
  model: Model | undefined;
  /** The language whose helpers the views' keys were last checked against (see checkViewKeys). */
  checkedFor: Language | undefined;
}

function renderFile(template: URL, target: Target, model: Model, place: FilePlace, views: ViewsSlot, sources: Map<string, string>, kept: Map<string, KeptSource> | undefined): string {
  const declared = declarationsOf(target, place.settings);
  const extra = target.context?.({ model, declared, path: place.path, paths: place.paths, settings: place.settings }) ?? {};
  checkContextKeys(target, model, extra);
  const viewed = viewedModel(model, target, place.settings, declared, views);
  const file: FileContext = { header: `Generated from ${commentSafe(model.source)} by ${generatedMarker}.`, ...place, ...declared };
  const context = { ...viewed, ...file, ...extra };
  try {
    return withOneFinalNewline(templateFor(template, target.language, sources, kept)(context));
  } catch (error) {
    throw templateError(error, template, context, target);
  }
}

/** The model with the target's code views: the slot's when they were made alike, else made now and kept there. */
function viewedModel(model: Model, target: Target, settings: SettingValues, declared: Required<Declarations>, views: ViewsSlot): Model {
  const view = target.codeView;
  if (view === undefined) return model;
  const made = JSON.stringify([settings, declared]);
  const reused = views.view === view && views.made === made;
  // A view's keys depend on the view alone: checked when the views are made, and again only for a target
  // of another language (other helpers) that shares them.
  if (!reused || views.checkedFor !== target.language) {
    checkViewKeys(model, target, settings, declared);
    views.checkedFor = target.language;
  }
  if (reused && views.model !== undefined) return views.model;
  // The previous views go before these are made.
  views.model = undefined;
  const viewed = withCodeViews(model, view, { model, settings, declared, identifiers: keptIdentifiers(model, target.language, settings) });
  Object.assign(views, { view, made, model: viewed });
  return viewed;
}

/** A template that cannot be read; the command names it as the user wrote it. */
export class TemplateReadError extends Error {
  constructor(
    readonly template: URL,
    readonly reason: unknown,
  ) {
    super(`cannot read the template ${template.href}`);
    this.name = "TemplateReadError";
  }
}

/** What every generated file's header says after the spec's name: how a file the generator wrote is known. */
export const generatedMarker = "status-codegen — do not edit";

/** A template that cannot render: its syntax, a field or helper that does not exist. Located in the template. */
export class TemplateError extends Error {
  constructor(
    readonly template: URL,
    readonly line: number,
    readonly column: number,
    message: string,
  ) {
    super(message);
    this.name = "TemplateError";
  }
}

/**
 * Handlebars' error as a TemplateError: a parse error at the line its message gives and the column its
 * caret points at; a strict-mode miss ("x" not defined) at its place, with a "did you mean" from what
 * the context, a code, a category and the helpers hold.
 */
function templateError(error: unknown, template: URL, context: Readonly<Record<string, unknown>>, target: Target): unknown {
  if (error instanceof TemplateFault) return new TemplateError(template, error.line, error.column, error.message);
  if (!(error instanceof Error)) return error;
  const located = error as Error & { lineNumber?: number; column?: number };
  const parse = /^Parse error on line (\d+):\n(.*)\n(-*)\^\n(.*)$/s.exec(error.message);
  if (parse !== null) {
    const lineNumber = Number(parse[1]);
    // The message shows the last few characters read, line breaks dropped, and a caret after them: the
    // column is where the longest start of the line ends that those characters end with.
    const read = (parse[2] ?? "").slice(0, (parse[3] ?? "").length).replace(/^\.\.\./, "");
    const line = readFileSync(template, "utf8").split(/\r\n|\r|\n/)[lineNumber - 1] ?? "";
    let column = 0;
    for (let length = Math.min(line.length, read.length); length > 0; length--) {
      if (read.endsWith(line.slice(0, length))) {
        column = length;
        break;
      }
    }
    const got = /got '([^']*)'$/.exec((parse[4] ?? "").trim())?.[1];
    if (got === "EOF") {
      const open = unclosedBlock(readFileSync(template, "utf8"));
      if (open !== undefined) return new TemplateError(template, open.line, open.column, `Handlebars syntax error: {{${open.opener}${open.name}}} is never closed; add {{/${open.name}}} where it ends`);
    }
    const what = got === undefined ? excerpt((parse[4] ?? "").trim(), 120) : `unexpected ${tokenWords[got] ?? `'${got}'`} (is a tag left open, or a }} missing?)`;
    return new TemplateError(template, lineNumber, column + 1, `Handlebars syntax error: ${what}`);
  }
  const missing = /^"([^"]*)" not defined in /.exec(error.message)?.[1];
  if (missing !== undefined && located.lineNumber !== undefined && Object.hasOwn(context, missing)) {
    // A top-level field named inside {{#each}}, where `this` is the item.
    return new TemplateError(template, located.lineNumber, (located.column ?? 0) + 1, `no field "${missing}" here: it is a field of the template's top level; inside {{#each}} or {{#with}} write @root.${missing}`);
  }
  if (missing !== undefined && located.lineNumber !== undefined) {
    const codes = context["codes"];
    const categories = context["categories"];
    const known = new Set([
      ...Object.keys(context),
      ...(Array.isArray(codes) && codes.length > 0 ? Object.keys(codes[0] as object) : []),
      ...(Array.isArray(categories) && categories.length > 0 ? Object.keys(categories[0] as object) : []),
      ...Object.keys(commonHelpers),
      ...Object.keys(target.language.helpers),
      ...builtInHelpers,
    ]);
    const suggestion = closest(missing, [...known]);
    const hint = suggestion === undefined ? "the README's “The model a template sees” lists every field" : `did you mean "${suggestion}"?`;
    return new TemplateError(template, located.lineNumber, (located.column ?? 0) + 1, `no field or helper "${missing}" here; ${hint}`);
  }
  const misnested = /^(\S+) doesn't match (\S+)/.exec(error.message);
  if (misnested !== null && located.lineNumber !== undefined) {
    const [, opened, closed] = misnested;
    return new TemplateError(template, located.lineNumber, (located.column ?? 0) + 1, `{{/${closed}}} closes {{#${opened}}}, which is still open: close blocks in the reverse order they open ({{/${opened}}} first)`);
  }
  if (located.lineNumber !== undefined) {
    return new TemplateError(template, located.lineNumber, (located.column ?? 0) + 1, error.message.replace(/ - \d+:\d+$/, ""));
  }
  const partial = /^The partial (.*) could not be found$/.exec(error.message)?.[1];
  if (partial !== undefined) return new TemplateError(template, 1, 1, `partials are not supported ({{> ${partial}}}); write the text in this template`);
  return error;
}

/** Handlebars' parser's token names, in a template author's words. */
const tokenWords: Readonly<Record<string, string>> = {
  EOF: "end of the template",
  INVALID: "a character that cannot stand here",
  INVERSE: "{{else}}",
  OPEN_INVERSE: "{{^",
  OPEN_INVERSE_CHAIN: "{{else …}}",
  OPEN_ENDBLOCK: "{{/…}}",
  OPEN_BLOCK: "{{#…",
  OPEN: "{{",
  OPEN_UNESCAPED: "{{{",
  CLOSE: "}}",
  CLOSE_UNESCAPED: "}}}",
  OPEN_PARTIAL: "{{>",
  OPEN_SEXPR: "(",
  CLOSE_SEXPR: ")",
  ID: "a name",
  STRING: "a quoted string",
  NUMBER: "a number",
  BOOLEAN: "true or false",
  EQUALS: "=",
  DATA: "@",
  SEP: "a . or /",
  CONTENT: "text",
  COMMENT: "a comment",
};

/**
 * The innermost block still open at the end of a template (`{{#each codes}}` without `{{/each}}`), found
 * by a scan of its tags: Handlebars only says the template ended.
 */
function unclosedBlock(source: string): { opener: string; name: string; line: number; column: number } | undefined {
  const open: { opener: string; name: string; offset: number }[] = [];
  const withoutComments = source.replace(/\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g, (comment) => comment.replace(/[^\n]/g, " "));
  for (const tag of withoutComments.matchAll(/\{\{~?\s*([#^/])\s*([^\s}~]+)/g)) {
    const [, kind = "", name = ""] = tag;
    if (kind === "/") open.pop();
    else open.push({ opener: kind, name, offset: tag.index });
  }
  const last = open.at(-1);
  if (last === undefined) return undefined;
  const before = source.slice(0, last.offset).split(/\r\n|\r|\n/);
  return { opener: last.opener, name: last.name, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Handlebars' own helpers, as a template names them. */
const builtInHelpers = ["each", "if", "unless", "with", "lookup", "log"];

/**
 * A target's context and code view add to what templates see; they must not take a name that is already
 * something (a model field, a helper, a key every context has): the template would print the one and
 * validation would have judged the other. A mistake in a target's definition, so an internal error.
 */
function checkContextKeys(target: Target, model: Model, extra: Readonly<Record<string, unknown>>) {
  const helpers = helperNames(target);
  const clash = Object.keys(extra).find((key) => Object.hasOwn(model, key) || (contextKeys as readonly string[]).includes(key) || helpers.has(key));
  if (clash !== undefined) throw new Error(`target "${target.id}": its context's "${clash}" would hide a model field, a helper or a key every template has`);
}

/** Every helper a template of the target's language can call. */
function helperNames(target: Target): ReadonlySet<string> {
  let names = helperNamesByLanguage.get(target.language);
  if (names === undefined) {
    names = new Set([...Object.keys(commonHelpers), ...Object.keys(target.language.helpers), ...builtInHelpers]);
    helperNamesByLanguage.set(target.language, names);
  }
  return names;
}

/** helperNames by language: each file checks its context against them. */
const helperNamesByLanguage = new WeakMap<Language, ReadonlySet<string>>();

/** A target's code view may not hide a code field or one of the target's helpers (see checkContextKeys). */
function checkViewKeys(model: Model, target: Target, settings: SettingValues, declared: Required<Declarations>) {
  const first = model.codes[0];
  if (target.codeView === undefined || first === undefined) return;
  const helpers = helperNames(target);
  const viewClash = Object.keys(target.codeView(first, 0, model.codes.length, { model, settings, declared })).find((key) => key in first || helpers.has(key));
  if (viewClash !== undefined) throw new Error(`target "${target.id}": its code view's "${viewClash}" would hide a code field or a helper`);
}

/** The model with each code extended by its code view (the same object in every list). */
function withCodeViews(model: Model, view: CodeView, viewContext: ViewContext): Model {
  const extend = extender(model.codes);
  const codes = model.codes.map((code, index) => extend(code, view(code, index, model.codes.length, viewContext)) as CodeModel);
  const places = categoryPlaces(model);
  const categories = model.categories.map((category, at) => {
    const where = places[at] as Int32Array;
    return { ...category, codes: category.codes.map((code, position) => codes[where[position] as number] ?? code) };
  });
  return { ...model, codes, categories };
}

/**
 * For each category, the places in `model.codes` of its codes: the same for every target, so worked out once
 * per model rather than by a map of every code's number for each target (100,000 codes and 13 targets made
 * 1.3 million map entries).
 */
function categoryPlaces(model: Model): readonly Int32Array[] {
  let places = placesByModel.get(model);
  if (places === undefined) {
    // Keyed by number: codes are unique, and number keys are far cheaper than frozen objects as keys.
    const byNumber = new Map<number, number>();
    model.codes.forEach((code, index) => byNumber.set(code.code, index));
    places = model.categories.map((category) => Int32Array.from(category.codes, (code) => byNumber.get(code.code) ?? -1));
    placesByModel.set(model, places);
  }
  return places;
}

const placesByModel = new WeakMap<Model, readonly Int32Array[]>();

/** Exactly one newline at the end (a regular expression anchored at the end scans the whole text). */
function withOneFinalNewline(text: string): string {
  // As it is when it ends so already (the usual case): no copy of a file that may be many megabytes.
  if (text.endsWith("\n") && !text.endsWith("\n\n")) return text;
  let end = text.length;
  while (end > 0 && text[end - 1] === "\n") end--;
  return `${text.slice(0, end)}\n`;
}
