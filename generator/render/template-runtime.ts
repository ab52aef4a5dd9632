import type { HelperDelegate, TemplateDelegate } from "handlebars";

type HandlebarsModule = typeof import("handlebars");

/** What a template compiled by template-compiler.ts is: given the runtime, its main program. */
export type CompiledTemplate = (runtime: TemplateRuntime) => (context: unknown, data: unknown) => unknown;

/** The calls compiled templates make, as Handlebars' runtime makes them (runtime.js: strict, lookupProperty, lambda, program, noop). */
export interface TemplateRuntime {
  readonly h: Readonly<Record<string, HelperDelegate>>;
  readonly lp: (parent: unknown, name: string) => unknown;
  readonly strict: (object: unknown, name: string, loc: unknown) => unknown;
  readonly lambda: (value: unknown, context: unknown) => unknown;
  readonly program: (fn: (context: unknown, data: unknown) => unknown, data: unknown, blockParams: number) => unknown;
  readonly noop: () => string;
  readonly nullContext: object;
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
  const runtime: TemplateRuntime = {
    h: helpers,
    lp,
    strict(object, name, loc) {
      if (!object || !(name in (object as object))) throw new Exception(`"${name}" not defined in ${String(object)}`, { loc });
      return lp(object, name);
    },
    lambda: (value, context) => (typeof value === "function" ? (value as (this: unknown) => unknown).call(context) : value),
    program(fn, data, blockParams) {
      const prog = (context: unknown, options: { data?: unknown } = {}) => fn(context, options.data || data);
      return Object.assign(prog, { blockParams });
    },
    noop: () => "",
    nullContext: Object.seal({}),
  };
  const main = compiled(runtime);
  return ((context: unknown) => `${main(context, { _parent: {}, root: context }) as string}`) as TemplateDelegate;
}
