import { fieldHelper } from "./strict-arguments.js";

type Program = hbs.AST.Program;
type Node = hbs.AST.Node & Record<string, unknown>;
type Path = hbs.AST.PathExpression;
type Location = hbs.AST.SourceLocation;

/**
 * A compiler of the built-in templates to plain JavaScript, run at build time (precompile.ts) instead of
 * Handlebars' runtime: the same text, made with less work for each field a template prints. It covers what
 * the built-in templates use, as Handlebars compiles it in strict mode without escaping, with data:
 * text, comments, `{{field}}`, `{{this}}`, `{{@index}}` and `{{@root.a.b}}`, helper calls with arguments
 * and subexpressions, and `{{#each}}`, `{{#if}}` and `{{#unless}}` with `{{else}}`. A template that uses
 * anything else (hash arguments, block parameters, `../`, partials, other block helpers) gets undefined,
 * and Handlebars' own precompiled form runs instead.
 *
 * Each expression does what Handlebars' JavaScriptCompiler emits for the node, with its runtime calls made
 * by the small runtime (template-runtime.ts): a helper is looked up among the environment's own helpers (a
 * name that is none is a field, read through `strict`), called with the context (or Handlebars' null
 * context) as `this` and an options object of the same fields; a program that is all text and values
 * returns their sum (`return a + b`), as Handlebars' does, so a block of one bare field gives that field's
 * value. Three things cost less, with the same result: the places and helper lookups are constants made
 * when the template is bound; a field that each step finds as an own field of an object is read inline,
 * and only otherwise through the `field` helper (which says what is missing); a strict helper's call site
 * calls it directly when its arguments pass the wrapper's checks (see template-runtime.ts).
 */
export function compileTemplate(program: Program): string | undefined {
  const compiler = new Compiler();
  try {
    const main = compiler.program(program);
    return [
      "(function (rt) {",
      '"use strict";',
      "const { h, lp, strict, lambda, program, noop, nullContext, hasOwn, site, loc } = rt;",
      ...compiler.constants,
      ...compiler.functions,
      `return ${main};`,
      "})",
    ].join("\n");
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/** A construct the compiler leaves to Handlebars. */
class Unsupported extends Error {}

/** Handlebars' helpers known at compile time by default: a simple name among them is called, never read. */
const knownHelpers = new Set(["helperMissing", "blockHelperMissing", "each", "if", "unless", "with", "log", "lookup"]);

class Compiler {
  readonly functions: string[] = [];
  /**
   * What the template's programs share, made once when it is bound rather than at every call: each place
   * (Handlebars' loc objects), each helper as the environment has it, and each helper call's site.
   */
  readonly constants: string[] = [];
  private readonly names = new Map<string, string>();

  /** A constant made once when the template is bound, by its code (the same code is one constant). */
  private constant(prefix: string, code: string): string {
    const key = `${prefix}\u0000${code}`;
    let name = this.names.get(key);
    if (name === undefined) {
      name = `${prefix}${this.names.size}`;
      this.names.set(key, name);
      this.constants.push(`const ${name} = ${code};`);
    }
    return name;
  }

  /** A node's place as Handlebars writes it (`{"start":{…},"end":{…}}`), as a shared constant. */
  private location(loc: Location | undefined): string {
    return loc === undefined ? "undefined" : this.constant("L", location(loc));
  }

  /** The environment's helper of that name (Handlebars' lookupProperty on its helpers), looked up once. */
  private helper(name: string): string {
    return this.constant("H", `lp(h, ${JSON.stringify(name)})`);
  }

  /** A program as a function `(depth0, data) => value`; returns its name. */
  program(program: Program): string {
    if ((program.blockParams?.length ?? 0) > 0) throw new Unsupported();
    const parts: string[] = [];
    let pending = "";
    const flush = () => {
      if (pending !== "") parts.push(JSON.stringify(pending));
      pending = "";
    };
    for (const statement of program.body as Node[]) {
      if (statement.type === "ContentStatement") {
        pending += statement["value"] as string;
      } else if (statement.type === "CommentStatement") {
        continue;
      } else if (statement.type === "MustacheStatement" || statement.type === "BlockStatement") {
        flush();
        parts.push(`((v = ${this.statement(statement)}) != null ? v : "")`);
      } else {
        throw new Unsupported();
      }
    }
    flush();
    // After the programs of its blocks, which the statements above have added.
    const name = `p${this.functions.length}`;
    const body = parts.length === 0 ? `""` : parts.join(" + ");
    this.functions.push(`function ${name}(depth0, data) {\n  let v, helper, t;\n  const self = depth0 != null ? depth0 : nullContext;\n  return ${body};\n}`);
    return name;
  }

  /** A mustache or a block: its value, before it is appended. */
  private statement(node: Node): string {
    if (node["hash"] !== undefined && node["hash"] !== null) throw new Unsupported();
    const path = node["path"] as Node;
    if (path.type !== "PathExpression") throw new Unsupported();
    const params = (node["params"] as Node[]) ?? [];
    const isBlock = node.type === "BlockStatement";
    const fn = isBlock ? (node["program"] === undefined || node["program"] === null ? undefined : `program(${this.program(node["program"] as Program)}, data, 0)`) : undefined;
    const inverse = isBlock ? (node["inverse"] === undefined || node["inverse"] === null ? undefined : `program(${this.program(node["inverse"] as Program)}, data, 0)`) : undefined;
    if (isBlock && (fn !== undefined || inverse !== undefined) && (params.length === 0 || !knownHelpers.has((path as unknown as Path).parts[0] ?? ""))) {
      // Blocks of Handlebars' own helpers only (each, if, unless): anything else goes through blockHelperMissing.
      throw new Unsupported();
    }
    return this.sexpr(node, params, fn, inverse);
  }

  /** Handlebars' classifySexpr, then the code of each kind. */
  private sexpr(node: Node, params: readonly Node[], fn?: string, inverse?: string): string {
    const path = node["path"] as unknown as Path;
    if ((path.depth ?? 0) !== 0) throw new Unsupported();
    const scoped = /^\.|this\b/.test(path.original);
    const isSimple = path.parts.length === 1 && !scoped && !path.depth;
    const isHelper = node.type === "SubExpression" || params.length > 0;
    const name = path.parts[0] ?? "";
    const loc = this.location(node.loc);
    const options = (helperName: string) =>
      `{ lookupProperty: lp, name: ${JSON.stringify(helperName)}, hash: {}${fn === undefined && inverse === undefined ? "" : `, fn: ${fn ?? "noop"}, inverse: ${inverse ?? "noop"}`}, data, loc: ${loc} }`;
    if (isHelper || (isSimple && knownHelpers.has(name))) {
      if (!isSimple || path.data) throw new Unsupported();
      const args = params.map((param) => this.param(param));
      if (knownHelpers.has(name)) return `${this.helper(name)}.call(self, ${[...args, options(name)].join(", ")})`;
      // The site calls the helper as Handlebars would, or a strict helper directly (template-runtime.ts).
      const helper = this.helper(name);
      const call = this.constant("C", `site(${helper}, ${JSON.stringify(name)}, ${params.length}, ${loc})`);
      // The helper is resolved before its arguments are evaluated, as Handlebars does.
      const viaSite = `${call}(${helper} || strict(depth0, ${JSON.stringify(name)}, ${this.location(path.loc)}), self, data${args.map((arg) => `, ${arg}`).join("")})`;
      return (name === fieldHelper ? this.fieldRead(params, helper, viaSite) : undefined) ?? viaSite;
    }
    if (isSimple) {
      // Ambiguous: a helper of that name if the environment has one, else the field (or data).
      const nonHelper = this.strictPath(path);
      // The context's own field read directly (once); anything else strictly, as Handlebars reads it.
      const key = JSON.stringify(name);
      const read = path.data ? nonHelper : `(depth0 != null && typeof depth0 === "object" && hasOwn(depth0, ${key}) ? depth0[${key}] : ${nonHelper})`;
      return `((helper = ${this.helper(name)} || ${read}), typeof helper === "function" ? helper.call(self, ${options(name)}) : helper)`;
    }
    // Simple: `{{this}}`, `{{@root.a.b}}`: the value, a function in it called with the context.
    return `lambda(${this.strictPath(path)}, depth0)`;
  }

  /**
   * strict-arguments.ts' field read of the context, `{{a.b}}` or `(helper a.b)`, as code that reads the
   * field itself when each part is an own field of an object on the way (as `field` reads it), else calls
   * `field`, which also says what is missing. Undefined for a read of anything but the context.
   */
  private fieldRead(params: readonly Node[], helper: string, viaHelper: string): string | undefined {
    const [context, fieldPath] = params;
    const fromContext = context?.type === "PathExpression" && (context as unknown as Path).parts.length === 0 && !(context as unknown as Path).data && ((context as unknown as Path).depth ?? 0) === 0;
    if (!fromContext || fieldPath?.type !== "StringLiteral") return undefined;
    const parts = (fieldPath["value"] as string).split(".");
    // Each part in turn: the value so far is an object that has it as its own field.
    const checks = parts.map((part, index) => `${index === 0 ? "(t = depth0)" : `(t = t[${JSON.stringify(parts[index - 1])}])`} != null && typeof t === "object" && hasOwn(t, ${JSON.stringify(part)})`);
    // Only while the environment's helper of that name is `field` itself (it always is, as render.ts makes them).
    const isField = this.constant("F", `rt.isField(${helper})`);
    return `(${isField} && ${checks.join(" && ")} ? t[${JSON.stringify(parts.at(-1))}] : ${viaHelper})`;
  }

  /** A path read as a mustache reads it (strict: its last part must exist). */
  private strictPath(path: Path): string {
    const base = path.data ? "data" : "depth0";
    if (path.parts.length === 0) return base;
    let code = base;
    for (const part of path.parts.slice(0, -1)) code = `lp(${code}, ${JSON.stringify(part)})`;
    return `strict(${code}, ${JSON.stringify(path.parts.at(-1))}, ${this.location(path.loc)})`;
  }

  /** A helper's argument: a literal, the context, a data or field path (read without strictness), or a subexpression. */
  private param(param: Node): string {
    switch (param.type) {
      case "StringLiteral":
        return JSON.stringify(param["value"]);
      case "NumberLiteral":
      case "BooleanLiteral":
        return String(param["value"]);
      case "UndefinedLiteral":
        return "undefined";
      case "NullLiteral":
        return "null";
      case "SubExpression":
        return this.sexpr(param, (param["params"] as Node[]) ?? []);
      case "PathExpression": {
        const path = param as unknown as Path;
        if ((path.depth ?? 0) !== 0) throw new Unsupported();
        let code = path.data ? "data" : "depth0";
        for (const part of path.parts) code = `lp(${code}, ${JSON.stringify(part)})`;
        return code;
      }
      default:
        throw new Unsupported();
    }
  }
}

/** The code of a node's place as Handlebars writes it (`{"start":{…},"end":{…}}`), made by the runtime's `loc`. */
function location(loc: Location | undefined): string {
  if (loc === undefined) return "undefined";
  return `loc(${loc.start.line}, ${loc.start.column}, ${loc.end.line}, ${loc.end.column})`;
}
