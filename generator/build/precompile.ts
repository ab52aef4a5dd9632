// Build step (npm run build, after tsc): writes dist/build/precompiled/, the spec validator of the
// built-in registry as ajv standalone code (with the hash of its schema) and every built-in template
// precompiled (with its source). See precompiled.ts.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import standalone from "ajv/dist/standalone/index.js";
import Handlebars from "handlebars";
import { defaultSettings } from "../languages/language.js";
import { builtins } from "../registry.js";
import { builtinTemplateKey, templateOptions, templatesArtifact } from "../render/render.js";
import { targetFiles } from "../languages/target.js";
import { strictArguments } from "../render/strict-arguments.js";
import { compileTemplate } from "../render/template-compiler.js";
import { validatorArtifact, validatorRefs } from "../spec/rules/schema-rules.js";
import { createAjv } from "../spec/rules/schema-errors.js";
import { specSchema, specSchemaText } from "../spec/schema.js";
import { precompiledDir, sourceHash } from "./precompiled.js";
import { configSchema, configSchemaText } from "../config/schema.js";
import { configValidatorArtifact } from "../config/validator.js";

mkdirSync(precompiledDir, { recursive: true });

const ajv = createAjv({ code: { source: true } });
ajv.addSchema(specSchema(builtins), "spec");
// The CommonJS module is the function; its `default` is the same function, and the one TypeScript sees.
const validatorCode = standalone.default(ajv, { ...validatorRefs });
writeFileSync(
  `${precompiledDir}${validatorArtifact}`,
  `${validatorCode}\nmodule.exports.sourceHash = ${JSON.stringify(sourceHash(specSchemaText(builtins)))};\n`,
);

const configAjv = createAjv({ code: { source: true } });
configAjv.addSchema(configSchema(builtins), "config");
writeFileSync(
  `${precompiledDir}${configValidatorArtifact}`,
  `${standalone.default(configAjv, { config: "config" })}\nmodule.exports.sourceHash = ${JSON.stringify(sourceHash(configSchemaText(builtins)))};\n`,
);

// Every file of every built-in target, with its default settings (templates do not depend on settings).
const templates = new Map<string, URL>();
for (const target of builtins.targets) {
  const settings = defaultSettings(target.language);
  for (const file of targetFiles(target, settings)) {
    const key = builtinTemplateKey(file.template);
    if (key !== undefined) templates.set(key, file.template);
  }
}
const entries = [...templates].map(([key, url]) => {
  const source = readFileSync(url, "utf8");
  // Plain JavaScript when the compiler covers the template (see template-compiler.ts), else Handlebars' form:
  // one of the two, since the script that carries them is read and loaded by every run.
  // compileTemplate only reads the tree, so Handlebars may take the same one after it.
  const tree = strictArguments(Handlebars.parse(source));
  const compiled = compileTemplate(tree);
  const form = compiled === undefined ? `spec: ${String(Handlebars.precompile(tree, templateOptions))}` : `compiled: ${compiled}`;
  // The source itself, not a hash of it: a run compares the two texts (see render.ts), without loading
  // node:crypto, which with the streams it loads costs a run 4 to 6 ms on the CI machine.
  return `  ${JSON.stringify(key)}: { source: ${JSON.stringify(source)}, ${form} },`;
});
writeFileSync(`${precompiledDir}${templatesArtifact}`, `"use strict";\nmodule.exports = {\n${entries.join("\n")}\n};\n`);
