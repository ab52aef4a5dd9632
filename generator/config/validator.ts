import type { ValidateFunction } from "ajv/dist/2020.js";
import { artifactsMatchCode, loadPrecompiled, sourceHash } from "../build/precompiled.js";
import { builtins, type Registry } from "../registry.js";
import { createAjv } from "../spec/rules/schema-errors.js";
import { configSchema, configSchemaText } from "./schema.js";

/** The artifact precompile.ts writes: ajv standalone code of the config validator, and the schema's hash. */
export const configValidatorArtifact = "config-validator.cjs";

const validators = new WeakMap<Registry, ValidateFunction>();

/**
 * The config validator of `registry`: for the built-in registry, the build's ajv standalone code when the
 * schema is unchanged since the build; otherwise compiled now (ajv's compiler costs a run some 100 ms).
 */
export function configValidator(registry: Registry): ValidateFunction {
  let validate = validators.get(registry);
  if (validate === undefined) {
    const built = registry === builtins ? loadPrecompiled<{ config: ValidateFunction; sourceHash?: string }>(configValidatorArtifact) : undefined;
    if (built !== undefined && (artifactsMatchCode || built.sourceHash === sourceHash(configSchemaText(registry)))) {
      validate = built.config;
    } else {
      const ajv = createAjv();
      ajv.addSchema(configSchema(registry), "config");
      const compiled = ajv.getSchema("config");
      if (compiled === undefined) throw new Error("the config schema did not compile");
      validate = compiled;
    }
    validators.set(registry, validate);
  }
  return validate;
}
