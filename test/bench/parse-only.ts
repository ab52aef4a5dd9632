// The floor the generator is measured against: read the spec and compose it with the project's own yaml
// package, with positions, as the generator must; nothing else.
import { readFileSync } from "node:fs";
import { LineCounter, parseDocument } from "yaml";

const path = process.argv[2];
if (path === undefined) throw new Error("usage: parse-only SPEC");
const lineCounter = new LineCounter();
const document = parseDocument(readFileSync(path, "utf8"), { lineCounter });
const data = document.toJS() as { codes?: unknown[] };
process.stdout.write(`${data.codes?.length ?? 0}\n`);
