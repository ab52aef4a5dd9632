import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { strictTscFlags } from "../compile/kits/typescript-kit.js";
import { realSpec, root, runCli, snapshotTree, temporaryDir } from "../support/helpers.js";

/**
 * Property: whatever a broken edit or merge does to the real spec, the generator either succeeds with
 * outputs that type-check, or exits 1 with located messages and out/ untouched. Never a crash, never a
 * stack trace, never a half-changed out/. Seeded, so a failure reproduces.
 */

const lines = realSpec.split("\n");

type Mutation =
  | { kind: "delete"; line: number }
  | { kind: "duplicate"; line: number }
  | { kind: "retype"; line: number; value: string }
  | { kind: "truncate"; at: number }
  | { kind: "inject"; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), line: fc.nat(lines.length - 1) }),
  fc.record({ kind: fc.constant("duplicate" as const), line: fc.nat(lines.length - 1) }),
  fc.record({
    kind: fc.constant("retype" as const),
    line: fc.nat(lines.length - 1),
    value: fc.constantFrom("42", '"42"', "4.2", "-7", "true", "null", "[]", "{}", "''", "2147483648", "OK", "general", "*x", "&a b"),
  }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat(realSpec.length) }),
  fc.record({
    kind: fc.constant("inject" as const),
    at: fc.nat(realSpec.length),
    text: fc.oneof(fc.string({ unit: "binary", maxLength: 6 }), fc.constantFrom(":", "- ", "\n  ", "\t", "#", "'", '"', "[", "{", "\u202e", "😀", "\0")),
  }),
);

function apply(text: string, change: Mutation): string {
  const current = text.split("\n");
  switch (change.kind) {
    case "delete":
      current.splice(change.line % current.length, 1);
      return current.join("\n");
    case "duplicate": {
      const index = change.line % current.length;
      current.splice(index, 0, current[index] ?? "");
      return current.join("\n");
    }
    case "retype": {
      const index = change.line % current.length;
      current[index] = (current[index] ?? "").replace(/: .*$/, `: ${change.value}`);
      return current.join("\n");
    }
    case "truncate":
      return text.slice(0, change.at % (text.length + 1));
    case "inject": {
      const at = change.at % (text.length + 1);
      return text.slice(0, at) + change.text + text.slice(at);
    }
  }
}

describe("mutated specs (fast-check)", () => {
  it("either generate code that type-checks or fail with located messages and out/ untouched", () => {
    const pristine = temporaryDir();
    mkdirSync(join(pristine, "spec"));
    writeFileSync(join(pristine, "spec/status-codes.yaml"), realSpec);
    expect(runCli(["generate"], pristine).code).toBe(0);
    const pristineOut = snapshotTree(join(pristine, "out"));
    const accepted = temporaryDir();
    writeFileSync(join(accepted, "package.json"), `{ "type": "module" }\n`);
    const counts = { valid: 0, refused: 0 };
    const scratch = temporaryDir();
    let runs = 0;

    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (changes) => {
        // Each run's copy is removed as soon as it is checked: 250 copies of out/ left for afterEach
        // took longer to remove than a hook may take on a busy machine.
        const dir = join(scratch, String(++runs));
        cpSync(pristine, dir, { recursive: true });
        try {
          const spec = changes.reduce(apply, realSpec);
          writeFileSync(join(dir, "spec/status-codes.yaml"), spec);
          const result = runCli(["generate"], dir);
          expect([0, 1]).toContain(result.code);
          expect(result.stderr).not.toMatch(/^\s+at /m);
          if (result.code === 1) {
            counts.refused++;
            expect(snapshotTree(join(dir, "out"))).toEqual(pristineOut);
            const located = result.stderr.split("\n").filter((line) => /^spec\/status-codes\.yaml:\d+:\d+ /.test(line));
            expect(located.length, result.stderr).toBeGreaterThan(0);
            expect(result.stderr).toMatch(/nothing was written$/);
          } else {
            counts.valid++;
            const folder = join(accepted, String(counts.valid));
            mkdirSync(folder);
            copyFileSync(join(dir, "out/typescript/status-codes.ts"), join(folder, "status-codes.ts"));
          }
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { seed: 20261126, numRuns: 250 },
    );

    // Both outcomes must really occur, or the property was tested on one side only.
    expect(counts.refused).toBeGreaterThan(50);
    expect(counts.valid).toBeGreaterThan(10);
    // One compiler run for every accepted spec's TypeScript.
    const files = Array.from({ length: counts.valid }, (_, index) => join(accepted, String(index + 1), "status-codes.ts"));
    const tsc = spawnSync(join(root, "node_modules/.bin/tsc"), ["--ignoreConfig", "--noEmit", ...strictTscFlags, ...files], { encoding: "utf8" });
    expect(tsc.stdout + tsc.stderr).toBe("");
  }, 120_000);
});
