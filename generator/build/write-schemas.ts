// `npm run schemas`: writes the JSON Schemas the built-in registry derives, which editors and the
// published package read: spec/status-codes.schema.json (the spec's, spec/schema.ts) and
// spec/status-codegen.config.schema.json (a consumer config's, config/schema.ts). A test fails while a
// committed file differs from what this writes.
import { writeFileSync } from "node:fs";
import { builtins } from "../registry.js";
import { specSchemaText } from "../spec/schema.js";
import { configSchemaText } from "../config/schema.js";

for (const [name, text] of [["status-codes.schema.json", specSchemaText(builtins)], ["status-codegen.config.schema.json", configSchemaText(builtins)]] as const) {
  const file = new URL(`../../spec/${name}`, import.meta.url);
  writeFileSync(file, text);
  process.stdout.write(`wrote ${file.pathname}\n`);
}
