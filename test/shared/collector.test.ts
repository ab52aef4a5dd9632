import { constants, PerformanceObserver, type PerformanceEntry } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { collectGarbage } from "../../generator/shared/collector.js";

/** The kinds of the collections V8 reports while `work` runs (gc entries arrive a turn later). */
async function collectionsDuring(work: () => void): Promise<number[]> {
  const kinds: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { detail?: { kind?: number } })[]) kinds.push(entry.detail?.kind ?? -1);
  });
  observer.observe({ entryTypes: ["gc"] });
  work();
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return kinds;
}

describe("collectGarbage", () => {
  it("collects the young generation when asked for a minor collection, and everything for a major one", async () => {
    expect(await collectionsDuring(() => collectGarbage("minor"))).toContain(constants.NODE_PERFORMANCE_GC_MINOR);
    // (A young-generation collection may come meanwhile on a busy machine: only the full one is asked for.)
    expect(await collectionsDuring(() => collectGarbage("major"))).toContain(constants.NODE_PERFORMANCE_GC_MAJOR);
  });
});
