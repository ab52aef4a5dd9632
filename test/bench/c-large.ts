// npm run bench:c: how the C output of a large table compiles and runs. Generates synthetic specs of
// 1,000, 10,000 and 100,000 codes, compiles each table with the kit's strict flags (gcc -std=c99, g++
// -std=c++11 with the table compiled as C++, clang -std=c99) together with a driver that looks up every
// code of the table and three unknown numbers, runs it, and prints the compile time, the compiler's peak
// memory and the object size. Exits 1 when a compile or a lookup fails.
//
//   BENCH_SIZES=1000,10000   only these sizes (default 1000,10000,100000)
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { syntheticSpec } from "../support/synthetic-spec.js";

// This file runs from dist-bench/test/bench/.
const root = fileURLToPath(new URL("../../../", import.meta.url));
const bin = join(root, (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { bin: Record<string, string> }).bin["status-codegen"] ?? "");
const timeCommand = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
const sizes = (process.env["BENCH_SIZES"] ?? "1000,10000,100000").split(",").map(Number);
const strict = ["-Wall", "-Wextra", "-Werror", "-pedantic"];

/** Checks every code's lookup and that unknown numbers find nothing; prints how many it found. */
const driver = `#include <stdio.h>
#include "status_codes.h"

int main(void)
{
    size_t index;
    size_t found = 0;
    for (index = 0; index < status_code_count; index++) {
        const status_code_info *info = status_code_find(status_code_table[index].code);
        if (info == &status_code_table[index]) found++;
    }
    if (status_code_find(0) != NULL || status_code_find(-1) != NULL || status_code_find(2147483647) != NULL) return 1;
    printf("%lu\\n", (unsigned long)found);
    return found == status_code_count ? 0 : 1;
}
`;

/** One process: wall seconds, peak resident MiB (from /usr/bin/time when it exists), and what it printed. */
function run(command: string, args: readonly string[], cwd: string): { seconds: number; peakMiB: number | undefined; stdout: string } {
  const full = timeCommand === undefined ? [command, ...args] : [timeCommand, "-f", "%M", command, ...args];
  const start = process.hrtime.bigint();
  const result = spawnSync(full[0] as string, full.slice(1), { cwd, encoding: "utf8", maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${result.status}: ${result.stderr.slice(-2000)}`);
  const kib = timeCommand === undefined ? undefined : Number(result.stderr.trim().split("\n").at(-1));
  return { seconds, peakMiB: kib === undefined ? undefined : kib / 1024, stdout: result.stdout };
}

const rows: string[] = [];
let failed = false;
for (const size of sizes) {
  const dir = mkdtempSync(join(tmpdir(), "status-codegen-bench-c-"));
  try {
    writeFileSync(join(dir, "spec.yaml"), syntheticSpec(size));
    run(process.execPath, [bin, "generate", "--spec", join(dir, "spec.yaml"), "--out", join(dir, "out")], dir);
    writeFileSync(join(dir, "main.c"), driver);
    const source = join(dir, "out/c/status_codes.c");
    const sourceMiB = statSync(source).size / 2 ** 20;
    const compilers = [
      ["gcc -std=c99", "gcc", ["-std=c99", ...strict, "-I", "out/c", "-o", "gcc-c", "main.c", source], "gcc-c"],
      ["g++ -std=c++11 (table as C++)", "g++", ["-std=c++11", ...strict, "-I", "out/c", "-o", "gxx", "-x", "c++", "main.c", source], "gxx"],
      ["clang -std=c99", "clang", ["-std=c99", ...strict, "-I", "out/c", "-o", "clang-c", "main.c", source], "clang-c"],
    ] as const;
    for (const [label, compiler, args, program] of compilers) {
      try {
        const compile = run(compiler, args, dir);
        const found = run(join(dir, program), [], dir).stdout.trim();
        const ok = found === String(size);
        failed ||= !ok;
        const peak = compile.peakMiB === undefined ? "" : compile.peakMiB.toFixed(0);
        rows.push(`| ${size} | ${label} | ${sourceMiB.toFixed(1)} | ${compile.seconds.toFixed(2)} | ${peak} | ${(statSync(join(dir, program)).size / 2 ** 20).toFixed(1)} | ${ok ? `all ${found}` : `only ${found}`} |`);
      } catch (error) {
        failed = true;
        rows.push(`| ${size} | ${label} | ${sourceMiB.toFixed(1)} | failed: ${(error as Error).message.split("\n")[0] ?? ""} | | | |`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`C output of synthetic specs, ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, Node ${process.version}\n`);
console.log("| codes | compiler | .c MiB | compile s | peak MiB | program MiB | lookups |");
console.log("| ---: | --- | ---: | ---: | ---: | ---: | --- |");
for (const row of rows) console.log(row);
process.exit(failed ? 1 : 0);
