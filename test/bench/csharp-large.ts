// npm run bench:csharp: how large a table the C# output compiles with mcs and runs with mono. Generates
// out/csharp/StatusCode.cs (`--target csharp`) for 100,000 codes of the synthetic shape and of the real
// spec's shape, and for long messages at the user-string heap's limit, compiles each with mcs
// -warnaserror+ beside a driver that looks every code up, and runs it; then checks that one more long
// message is refused by validation, located. Prints a Markdown table; exits 1 when a step fails.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { realShapeSpec, syntheticSpec } from "../support/synthetic-spec.js";

// This file runs from dist-bench/test/bench/.
const root = fileURLToPath(new URL("../../../", import.meta.url));
const bin = join(root, (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { bin: Record<string, string> }).bin["status-codegen"] ?? "");

/** Looks every code up by its number and three numbers that are none; prints the count, exits 1 on a miss. */
const driver = `using CommsEase.Im.Status;

internal static class Bench
{
    private static int Main()
    {
        int count = 0;
        int wrong = 0;
        foreach (StatusCodeInfo info in StatusCodes.All)
        {
            count++;
            if (StatusCodes.Find((int)info.Code) != info) wrong++;
        }

        if (StatusCodes.Find(0) != null || StatusCodes.Find(-1) != null || StatusCodes.Find(2147483647) != null) wrong++;
        global::System.Console.WriteLine(count + " codes, " + wrong + " wrong");
        return wrong == 0 ? 0 : 1;
    }
}
`;

/** `count` codes in one category, each message 10,000 characters (the schema's most), each distinct. */
function longMessages(count: number): string {
  const lines = ["version: 1.0.0", "categories:", "  - { id: general, title: General, description: Codes. }", "codes:"];
  for (let index = 0; index < count; index++) lines.push(`  - { code: ${100_000 + index}, name: CODE_${index}, category: general, message: ${String(index).padEnd(10_000, "x")} }`);
  return `${lines.join("\n")}\n`;
}

/** Runs a command under /usr/bin/time: seconds, peak MiB, and its output. */
function timed(command: string, args: readonly string[], cwd: string) {
  const start = process.hrtime.bigint();
  const result = spawnSync("/usr/bin/time", ["-f", "%M", command, ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const lines = result.stderr.trim().split("\n");
  return { ok: result.status === 0, seconds, peakMiB: Number(lines.at(-1)) / 1024, output: `${result.stdout}${lines.slice(0, -1).join("\n")}` };
}

const realSpec = readFileSync(join(root, "spec/status-codes.yaml"), "utf8");
const shapes: { name: string; text: () => string }[] = [
  { name: "100,000 codes, synthetic shape", text: () => syntheticSpec(100_000) },
  { name: "100,000 codes, the real spec's shape", text: () => realShapeSpec(realSpec, parse, 100_000) },
  { name: "834 messages of 10,000 characters (the heap's limit)", text: () => longMessages(834) },
];

const work = mkdtempSync(join(tmpdir(), "status-codegen-csharp-large-"));
const rows: string[] = [];
let failed = false;
try {
  writeFileSync(join(work, "Bench.cs"), driver);
  for (const [index, shape] of shapes.entries()) {
    const spec = join(work, `spec-${index}.yaml`);
    writeFileSync(spec, shape.text());
    const out = join(work, `out-${index}`);
    const generate = timed(process.execPath, [bin, "generate", "--spec", spec, "--out", out, "--target", "csharp"], work);
    const source = join(out, "csharp/StatusCode.cs");
    const compile = generate.ok ? timed("mcs", ["-warnaserror+", `-out:${join(work, `bench-${index}.exe`)}`, source, join(work, "Bench.cs")], work) : generate;
    const run = compile.ok ? timed("mono", [join(work, `bench-${index}.exe`)], work) : compile;
    if (!run.ok) {
      failed = true;
      console.error(`${shape.name}: ${run.output.slice(-2000)}`);
    }
    const mib = generate.ok ? (readFileSync(source).length / 2 ** 20).toFixed(1) : "–";
    const cells = [generate, compile, run].map((step) => `${step.seconds.toFixed(2)} s, ${Math.round(step.peakMiB)} MiB`);
    rows.push(`| ${shape.name} | ${mib} | ${cells.join(" | ")} | ${run.ok ? run.output.trim() : "failed"} |`);
  }
  const over = join(work, "over.yaml");
  writeFileSync(over, longMessages(835));
  const refused = timed(process.execPath, [bin, "validate", "--spec", over], work);
  const located = !refused.ok && /over\.yaml:\d+:\d+ codes\[834\]\.message: the C# output cannot hold the codes from here on/.test(refused.output);
  if (!located) failed = true;
  rows.push(`| 835 messages of 10,000 characters | – | refused by validation: ${located ? "codes[834].message, located" : "NOT REFUSED AS EXPECTED"} | | | |`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(`mcs ${spawnSync("mcs", ["--version"], { encoding: "utf8" }).stdout.trim()}\n`);
console.log("| spec | StatusCode.cs MiB | generate | mcs -warnaserror+ | mono (every code looked up) | result |");
console.log("| --- | ---: | --- | --- | --- | --- |");
for (const row of rows) console.log(row);
if (failed) process.exit(1);
