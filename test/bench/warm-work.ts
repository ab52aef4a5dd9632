// The bench's lower bound for one run's work: `generate` of a spec done again and again in one process
// (through the API, into an emptied folder each time, as the bench's runs write), so that every function
// has been compiled and optimized; prints the median of the later runs, in seconds. A fresh process cannot
// do the same work faster than this, so `status-codegen --version` (loading the command) plus this is the
// least a fresh `generate` can take.
//
//   node warm-work.js SPEC OUT_DIR [RUNS]
import { rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

interface Api {
  generate(options: Record<string, unknown>): { ok: boolean; diagnostics: readonly { message: string }[] };
}

const [spec, out, runsText] = process.argv.slice(2);
if (spec === undefined || out === undefined) throw new Error("usage: warm-work SPEC OUT_DIR [RUNS]");
const runs = Number(runsText ?? 40);
// This file runs from dist-bench/test/bench/; the generator is the build's (dist/).
const root = fileURLToPath(new URL("../../../", import.meta.url));
const api = (await import(pathToFileURL(join(root, "dist/api.js")).href)) as Api;
const seconds: number[] = [];
for (let run = 0; run < runs; run++) {
  rmSync(out, { recursive: true, force: true });
  const start = process.hrtime.bigint();
  const result = api.generate({ spec, out, config: false });
  seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
  if (!result.ok) throw new Error(`generate failed: ${result.diagnostics.map((diagnostic) => diagnostic.message).join("; ")}`);
}
const later = seconds.slice(Math.floor(runs / 2)).sort((a, b) => a - b);
process.stdout.write(`${later[Math.floor(later.length / 2)]}\n`);
