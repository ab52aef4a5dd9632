// Build step (npm run build, after tsc): writes dist/precompiled/, the spec validator as ajv standalone
// code and every template precompiled by Handlebars, each with the hash of its source. See precompiled.ts.
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import standalone from "ajv/dist/standalone/index.js";
import Handlebars from "handlebars";
import { precompiledDir, sourceHash } from "./precompiled.js";
import { templateOptions, templatesArtifact, templatesUrl } from "./render.js";
import { createAjv, schemaUrl, validatorArtifact, validatorRefs } from "./spec-schema.js";
import { targets } from "./targets.js";

mkdirSync(precompiledDir, { recursive: true });

const schemaText = readFileSync(schemaUrl, "utf8");
const ajv = createAjv({ code: { source: true } });
ajv.addSchema(JSON.parse(schemaText) as object, "spec");
// The CommonJS module is the function; its `default` is the same function, and the one TypeScript sees.
const validatorCode = standalone.default(ajv, { ...validatorRefs });
writeFileSync(
  `${precompiledDir}${validatorArtifact}`,
  `${validatorCode}\nmodule.exports.sourceHash = ${JSON.stringify(sourceHash(schemaText))};\n`,
);

const entries = [...new Set(targets.map((target) => target.template))].map((template) => {
  const source = readFileSync(new URL(template, templatesUrl), "utf8");
  const spec = Handlebars.precompile(source, templateOptions);
  return `  ${JSON.stringify(template)}: { hash: ${JSON.stringify(sourceHash(source))}, spec: ${String(spec)} },`;
});
writeFileSync(`${precompiledDir}${templatesArtifact}`, `"use strict";\nmodule.exports = {\n${entries.join("\n")}\n};\n`);

// tsc writes files without the executable bit; `npx status-codegen` inside this repository runs the bin
// directly (npm sets the bit only when it installs the package elsewhere).
chmodSync(new URL("./bin.js", import.meta.url), 0o755);
