import { SpecError, type Diagnostic } from "../shared/diagnostics.js";
import type { Validated } from "../spec/validate.js";
import type { PlannedTarget } from "./render.js";

/**
 * A table larger than a planned target's files can hold (Target.capacity) is refused before anything is
 * rendered, at the first code or category past the limit, naming the limit and why. Only the targets a
 * run writes count: a 100,000-code table still generates everything whose format can hold it.
 */
export function checkCapacity(validated: Validated, planned: readonly PlannedTarget[], file: string): void {
  const diagnostics: Diagnostic[] = [];
  const lists = { codes: validated.data.codes.length, categories: validated.data.categories.length } as const;
  for (const { name, target, output } of planned) {
    for (const list of ["codes", "categories"] as const) {
      const capacity = target.capacity?.[list];
      if (capacity === undefined || lists[list] <= capacity.max) continue;
      const { line, column } = validated.locate([list, capacity.max]);
      const count = (value: number) => value.toLocaleString("en-US");
      diagnostics.push({
        severity: "error",
        line,
        column,
        path: `${list}[${capacity.max}]`,
        message:
          `the ${target.language.displayName} target "${name}" (${output}) holds at most ${count(capacity.max)} ${list}, and this table has ${count(lists[list])}: ` +
          `${capacity.why}; leave "${name}" out of the run (--target, or a config's targets) or split the table`,
      });
    }
  }
  if (diagnostics.length > 0) throw new SpecError(diagnostics, 0, file);
}
