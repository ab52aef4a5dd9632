import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import { artifactsMatchCode, loadPrecompiled, sourceHash } from "../../build/precompiled.js";
import { createAjv, reportSchemaErrors } from "./schema-errors.js";
import { builtins, type Registry } from "../../registry.js";
import { specSchema, specSchemaText } from "../schema.js";
import type { RuleSet } from "./context.js";

/** The artifact precompile.ts writes: ajv standalone code of the Validators, and the schema's hash. */
export const validatorArtifact = "spec-validator.cjs";

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
    if (built !== undefined && (artifactsMatchCode || built.sourceHash === sourceHash(specSchemaText(registry)))) return built;
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
    for (const [errors, base] of schemaErrors(spec.data, validatorsFor(registry))) reportSchemaErrors(errors, base, spec, report, seen);
  },
};

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

