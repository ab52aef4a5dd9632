import type { HelperDelegate, HelperOptions } from "handlebars";
import { closest } from "../shared/diagnostics.js";

type Ast = hbs.AST.Program;
type Node = hbs.AST.Node;
type Expression = hbs.AST.Expression;
type PathExpression = hbs.AST.PathExpression;
type Position = hbs.AST.Position;

/**
 * Handlebars' strict mode checks a mustache's own field (`{{nmae}}`) but not a helper's arguments:
 * `{{string nmae}}`, `{{#if nope}}` and `{{#each codez}}` read a missing field as undefined, and the file
 * gets "undefined" or nothing. Since escaping needs a helper, that is where fields are mostly named. So
 * every field a template names (an argument, a hash value, a dotted mustache such as `{{types.cod}}`) is
 * rewritten into a call of the `field` helper below, which walks the path and stops at the first part
 * that does not exist, at that part's place in the template. The same rewrite runs at build time for the
 * precompiled templates and at run time for any other, so both behave alike.
 */
export const fieldHelper = "__field";

/** A problem a template has at a place in it: TemplateError's raw form, before the file is known. */
export class TemplateFault extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = "TemplateFault";
  }
}

/** The template's syntax tree with every named field read through `field` (see above); changes `program`. */
export function strictArguments(program: Ast): Ast {
  visitProgram(program, []);
  return program;
}

function visitProgram(program: Ast | undefined, blockParams: readonly string[]) {
  if (program === undefined) return;
  const inScope = [...blockParams, ...(program.blockParams ?? [])];
  for (const statement of program.body) visitStatement(statement as Node & Record<string, unknown>, inScope);
}

function visitStatement(node: Node & Record<string, unknown>, blockParams: readonly string[]) {
  if (node.type === "MustacheStatement" || node.type === "BlockStatement" || node.type === "SubExpression") {
    visitCall(node, blockParams);
    if (node.type === "MustacheStatement") {
      // A dotted field on its own (`{{types.cod}}`); a single name stays as it is: it may be a helper.
      const path = node["path"] as PathExpression;
      const params = node["params"] as Expression[];
      const hash = node["hash"] as { pairs: unknown[] } | undefined;
      if (path.type === "PathExpression" && path.parts.length > 1 && params.length === 0 && (hash?.pairs.length ?? 0) === 0) {
        const call = fieldCall(path, blockParams);
        if (call !== undefined) {
          node["path"] = call.path;
          node["params"] = call.params;
        }
      }
    }
    if (node.type === "BlockStatement") {
      const program = node["program"] as Ast | undefined;
      visitProgram(program, blockParams);
      visitProgram(node["inverse"] as Ast | undefined, blockParams);
    }
  }
}

/** Rewrites the arguments and hash values of a helper call (a mustache, a block or a subexpression). */
function visitCall(node: Node & Record<string, unknown>, blockParams: readonly string[]) {
  const params = node["params"] as Expression[];
  node["params"] = params.map((param) => rewritten(param, blockParams));
  const hash = node["hash"] as { pairs: { value: Expression }[] } | undefined;
  for (const pair of hash?.pairs ?? []) pair.value = rewritten(pair.value, blockParams);
}

function rewritten(expression: Expression, blockParams: readonly string[]): Expression {
  if (expression.type === "SubExpression") {
    visitCall(expression as Node & Record<string, unknown>, blockParams);
    return expression;
  }
  if (expression.type !== "PathExpression") return expression;
  const call = fieldCall(expression as PathExpression, blockParams);
  return call === undefined ? expression : (call as unknown as Expression);
}

/**
 * `a.b` as `(field this "a.b" line column)`; `../a` reads from the parent context, `item.a` from a block
 * parameter. Data (`@index`, `@root`), `this` itself and a block parameter on its own are left alone.
 */
function fieldCall(path: PathExpression, blockParams: readonly string[]): { type: "SubExpression"; path: PathExpression; params: Expression[]; hash: undefined; loc: unknown } | undefined {
  if (path.data || path.parts.length === 0) return undefined;
  const [first, ...rest] = path.parts;
  const fromBlockParam = path.depth === 0 && blockParams.includes(first ?? "") && !path.original.startsWith("this");
  if (fromBlockParam && rest.length === 0) return undefined;
  const context: PathExpression = fromBlockParam
    ? { type: "PathExpression", data: false, depth: 0, parts: [first ?? ""], original: first ?? "", loc: path.loc }
    : { type: "PathExpression", data: false, depth: path.depth, parts: [], original: path.depth === 0 ? "this" : "../".repeat(path.depth), loc: path.loc };
  const shownPrefix = fromBlockParam ? `${first}.` : "../".repeat(path.depth);
  const fields = fromBlockParam ? rest : path.parts;
  const start: Position = path.loc.start;
  const literal = (value: string | number) =>
    (typeof value === "string" ? { type: "StringLiteral", value, original: value, loc: path.loc } : { type: "NumberLiteral", value, original: value, loc: path.loc }) as unknown as Expression;
  return {
    type: "SubExpression",
    path: { type: "PathExpression", data: false, depth: 0, parts: [fieldHelper], original: fieldHelper, loc: path.loc },
    params: [context as unknown as Expression, literal(fields.join(".")), literal(shownPrefix), literal(start.line), literal(start.column + 1)],
    hash: undefined,
    loc: path.loc,
  };
}

/** Own fields only: `constructor` or `toString` are no fields of the model. An array's `length` is one. */
function has(value: unknown, key: string): boolean {
  return Object.hasOwn(Object(value) as object, key);
}

/**
 * The `field` helper the rewrite calls: the value at `path` inside `context`, or a TemplateFault at the
 * field's place naming the first part that does not exist (with a "did you mean") or that is not set.
 */
export function field(context: unknown, path: string, shownPrefix: string, line: number, column: number, options?: HelperOptions): unknown {
  // The way nearly every read goes, every field there: walked without making anything (templates read
  // a field per code per file, a million reads for a large table). Anything missing takes the way below.
  let found = context;
  let start = 0;
  for (;;) {
    if (found === undefined || found === null) break;
    const end = path.indexOf(".", start);
    const part = end === -1 ? path.slice(start) : path.slice(start, end);
    if (!Object.hasOwn(typeof found === "object" ? found : Object(found), part)) break;
    found = (found as Record<string, unknown>)[part];
    if (end === -1) return found;
    start = end + 1;
  }
  return missingField(context, path, shownPrefix, line, column, options);
}

/** The field helper's fault: what is missing at `path`, and where. */
function missingField(context: unknown, path: string, shownPrefix: string, line: number, column: number, options?: HelperOptions): never {
  let value = context;
  const walked: string[] = [];
  const root = (options?.data as { root?: unknown } | undefined)?.root;
  const [first = ""] = path.split(".");
  if (shownPrefix === "" && context !== root && typeof context === "object" && context !== null && !has(context, first) && typeof root === "object" && root !== null && has(root, first)) {
    throw new TemplateFault(`no field "${path}" here: "${first}" is a field of the template's top level; inside {{#each}} or {{#with}} write @root.${path}`, line, column);
  }
  for (const part of path.split(".")) {
    if (value === undefined || value === null) {
      const parent = shownPrefix + walked.join(".");
      throw new TemplateFault(`"${parent}" is not set here, so it has no "${part}": test it first, {{#if ${parent}}}…{{/if}}`, line, column);
    }
    if (!has(value, part)) {
      const shown = shownPrefix + [...walked, part].join(".");
      // A list's or a text's only field is its length; an object's are its keys.
      const candidates = Array.isArray(value) || typeof value === "string" ? ["length"] : typeof value === "object" ? Object.keys(value as object) : [];
      const suggestion = closest(part, candidates);
      const hint = suggestion !== undefined ? `did you mean "${shownPrefix}${[...walked, suggestion].join(".")}"?` : "the README's “The model a template sees” lists every field";
      throw new TemplateFault(`no field "${shown}" here; ${hint}`, line, column);
    }
    value = (value as Record<string, unknown>)[part];
    walked.push(part);
  }
  throw new Error(`field "${path}" was found on the second walk only`);
}

/**
 * A language's or the common helpers, made strict: an argument that is not set (a code's `since` when it
 * has none) is a fault at the helper's place rather than "undefined" in the file, and a helper that fails
 * on what it was given says which helper, where, instead of an internal error.
 */
export function strictHelper(name: string, helper: (...args: never[]) => unknown, takesAnything = false): HelperDelegate {
  // Helpers write text: a list or an object would print as "[object Object]" (only `json` writes any value).
  const accepts = (value: unknown) => value !== undefined && value !== null && (takesAnything || typeof value !== "object");
  const wrapper = function (this: unknown, ...args: unknown[]) {
    const options = args.pop() as HelperOptions & { loc?: { start: Position } };
    const line = options.loc?.start.line ?? 1;
    const column = (options.loc?.start.column ?? 0) + 1;
    if (args.length !== helper.length) {
      throw new TemplateFault(`{{${name}}} takes ${helper.length} argument${helper.length === 1 ? "" : "s"}, not ${args.length}; the README's “Helpers and code views” shows how to call it`, line, column);
    }
    // An argument not set is the fault even after one that is structured.
    const unset = args.findIndex((arg) => arg === undefined || arg === null);
    if (unset !== -1) {
      throw new TemplateFault(`{{${name}}}: its ${ordinal(unset)} argument is not set here; test it first with {{#if …}}`, line, column);
    }
    const structured = args.findIndex((arg) => !accepts(arg));
    if (structured !== -1) {
      const what = Array.isArray(args[structured]) ? "a list" : "an object";
      throw new TemplateFault(`{{${name}}}: its ${ordinal(structured)} argument is ${what}, not text; give it one field (such as a code's message), or go through the list with {{#each}}`, line, column);
    }
    try {
      return (helper as (...values: unknown[]) => unknown).apply(this, args);
    } catch (error) {
      throw helperFailure(name, error, options.loc);
    }
  };
  strictParts.set(wrapper, { name, helper, accepts });
  return wrapper;
}

/** The fault of strict helper `name`, which threw `error` when called at `loc`. */
export function helperFailure(name: string, error: unknown, loc: { start: Position } | undefined): TemplateFault {
  return new TemplateFault(`{{${name}}} cannot take what it was given: ${(error as Error).message}`, loc?.start.line ?? 1, (loc?.start.column ?? 0) + 1);
}

/** What a strict helper wraps: its name, the helper, and which arguments its wrapper lets through (see strictHelper). */
export interface StrictHelperParts {
  readonly name: string;
  readonly helper: (...args: never[]) => unknown;
  readonly accepts: (value: unknown) => boolean;
}

const strictParts = new WeakMap<object, StrictHelperParts>();

/**
 * The parts of a helper strictHelper made, or undefined for any other value: compiled templates call such a
 * helper directly when its arguments pass the wrapper's checks (template-runtime.ts), and through the
 * wrapper, for its message, when they do not.
 */
export function strictHelperParts(value: unknown): StrictHelperParts | undefined {
  return typeof value === "function" ? strictParts.get(value) : undefined;
}

function ordinal(index: number): string {
  return ["first", "second", "third", "fourth"][index] ?? `${index + 1}th`;
}

/** Handlebars' `lookup`, strict like every other read: a key the object does not have is a fault. */
export function strictLookup(object: unknown, key: unknown, options: HelperOptions & { loc?: { start: Position } }): unknown {
  const name = String(key);
  if (object !== undefined && object !== null && has(object, name)) return (object as Record<string, unknown>)[name];
  const line = options.loc?.start.line ?? 1;
  const column = (options.loc?.start.column ?? 0) + 1;
  const candidates = typeof object === "object" && object !== null ? Object.keys(object) : [];
  const suggestion = closest(name, candidates);
  throw new TemplateFault(`{{lookup}}: no "${name}" here${suggestion === undefined ? "" : `; did you mean "${suggestion}"?`}`, line, column);
}
