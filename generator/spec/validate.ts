import { maxReported, sortDiagnostics, SpecError, type Diagnostic } from "../shared/diagnostics.js";
import { builtins, type Registry } from "../registry.js";
import { loadSpec, type LoadedSpec } from "./load.js";
import { buildModelInOrder, type Model, type SpecData } from "./model.js";
import { madeIdentifiers } from "./rules/code-identifiers.js";
import { keepIdentifiers } from "./view-identifiers.js";
import { asEntry, reporter, type RuleInput, type RuleSet } from "./rules/context.js";
import { schemaRules } from "./rules/schema-rules.js";
import { semanticRules } from "./rules/semantic-rules.js";
import { settingsRules } from "./rules/settings-rules.js";
import { evolutionRules } from "./rules/evolution-rules.js";

/** Every rule set, run in this order; each reports on its own, and none calls another. */
export const ruleSets: readonly RuleSet[] = [schemaRules, semanticRules, settingsRules, evolutionRules];

/** A valid spec's model, with any warnings found on the way. */
export interface Validated {
  readonly model: Model;
  readonly warnings: readonly Diagnostic[];
  /** The spec's data as written (codes in the spec's order), for tools that point back into the file. */
  readonly data: SpecData;
  /** Line and column of the value at a path into `data`. */
  readonly locate: LoadedSpec["locate"];
}

/**
 * Spec text → model: YAML syntax, then every rule set. Throws a SpecError with every problem found (the
 * first maxReported by place, and the count of the rest) when any of them is an error.
 *
 * @param source the spec's path as generated headers should name it
 * @param registry the languages and targets the spec must suit
 */
export function validateSpec(text: string, source: string, registry: Registry = builtins): Validated {
  const loaded = loadSpec(text);
  const diagnostics = [...loaded.diagnostics];
  let omitted = 0;
  let input: RuleInput | undefined;
  if (loaded.spec !== undefined) {
    if (loaded.spec.data === null || loaded.spec.data === undefined) {
      diagnostics.push({
        severity: "error",
        line: 1,
        column: 1,
        path: "",
        message: "the spec is empty; it needs `categories:` and `codes:` (see spec/status-codes.yaml)",
      });
    } else {
      input = { spec: loaded.spec, data: asEntry(loaded.spec.data), registry };
      // Then each language's own limits (Language.rules), as sets of their own.
      for (const rules of [...ruleSets, ...registry.languages.flatMap((language) => (language.rules === undefined ? [] : [language.rules]))]) {
        // A reporter each, so that a flood from one set cannot crowd out the first problems of another.
        const report = reporter(loaded.spec);
        rules.check(input, report);
        diagnostics.push(...report.diagnostics);
        omitted += report.omitted();
      }
    }
  }
  const sorted = sortDiagnostics(diagnostics).slice(0, maxReported);
  omitted += diagnostics.length - sorted.length;
  if (loaded.spec === undefined || sorted.some((diagnostic) => diagnostic.severity === "error")) {
    throw new SpecError(sorted, omitted);
  }
  const data = loaded.spec.data as SpecData;
  const { model, order } = buildModelInOrder(data, source, registry);
  // The code views print the identifiers the rules made (see view-identifiers.ts).
  if (input !== undefined) keepIdentifiers(model, order, madeIdentifiers(input));
  return { model, warnings: sorted, data, locate: loaded.spec.locate };
}
