// npm run bench:java: how many codes and categories the Java target's enums hold, measured with the
// machine's javac. javac creates every enum constant in the enum's static initializer, which the class
// file limits to 64 KB of bytecode; the Java target refuses a table over its capacity (javaTarget.capacity),
// and this finds, with that check switched off, the largest table javac still compiles (--release 17 and
// --release 8) and what it says one past it and at 100,000 codes. At the limit it also runs a check that
// every constant's data loads and fromCode finds every number. Prints a Markdown table; exits 1 when the
// capacity the target declares does not compile, or is not below what javac accepts.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { syntheticSpec } from "../support/synthetic-spec.js";

// This file runs from dist-bench/test/bench/; the generator is the build's (dist/).
const root = fileURLToPath(new URL("../../../", import.meta.url));

interface Capacity {
  readonly max: number;
  readonly why: string;
}
interface TargetLike {
  readonly id: string;
  readonly capacity?: { readonly codes?: Capacity; readonly categories?: Capacity };
}
interface Api {
  readonly builtinLanguages: readonly unknown[];
  readonly builtinTargets: readonly TargetLike[];
  createRegistry(languages: readonly unknown[], targets: readonly TargetLike[]): unknown;
  generate(options: Record<string, unknown>): { ok: boolean; diagnostics: readonly { message: string }[] };
}

const api = (await import(pathToFileURL(join(root, "dist/api.js")).href)) as Api;
const javaTarget = api.builtinTargets.find((target) => target.id === "java");
if (javaTarget === undefined) throw new Error("no java target in the build");
// The same target without its capacity, so that tables past it are written for javac to judge.
const withoutCapacity = (target: TargetLike): TargetLike => {
  const { capacity: _capacity, ...rest } = target;
  return rest;
};
const unlimited = api.createRegistry(api.builtinLanguages, api.builtinTargets.map((target) => (target === javaTarget ? withoutCapacity(target) : target)));

const work = mkdtempSync(join(tmpdir(), "status-codegen-java-limit-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));

/** A spec of `count` categories, each with one code. */
function categoriesSpec(count: number): string {
  const categories = Array.from({ length: count }, (_, index) => `  - { id: c${index}, title: T${index}, description: D${index}. }\n`).join("");
  const codes = Array.from({ length: count }, (_, index) => `  - { code: ${index + 1}, name: N${index}, category: c${index}, message: M${index}. }\n`).join("");
  return `version: 1.0.0\ncategories:\n${categories}codes:\n${codes}`;
}

/** The Java files the target writes for `spec`, with the capacity check off. */
function generateJava(name: string, spec: string): string[] {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "spec.yaml"), spec);
  const result = api.generate({ cwd: dir, config: false, spec: "spec.yaml", out: "out", registry: unlimited, targets: ["java"] });
  if (!result.ok) throw new Error(`generate failed: ${result.diagnostics.map((diagnostic) => diagnostic.message).join("\n")}`);
  const javaDir = join(dir, "out/java");
  return readdirSync(javaDir, { recursive: true, encoding: "utf8" }).filter((entry) => entry.endsWith(".java")).map((entry) => join(javaDir, entry));
}

interface Compiled {
  readonly ok: boolean;
  readonly seconds: number;
  /** javac's first error line, when it failed. */
  readonly error: string;
}

function javac(release: string, files: readonly string[], out: string): Compiled {
  const started = process.hrtime.bigint();
  const result = spawnSync("javac", ["--release", release, "-Xlint:all", "-Werror", "-encoding", "UTF-8", "-d", out, ...files], { encoding: "utf8", maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const error = (result.stderr.split("\n").find((line) => line.includes("error:")) ?? result.stderr.split("\n")[0] ?? "").replace(/^.*?error: /, "");
  return { ok: result.status === 0, seconds, error };
}

const rows: string[][] = [];
const cache = new Map<string, Compiled>();

/** Whether javac --release `release` compiles a table of `count` codes (or categories); each result noted as a row. */
function compiles(kind: "codes" | "categories", count: number, release = "17"): boolean {
  const key = `${kind} ${count} ${release}`;
  let compiled = cache.get(key);
  if (compiled === undefined) {
    const name = `${kind}-${count}`;
    const files = generateJava(name, kind === "codes" ? syntheticSpec(count) : categoriesSpec(count));
    compiled = javac(release, files, join(work, name, `classes-${release}`));
    cache.set(key, compiled);
    rows.push([`${count.toLocaleString("en-US")} ${kind}`, `--release ${release}`, compiled.ok ? "compiles" : `refused: ${compiled.error}`, compiled.seconds.toFixed(1)]);
    console.error(`${key}: ${compiled.ok ? "ok" : compiled.error} (${compiled.seconds.toFixed(1)} s)`);
  }
  return compiled.ok;
}

/** The largest count in [low, high) that compiles, given that `low` does and `high` does not. */
function largest(kind: "codes" | "categories", low: number, high: number): number {
  if (!compiles(kind, low) || compiles(kind, high)) throw new Error(`${kind}: expected ${low} to compile and ${high} not to`);
  let [yes, no] = [low, high];
  while (no - yes > 1) {
    const middle = Math.floor((yes + no) / 2);
    if (compiles(kind, middle)) yes = middle;
    else no = middle;
  }
  return yes;
}

const problems: string[] = [];
for (const kind of ["codes", "categories"] as const) {
  const declared = javaTarget.capacity?.[kind]?.max;
  if (declared === undefined) {
    problems.push(`the Java target declares no capacity for ${kind}`);
    continue;
  }
  const max = largest(kind, declared, declared + 1000);
  compiles(kind, max, "8");
  compiles(kind, max + 1, "8");
  if (!compiles(kind, declared, "8")) problems.push(`${declared} ${kind}, the declared capacity, do not compile with --release 8`);
  rows.push([`**largest: ${max.toLocaleString("en-US")} ${kind}**`, "", `declared capacity ${declared.toLocaleString("en-US")}`, ""]);
}
compiles("codes", 100_000);

// At the declared capacity the table must also load and look every number up.
const atCapacity = javaTarget.capacity?.codes?.max ?? 0;
const checkDir = join(work, `codes-${atCapacity}`, "check");
mkdirSync(checkDir, { recursive: true });
writeFileSync(
  join(checkDir, "Check.java"),
  [
    "import statuscodes.StatusCode;",
    "public final class Check {",
    "    public static void main(String[] args) {",
    "        int found = 0;",
    "        for (StatusCode code : StatusCode.values()) {",
    "            if (StatusCode.fromCode(code.getCode()) != code || code.getMessage().isEmpty() || code.getCategory() == null) throw new IllegalStateException(code.name());",
    "            found++;",
    "        }",
    "        System.out.println(found);",
    "    }",
    "}",
    "",
  ].join("\n"),
);
const classes = join(work, `codes-${atCapacity}`, "classes-17");
const checkCompile = spawnSync("javac", ["-cp", classes, "-d", checkDir, join(checkDir, "Check.java")], { encoding: "utf8" });
const checkRun = spawnSync("java", ["-cp", `${checkDir}:${classes}`, "Check"], { encoding: "utf8" });
const loaded = checkCompile.status === 0 && checkRun.status === 0 && checkRun.stdout.trim() === String(atCapacity);
if (!loaded) problems.push(`the ${atCapacity}-code table did not load and look up every number: ${checkCompile.stderr}${checkRun.stderr}`);
rows.push([`${atCapacity.toLocaleString("en-US")} codes`, "java", loaded ? "every constant loads; fromCode finds every number" : "failed", ""]);

const javacVersion = spawnSync("javac", ["-version"], { encoding: "utf8" });
console.log(`\n${`${javacVersion.stdout}${javacVersion.stderr}`.trim()}, node ${process.version}\n`);
console.log("| table | compiler | result | s |\n| --- | --- | --- | ---: |");
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
for (const problem of problems) console.error(`problem: ${problem}`);
process.exitCode = problems.length === 0 ? 0 : 1;
