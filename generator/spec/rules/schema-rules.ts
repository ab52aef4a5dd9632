import type { Ajv2020, ErrorObject, Options, ValidateFunction } from "ajv/dist/2020.js";
import { closest, formatPath, quote, type Diagnostic, type SpecPath } from "../../shared/diagnostics.js";
import type { LoadedSpec } from "../load.js";
import { loadPrecompiled, requireCjs, sourceHash } from "../../build/precompiled.js";
import { builtins, type Registry } from "../../registry.js";
import { specSchema, specSchemaText } from "../schema.js";
import type { RuleSet } from "./context.js";

/** The artifact precompile.ts writes: ajv standalone code of the Validators, and the schema's hash. */
export const validatorArtifact = "spec-validator.cjs";

/**
 * An ajv instance configured for the spec: allErrors reports every problem in one run; verbose gives each
 * error its schema, for our messages. ajv is loaded only here, when a validator must be compiled.
 */
export function createAjv(options: Options = {}): Ajv2020 {
  const { Ajv2020: Ajv } = requireCjs("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js");
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, ...options });
  // Editor-only annotations (yaml-language-server reads patternErrorMessage); we read it too.
  ajv.addVocabulary(["patternErrorMessage"]);
  return ajv;
}

/**
 * The schema's validators: the whole spec, and one category, one code and one reserved entry alone. Entries are validated one
 * by one so that a spec of a million broken entries is counted, not held: ajv with allErrors would build
 * every error object of the whole document at once.
 */
export interface Validators {
  readonly spec: ValidateFunction;
  readonly category: ValidateFunction;
  readonly code: ValidateFunction;
  readonly reserved: ValidateFunction;
}

/** The references, inside the schema registered as `spec`, of what `Validators` holds. */
export const validatorRefs: Readonly<Record<keyof Validators, string>> = {
  spec: "spec",
  category: "spec#/$defs/category",
  code: "spec#/$defs/code",
  reserved: "spec#/$defs/reserved",
};

/** Validators by registry: the schema depends on the registry's languages and targets. */
const validatorsByRegistry = new WeakMap<Registry, Validators>();

/**
 * The registry's validators: for the built-in registry, the build's ajv standalone code when the schema is
 * unchanged since the build; otherwise compiled now from the registry's schema.
 */
function validatorsFor(registry: Registry): Validators {
  let validators = validatorsByRegistry.get(registry);
  if (validators === undefined) {
    validators = loadValidators(registry);
    validatorsByRegistry.set(registry, validators);
  }
  return validators;
}

function loadValidators(registry: Registry): Validators {
  if (registry === builtins) {
    const built = loadPrecompiled<Validators & { sourceHash?: string }>(validatorArtifact);
    if (built !== undefined && built.sourceHash === sourceHash(specSchemaText(registry))) return built;
  }
  const ajv = createAjv();
  ajv.addSchema(specSchema(registry), "spec");
  const get = (ref: string) => {
    const validate = ajv.getSchema(ref);
    if (validate === undefined) throw new Error(`the spec schema has no ${ref}`);
    return validate;
  };
  return {
    spec: get(validatorRefs.spec),
    category: get(validatorRefs.category),
    code: get(validatorRefs.code),
    reserved: get(validatorRefs.reserved),
  };
}

/** The spec's shape, checked against the registry's JSON Schema (spec/schema.ts); every violation counted, located. */
export const schemaRules: RuleSet = {
  name: "schema",
  check({ spec, registry }, report) {
    const seen = new Set<string>();
    for (const [errors, base] of schemaErrors(spec.data, validatorsFor(registry))) {
      for (const error of errors) {
        // Past the problems that will be shown, count without locating: a flood of a million broken
        // entries then costs a count, not a million lookups and messages.
        if (!report.room()) {
          report.add(omittedError);
          continue;
        }
        const diagnostic = toDiagnostic({ ...error, instancePath: base + error.instancePath }, spec);
        const key = `${diagnostic.path}\u0000${diagnostic.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        report.add(diagnostic);
      }
    }
  },
};

/** What an error past the shown ones is reported as: it is only counted. */
const omittedError: Diagnostic = { severity: "error", line: 0, column: 0, path: "", message: "" };

/**
 * ajv's errors for `data`, each list with the pointer of what it was run on: the root with its lists
 * emptied (when they are lists), then each entry alone.
 */
function* schemaErrors(value: unknown, validators: Validators): Generator<[readonly ErrorObject[], string]> {
  const { spec: validateRoot, category, code, reserved } = validators;
  const data = value as Record<string, unknown>;
  const isMapping = typeof data === "object" && data !== null && !Array.isArray(data);
  const lists = ["categories", "codes", "reserved"] as const;
  // The root with its lists emptied (when they are lists), then each entry alone.
  const root = isMapping ? { ...data, ...Object.fromEntries(lists.filter((list) => Array.isArray(data[list])).map((list) => [list, []])) } : data;
  if (!validateRoot(root)) {
    const emptied = (error: ErrorObject) =>
      error.keyword === "minItems" && lists.some((list) => error.instancePath === `/${list}` && (data[list] as unknown[]).length > 0);
    yield [(validateRoot.errors ?? []).filter((error) => !(isMapping && emptied(error))), ""];
  }
  if (!isMapping) return;
  for (const [list, validate] of [["categories", category], ["codes", code], ["reserved", reserved]] as const) {
    const entries = data[list];
    if (!Array.isArray(entries)) continue;
    for (let index = 0; index < entries.length; index++) {
      if (!validate(entries[index])) yield [validate.errors ?? [], `/${list}/${index}`];
    }
  }
}

function toDiagnostic(error: ErrorObject, spec: LoadedSpec): Diagnostic {
  const path = pointerToPath(error.instancePath, spec.data);
  const params = error.params as Record<string, unknown>;
  const parentSchema = (error.parentSchema ?? {}) as Record<string, unknown>;

  switch (error.keyword) {
    case "additionalProperties": {
      const field = String(params["additionalProperty"]);
      const known = Object.keys((parentSchema["properties"] ?? {}) as object);
      const suggestion = closest(field, known);
      const hint = suggestion === undefined ? `known fields: ${known.join(", ")}` : `did you mean "${suggestion}"?`;
      return located(spec, [...path, field], true, `unknown field ${quote(field)}; ${hint}`);
    }
    case "required":
      return located(spec, path, false, `missing required field "${String(params["missingProperty"])}"`);
    case "type": {
      // YAML reads unquoted NULL, TRUE, No or 200 as non-strings; quoting is the fix people look for.
      const plain = error.data === null || ["boolean", "number"].includes(typeof error.data);
      const hint = params["type"] === "string" && plain ? "; put it in quotes to make it a string" : "";
      return located(spec, path, false, `must be ${typeNames[String(params["type"])] ?? String(params["type"])}, not ${describe(error.data)}${hint}`);
    }
    case "pattern":
      return located(spec, path, false, String(parentSchema["patternErrorMessage"] ?? error.message));
    case "minItems":
      return located(spec, path, false, `must not be empty: list at least ${String(params["limit"])}`);
    case "maxLength":
      return located(spec, path, false, `is longer than the ${String(params["limit"])} characters allowed`);
    case "enum":
      return located(spec, path, false, `must be one of ${(params["allowedValues"] as unknown[]).join(", ")}`);
    default:
      return located(spec, path, false, error.message ?? `fails ${error.keyword}`);
  }
}

function located(spec: LoadedSpec, path: SpecPath, key: boolean, message: string): Diagnostic {
  return { severity: "error", ...spec.locate(path, key), path: formatPath(path), message };
}

/** ajv's `/codes/12/name` → `["codes", 12, "name"]`, with indexes as numbers where the data is a list. */
function pointerToPath(pointer: string, data: unknown): SpecPath {
  if (pointer === "") return [];
  const path: (string | number)[] = [];
  let node = data;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) {
      path.push(Number(segment));
      node = node[Number(segment)];
    } else {
      path.push(segment);
      node = (node as Record<string, unknown> | undefined)?.[segment];
    }
  }
  return path;
}

/** JSON Schema's type names in the words of a YAML author. */
const typeNames: Readonly<Record<string, string>> = {
  array: "a list",
  object: "a mapping",
  integer: "an integer",
  number: "a number",
  string: "a string",
  boolean: "true or false",
};

/** What a wrong value is, for "must be an integer, not a string (\"200\")". */
function describe(value: unknown): string {
  if (value === null) return "null (an empty value)";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Uint8Array) return "binary data (!!binary)";
  if (typeof value === "number") return Number.isInteger(value) ? `the integer ${value}` : `the number ${value}`;
  if (typeof value === "string") return `a string (${quote(value, 40)})`;
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${String(value)}`;
}
