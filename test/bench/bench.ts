// npm run bench: times whole CLI processes on the real spec and on synthetic specs of 1,000, 10,000 and
// 100,000 codes, beside the baselines (`node -e 0`, and parse-only.ts, which only composes the YAML), and
// checks the budgets of issue 5. Prints a Markdown table; exits 1 when a budget is missed.
//
//   BENCH_SIZES=1000,10000   only these synthetic sizes (default 1000,10000,100000)
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { syntheticSpec } from "../support/synthetic-spec.js";
import { targetArgumentsHolding } from "./targets-holding.js";

// This file runs from dist-bench/test/bench/.
const root = fileURLToPath(new URL("../../../", import.meta.url));
const bin = join(root, (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { bin: Record<string, string> }).bin["status-codegen"] ?? "");
const parseOnly = fileURLToPath(new URL("./parse-only.js", import.meta.url));
const timeCommand = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

interface Sample {
  seconds: number;
  peakMiB: number | undefined;
}

interface Measure {
  label: string;
  median: number;
  min: number;
  max: number;
  peakMiB: number | undefined;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** One fresh process; wall time from here, peak resident memory from /usr/bin/time when it exists. */
function sample(args: string[], prepare?: () => void): Sample {
  prepare?.();
  const command = timeCommand === undefined ? [process.execPath, ...args] : [timeCommand, "-f", "%M", process.execPath, ...args];
  const start = process.hrtime.bigint();
  const result = spawnSync(command[0] as string, command.slice(1), { encoding: "utf8", maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${args.join(" ")} exited ${result.status}: ${result.stderr.slice(-2000)}`);
  const kib = timeCommand === undefined ? undefined : Number(result.stderr.trim().split("\n").at(-1));
  return { seconds, peakMiB: kib === undefined ? undefined : kib / 1024 };
}

function measure(label: string, runs: number, args: string[], prepare?: () => void): Measure {
  sample(args, prepare); // warm the file cache and the module cache of the OS
  const samples = Array.from({ length: runs }, () => sample(args, prepare));
  const seconds = samples.map((s) => s.seconds);
  const peaks = samples.map((s) => s.peakMiB).filter((value): value is number => value !== undefined);
  return {
    label,
    median: median(seconds),
    min: Math.min(...seconds),
    max: Math.max(...seconds),
    peakMiB: peaks.length === 0 ? undefined : median(peaks),
  };
}

const work = mkdtempSync(join(tmpdir(), "status-codegen-bench-"));
const sizes = (process.env["BENCH_SIZES"] ?? "1000,10000,100000").split(",").map(Number);
const runsFor = (count: number) => (count <= 1000 ? 10 : count <= 10_000 ? 5 : 3);

const rows: Measure[] = [];
const failures: string[] = [];
const check = (ok: boolean, text: string) => {
  if (!ok) failures.push(text);
  return `${ok ? "ok" : "MISSED"}: ${text}`;
};
const budgets: string[] = [];

try {
  const nodeBaseline = measure("node -e 0", 15, ["-e", "0"]);
  rows.push(nodeBaseline);

  // The real spec: all five targets, against Node's own start-up.
  const realOut = join(work, "real-out");
  const realSpec = join(root, "spec/status-codes.yaml");
  const realGenerate = measure("real spec (71 codes): generate", 15, [bin, "generate", "--spec", realSpec, "--out", realOut], () =>
    rmSync(realOut, { recursive: true, force: true }),
  );
  const realCheck = measure("real spec (71 codes): generate --check", 15, [bin, "generate", "--check", "--spec", realSpec, "--out", realOut]);
  rows.push(realGenerate, realCheck);
  budgets.push(check(realGenerate.median <= 2 * nodeBaseline.median, `real spec generate ${(realGenerate.median / nodeBaseline.median).toFixed(2)}x node -e 0 (budget 2.0x)`));
  budgets.push(check(realCheck.median <= realGenerate.median * 1.05, `real spec --check ${(realCheck.median / realGenerate.median).toFixed(2)}x generate (budget: no slower)`));

  const bySize = new Map<number, { generate: Measure; parse: Measure }>();
  for (const count of sizes) {
    const dir = join(work, String(count));
    mkdirSync(dir, { recursive: true });
    const spec = join(dir, "status-codes.yaml");
    writeFileSync(spec, syntheticSpec(count));
    const out = join(dir, "out");
    const runs = runsFor(count);
    const parse = measure(`${count} codes: parse only (floor)`, runs, [parseOnly, spec]);
    // Past 4,000 codes the Java target refuses the table: these runs measure every other target.
    const targets = await targetArgumentsHolding(root, count, 5);
    const generate = measure(`${count} codes: generate`, runs, [bin, "generate", "--spec", spec, "--out", out, ...targets], () =>
      rmSync(out, { recursive: true, force: true }),
    );
    const checkRun = measure(`${count} codes: generate --check`, runs, [bin, "generate", "--check", "--spec", spec, "--out", out, ...targets]);
    rows.push(parse, generate, checkRun);
    bySize.set(count, { generate, parse });
    if (count >= 10_000) {
      const timeRatio = generate.median / parse.median;
      budgets.push(check(timeRatio <= 1.3, `${count} codes: generate time ${timeRatio.toFixed(2)}x parse only (budget 1.3x)`));
      if (generate.peakMiB !== undefined && parse.peakMiB !== undefined) {
        const memoryRatio = generate.peakMiB / parse.peakMiB;
        budgets.push(check(memoryRatio <= 1.3, `${count} codes: generate peak memory ${memoryRatio.toFixed(2)}x parse only (budget 1.3x)`));
      }
    }
  }
  const small = bySize.get(10_000);
  const large = bySize.get(100_000);
  if (small !== undefined && large !== undefined) {
    const growth = large.generate.median / small.generate.median;
    budgets.push(check(growth <= 11, `time(100,000) / time(10,000) = ${growth.toFixed(2)} (budget 11)`));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
console.log(`status-codegen ${version.version} on Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
console.log("");
console.log("| run | median s | min–max s | peak MiB |");
console.log("| --- | ---: | ---: | ---: |");
for (const row of rows) {
  const peak = row.peakMiB === undefined ? "–" : row.peakMiB.toFixed(0);
  console.log(`| ${row.label} | ${row.median.toFixed(3)} | ${row.min.toFixed(3)}–${row.max.toFixed(3)} | ${peak} |`);
}
console.log("");
for (const line of budgets) console.log(`- ${line}`);
if (failures.length > 0) {
  console.error(`\n${failures.length} budget(s) missed`);
  process.exitCode = 1;
}
