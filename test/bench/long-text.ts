// npm run bench:text: `generate` on specs of long messages near the 32 MiB limit, hostile ones beside a
// plain one: each escaper and comment writer must cost the same per byte it writes however its text is
// made. A character-at-a-time escaper once took 30 to 40 s and 3 GiB on these, against 4 s and 1.3 GiB
// for the plain spec. Prints a Markdown table; exits 1 when a hostile spec costs more than 1.5 times
// the plain one's time or peak memory per byte written.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// This file runs from dist-bench/test/bench/.
const root = fileURLToPath(new URL("../../../", import.meta.url));
const bin = join(root, (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { bin: Record<string, string> }).bin["status-codegen"] ?? "");
const runs = 3;

/** A spec of `count` codes in one category, each with the message `message` (YAML text as written). */
function spec(count: number, message: string): string {
  const lines = ["version: 1.0.0", "categories:", "  - { id: general, title: General, description: Codes. }", "codes:"];
  for (let index = 0; index < count; index++) lines.push(`  - code: ${100_000 + index}`, `    name: CODE_${index}`, "    category: general", `    message: ${message}`);
  return `${lines.join("\n")}\n`;
}

const shapes: { name: string; text: () => string }[] = [
  { name: "plain: 3,300 messages of 10,000 `a`", text: () => spec(3_300, "a".repeat(10_000)) },
  { name: "3,300 messages of 10,000 characters of `$|\\\"~<#`", text: () => spec(3_300, `'${"$|\\\"~<#".repeat(1_429).slice(0, 10_000)}'`) },
  { name: "1,108 messages of 10,000 zero-width spaces", text: () => spec(1_108, `"${"\u200B".repeat(10_000)}"`) },
  { name: "2,200 messages of 5,000 short lines (`\\n` escapes)", text: () => spec(2_200, `"x${"a\\n".repeat(4_999)}x"`) },
];

/** Bytes of every file under `dir`. */
function bytesUnder(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).reduce((sum, entry) => {
    const stats = statSync(join(dir, entry));
    return sum + (stats.isFile() ? stats.size : 0);
  }, 0);
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

const work = mkdtempSync(join(tmpdir(), "status-codegen-long-text-"));
const rows: { name: string; inMiB: number; outMiB: number; seconds: number; peakMiB: number }[] = [];
try {
  for (const [index, shape] of shapes.entries()) {
    const specPath = join(work, `spec-${index}.yaml`);
    const text = shape.text();
    writeFileSync(specPath, text);
    const out = join(work, `out-${index}`);
    const samples: { seconds: number; peakMiB: number }[] = [];
    for (let run = 0; run < runs; run++) {
      rmSync(out, { recursive: true, force: true });
      const start = process.hrtime.bigint();
      const result = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, bin, "generate", "--spec", specPath, "--out", out], { encoding: "utf8" });
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (result.status !== 0) throw new Error(`${shape.name}: exit ${result.status}: ${result.stderr.slice(-2000)}`);
      samples.push({ seconds, peakMiB: Number(result.stderr.trim().split("\n").at(-1)) / 1024 });
    }
    rows.push({ name: shape.name, inMiB: Buffer.byteLength(text) / 2 ** 20, outMiB: bytesUnder(out) / 2 ** 20, seconds: median(samples.map((s) => s.seconds)), peakMiB: median(samples.map((s) => s.peakMiB)) });
    rmSync(out, { recursive: true, force: true });
    rmSync(specPath);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const [plain] = rows;
const failures: string[] = [];
console.log(`status-codegen on Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model.trim() ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB; median of ${runs} runs\n`);
console.log("| spec | MiB in | MiB written | s | peak MiB | s per MiB written, vs plain | peak per MiB written, vs plain |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const row of rows) {
  const time = plain === undefined ? 1 : row.seconds / row.outMiB / (plain.seconds / plain.outMiB);
  const memory = plain === undefined ? 1 : row.peakMiB / row.outMiB / (plain.peakMiB / plain.outMiB);
  if (time > 1.5 || memory > 1.5) failures.push(row.name);
  console.log(`| ${row.name} | ${row.inMiB.toFixed(1)} | ${row.outMiB.toFixed(0)} | ${row.seconds.toFixed(2)} | ${row.peakMiB.toFixed(0)} | ${time.toFixed(2)}x | ${memory.toFixed(2)}x |`);
}
if (failures.length > 0) {
  console.log(`\nover 1.5x the plain spec's cost per byte written: ${failures.join("; ")}`);
  process.exitCode = 1;
}
