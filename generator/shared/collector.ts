import { runInNewContext } from "node:vm";
import { v8 } from "./lazy-builtins.js";

type Collect = (options?: { type: "minor" }) => void;

/** V8's collector, as `--expose-gc` gives it to a new context; undefined where that fails. Made on first use. */
let collect: Collect | null | undefined;

/**
 * Collects now, rather than when V8 would: a full collection ("major") or the young generation only
 * ("minor"). For the two moments the command knows better than V8: a large spec's parse just became
 * garbage (run.ts), and `--watch` waits for a save with the last run's garbage in the young generation,
 * which the next run would otherwise stop to collect. Does nothing where the collector cannot be had.
 */
export function collectGarbage(type: "major" | "minor"): void {
  if (collect === undefined) {
    try {
      v8().setFlagsFromString("--expose-gc");
      collect = (runInNewContext("gc") as Collect | undefined) ?? null;
    } catch {
      collect = null;
    }
  }
  // Called bare, it collects everything (this V8 reads `{ type: "major" }` as a young-generation collection).
  if (type === "major") collect?.();
  else collect?.({ type: "minor" });
}
