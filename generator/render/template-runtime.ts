import type { HelperDelegate, TemplateDelegate } from "handlebars";
import { field, helperFailure, strictHelperParts, type StrictHelperParts } from "./strict-arguments.js";

type HandlebarsModule = typeof import("handlebars");

/** What a template compiled by template-compiler.ts is: given the runtime, its main program. */
export type CompiledTemplate = (runtime: TemplateRuntime) => (context: unknown, data: unknown) => unknown;

/**
 * A helper's call site, made once a template is bound: called with the helper as the template resolved it
 * (before its arguments, as Handlebars does: a missing helper is the fault, not its arguments'), the
 * context, the data and the arguments.
 */
export type HelperSite = (callee: unknown, self: unknown, data: unknown, ...args: unknown[]) => unknown;

/** The calls compiled templates make, as Handlebars' runtime makes them (runtime.js: strict, lookupProperty, lambda, program, noop). */
export interface TemplateRuntime {
  readonly h: Readonly<Record<string, HelperDelegate>>;
  readonly lp: (parent: unknown, name: string) => unknown;
  readonly strict: (object: unknown, name: string, loc: unknown) => unknown;
  readonly lambda: (value: unknown, context: unknown) => unknown;
  readonly program: (fn: (context: unknown, data: unknown) => unknown, data: unknown, blockParams: number) => unknown;
  readonly noop: () => string;
  readonly nullContext: object;
  readonly hasOwn: (object: object, key: string) => boolean;
  /** Whether a helper is strict-arguments.ts' `field`, whose reads the compiled code may make itself. */
  readonly isField: (helper: unknown) => boolean;
  /** The call site of helper `name` (as the environment has it, possibly undefined) with `arity` arguments, at `loc`. */
  readonly site: (helper: unknown, name: string, arity: number, loc: unknown) => HelperSite;
  /**
   * A place as Handlebars writes it, `{ start: { line, column }, end: { line, column } }`. Made by a call
   * rather than written as an object literal in the template's code: a literal evaluated once makes its
   * boilerplate and allocation site first, and a template has a hundred places.
   */
  readonly loc: (startLine: number, startColumn: number, endLine: number, endColumn: number) => unknown;
}

/**
 * A compiled template bound to `environment`'s helpers: called like the template Handlebars makes of the
 * same source (one argument, the context; the result as text).
 */
export function bindCompiled(compiled: CompiledTemplate, environment: HandlebarsModule): TemplateDelegate {
  const helpers: Record<string, HelperDelegate> = { ...(environment.helpers as Record<string, HelperDelegate>) };
  const Exception = environment.Exception as unknown as new (message: string, node: { loc: unknown }) => Error;
  // Handlebars' lookupProperty: an own property, or nothing (the prototype's are denied by default).
  const lp = (parent: unknown, name: string): unknown => {
    const result = (parent as Record<string, unknown>)[name];
    if (result === null || result === undefined) return result;
    return Object.prototype.hasOwnProperty.call(parent, name) ? result : undefined;
  };
  const strict = (object: unknown, name: string, loc: unknown): unknown => {
    if (!object || !(name in (object as object))) throw new Exception(`"${name}" not defined in ${String(object)}`, { loc });
    return lp(object, name);
  };
  // The program last made for each of the template's block functions, with the data it closes over.
  const programs = new Map<unknown, { data: unknown; blockParams: number; program: unknown }>();
  const runtime: TemplateRuntime = {
    h: helpers,
    lp,
    strict,
    lambda: (value, context) => (typeof value === "function" ? (value as (this: unknown) => unknown).call(context) : value),
    program(fn, data, blockParams) {
      // A block inside a list's row is made a program at every row, with the same data (each's frame, which
      // it changes from row to row): the program made for the last row serves, rather than a new function.
      const last = programs.get(fn);
      if (last !== undefined && last.data === data && last.blockParams === blockParams) return last.program;
      const prog = (context: unknown, options: { data?: unknown } = {}) => fn(context, options.data || data);
      const program = Object.assign(prog, { blockParams });
      programs.set(fn, { data, blockParams, program });
      return program;
    },
    noop: () => "",
    nullContext: Object.seal({}),
    hasOwn: Object.hasOwn,
    isField: (helper) => helper === field,
    site(helper, name, arity, loc) {
      // As Handlebars calls it: the helper (or the field of that name, strictly), with an options object last.
      const asHandlebars: HelperSite = (callee, self, data, ...args) => (callee as HelperDelegate).call(self, ...args, { lookupProperty: lp, name, hash: {}, data, loc });
      const parts = strictHelperParts(helper);
      return parts !== undefined && parts.helper.length === arity ? directSite(parts, helper as HelperDelegate, arity, loc, asHandlebars) : asHandlebars;
    },
    loc: (startLine, startColumn, endLine, endColumn) => new Place(startLine, startColumn, endLine, endColumn),
  };
  const main = compiled(runtime);
  return ((context: unknown) => {
    try {
      return `${main(context, { _parent: {}, root: context }) as string}`;
    } finally {
      // The programs hold their data, and through it the context: a bound template outlives its render
      // (it is cached for the next run), and must not keep a target's code views alive after it.
      programs.clear();
    }
  }) as TemplateDelegate;
}

/**
 * A strict helper's call site without its wrapper: the arguments checked as the wrapper checks them, the
 * helper called with them alone, and a helper that throws made the wrapper's fault. Arguments the wrapper
 * would refuse go through the wrapper itself (it only reads the options' place), so the fault and its
 * message are the wrapper's; so does a callee that is not the wrapper. A template calls its helpers tens
 * of times per code, and the wrapper's rest arguments, options object and `apply` were most of a call's cost.
 */
function directSite({ name, helper, accepts: text }: StrictHelperParts, wrapper: HelperDelegate, arity: number, loc: unknown, asHandlebars: HelperSite): HelperSite {
  const call = helper as (this: unknown, ...args: unknown[]) => unknown;
  const place = loc as { start: { line: number; column: number } } | undefined;
  switch (arity) {
    case 1:
      return (callee, self, data, a) => {
        if (callee !== wrapper || !text(a)) return asHandlebars(callee, self, data, a);
        try {
          return call.call(self, a);
        } catch (error) {
          throw helperFailure(name, error, place);
        }
      };
    case 2:
      return (callee, self, data, a, b) => {
        if (callee !== wrapper || !text(a) || !text(b)) return asHandlebars(callee, self, data, a, b);
        try {
          return call.call(self, a, b);
        } catch (error) {
          throw helperFailure(name, error, place);
        }
      };
    default:
      return (callee, self, data, ...args) => {
        if (callee !== wrapper || !args.every(text)) return asHandlebars(callee, self, data, ...args);
        try {
          return call.apply(self, args);
        } catch (error) {
          throw helperFailure(name, error, place);
        }
      };
  }
}

/**
 * A place in a template as Handlebars writes it (`start` and `end`, each a `line` and `column`), as one
 * object: a template binds a hundred places or more and reads one only to report a fault, so `start` and
 * `end` are made when read rather than as two more objects for every place.
 */
class Place {
  readonly #startLine: number;
  readonly #startColumn: number;
  readonly #endLine: number;
  readonly #endColumn: number;

  constructor(startLine: number, startColumn: number, endLine: number, endColumn: number) {
    this.#startLine = startLine;
    this.#startColumn = startColumn;
    this.#endLine = endLine;
    this.#endColumn = endColumn;
  }

  get start(): { line: number; column: number } {
    return { line: this.#startLine, column: this.#startColumn };
  }

  get end(): { line: number; column: number } {
    return { line: this.#endLine, column: this.#endColumn };
  }
}
