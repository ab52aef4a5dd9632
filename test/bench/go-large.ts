// npm run bench:go: the Go module generated from synthetic specs of 1,000, 10,000 and 100,000 codes
// (BENCH_SIZES=1000,10000 picks sizes), then `go build`, `go vet` and `gofmt -l` on it, each timed with
// its peak memory (/usr/bin/time: wall and CPU seconds, the largest resident process). The standard
// library is compiled once beforehand into a build cache of the run's own, so the figures are the
// generated package's. Prints a Markdown table; exits 1 when 100,000 codes cost `go build` more than
// 60 CPU seconds or 2 GiB, the budget that keeps a consumer's CI comfortable on a 2-core machine.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { syntheticSpec } from "../support/synthetic-spec.js";

// This file runs from dist-bench/test/bench/.
const root = fileURLToPath(new URL("../../../", import.meta.url));
const bin = join(root, (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { bin: Record<string, string> }).bin["status-codegen"] ?? "");
const sizes = (process.env["BENCH_SIZES"] ?? "1000,10000,100000").split(",").map(Number);
const budget = { cpuSeconds: 60, peakMiB: 2048 };

interface Measured {
  readonly wall: number;
  readonly cpu: number;
  readonly peakMiB: number;
}

/** Runs a command under /usr/bin/time; throws with its output when it fails. */
function timed(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Measured & { stdout: string } {
  const result = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", command, ...args], { cwd, env, encoding: "utf8", maxBuffer: 1 << 30 });
  const figures = result.stderr.trim().split("\n").at(-1)?.split(" ").map(Number) ?? [];
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${result.status}:\n${result.stderr.slice(-3000)}`);
  const [wall = 0, user = 0, system = 0, peak = 0] = figures;
  return { wall, cpu: user + system, peakMiB: peak / 1024, stdout: result.stdout };
}

const work = mkdtempSync(join(tmpdir(), "status-codegen-go-large-"));
const env = { ...process.env, GOCACHE: join(work, "cache"), GOFLAGS: "-mod=mod", GOPROXY: "off", GOTOOLCHAIN: "local", GOWORK: "off" };
const rows: string[] = [];
let missed = false;
try {
  // The standard library the generated file imports, compiled once so that no size pays for it.
  const warm = join(work, "warm");
  mkdirSync(warm);
  writeFileSync(join(warm, "go.mod"), "module warm\n\ngo 1.21\n");
  writeFileSync(join(warm, "warm.go"), 'package warm\n\nimport (\n\t"sort"\n\t"strconv"\n)\n\nvar _ = sort.Search\nvar _ = strconv.Itoa\n');
  timed("go", ["build", "./..."], warm, env);
  timed("go", ["vet", "./..."], warm, env);

  for (const size of sizes) {
    const specPath = join(work, `spec-${size}.yaml`);
    writeFileSync(specPath, syntheticSpec(size));
    const out = join(work, `out-${size}`);
    const generated = spawnSync(process.execPath, [bin, "generate", "--spec", specPath, "--out", out, "--target", "go"], { encoding: "utf8" });
    if (generated.status !== 0) throw new Error(`generate ${size}: ${generated.stderr.slice(-2000)}`);
    const module = join(out, "go");
    const source = statSync(join(module, "statuscodes/status_codes.go")).size / 2 ** 20;
    const build = timed("go", ["build", "./..."], module, env);
    const vet = timed("go", ["vet", "./..."], module, env);
    const format = timed("gofmt", ["-l", "."], module, env);
    if (format.stdout.trim() !== "") throw new Error(`gofmt would reformat ${format.stdout}`);
    for (const [step, measured] of [["go build", build], ["go vet", vet], ["gofmt -l", format]] as const) {
      rows.push(`| ${size.toLocaleString("en")} | ${source.toFixed(1)} | ${step} | ${measured.wall.toFixed(1)} | ${measured.cpu.toFixed(1)} | ${measured.peakMiB.toFixed(0)} |`);
    }
    if (size >= 100_000 && (build.cpu > budget.cpuSeconds || build.peakMiB > budget.peakMiB)) missed = true;
    rmSync(out, { recursive: true, force: true });
    rmSync(specPath);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const go = spawnSync("go", ["version"], { encoding: "utf8" }).stdout.trim();
console.log(`${go}, ${cpus().length} x ${cpus()[0]?.model.trim() ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB\n`);
console.log("| codes | MiB of Go | step | wall s | CPU s | peak MiB |");
console.log("| ---: | ---: | --- | ---: | ---: | ---: |");
for (const row of rows) console.log(row);
console.log(`\nbudget for 100,000 codes: go build within ${budget.cpuSeconds} CPU s and ${budget.peakMiB} MiB: ${missed ? "missed" : "met"}`);
if (missed) process.exitCode = 1;
