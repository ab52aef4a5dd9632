import { SpecError, type Diagnostic } from "../shared/diagnostics.js";
import type { Validated } from "../spec/validate.js";
import type { PlannedTarget } from "./render.js";
import type { Capacity } from "../languages/target.js";

/** The first entry past the capacity (by count, or by running weight) and what the whole list takes; undefined when it fits. */
function firstPast<Entry>(entries: readonly Entry[], capacity: Capacity<Entry>): { index: number; total: number } | undefined {
  const { weight } = capacity;
  if (weight === undefined) return entries.length > capacity.max ? { index: capacity.max, total: entries.length } : undefined;
  let index: number | undefined;
  let total = 0;
  entries.forEach((entry, position) => {
    total += weight.of(entry);
    if (index === undefined && total > capacity.max) index = position;
  });
  return index === undefined ? undefined : { index, total };
}

/**
 * A table larger than a planned target's files can hold (Target.capacity) is refused before anything is
 * rendered, at the first code or category past the limit, naming the limit and why. Only the targets a
 * run writes count: a 100,000-code table still generates everything whose format can hold it.
 */
export function checkCapacity(validated: Validated, planned: readonly PlannedTarget[], file: string): void {
  const diagnostics: Diagnostic[] = [];
  const count = (value: number) => value.toLocaleString("en-US", { maximumFractionDigits: 2 });
  for (const { name, target, output } of planned) {
    for (const list of ["codes", "categories"] as const) {
      const capacity: Capacity<never> | undefined = target.capacity?.[list];
      if (capacity === undefined) continue;
      const entries = validated.data[list] as readonly never[];
      const past = firstPast(entries, capacity);
      if (past === undefined) continue;
      const { line, column } = validated.locate([list, past.index]);
      const size = capacity.weight === undefined || past.total === entries.length ? count(entries.length) : `${count(entries.length)}, which count as ${count(past.total)} (${capacity.weight.what})`;
      diagnostics.push({
        severity: "error",
        line,
        column,
        path: `${list}[${past.index}]`,
        message:
          `the ${target.language.displayName} target "${name}" (${output}) holds at most ${count(capacity.max)} ${list}, and this table has ${size}: ` +
          `${capacity.why}; leave "${name}" out of the run (--target, or a config's targets) or split the table`,
      });
    }
  }
  if (diagnostics.length > 0) throw new SpecError(diagnostics, 0, file);
}
