// `npm run spec-schema`: writes spec/status-codes.schema.json, the spec's JSON Schema for the built-in
// registry (spec/schema.ts), which editors and the published package read. A test fails while the
// committed file differs from what this writes.
import { writeFileSync } from "node:fs";
import { builtins } from "../registry.js";
import { specSchemaText } from "../spec/schema.js";

const file = new URL("../../spec/status-codes.schema.json", import.meta.url);
writeFileSync(file, specSchemaText(builtins));
process.stdout.write(`wrote ${file.pathname}\n`);
