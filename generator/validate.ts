import { maxReported, sortDiagnostics, SpecError, type Diagnostic } from "./diagnostics.js";
import { loadSpec, type LoadedSpec } from "./load-spec.js";
import { buildModel, type Model, type SpecData } from "./model.js";
import { checkSemantics } from "./semantic-rules.js";
import { validateSchema } from "./spec-schema.js";

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
 * Spec text → model: YAML syntax, then the JSON Schema, then the semantic rules. Throws a SpecError with
 * every problem found (sorted by place) when any of them is an error.
 *
 * @param source the spec's path as generated headers should name it
 */
export function validateSpec(text: string, source: string): Validated {
  const loaded = loadSpec(text);
  const diagnostics = [...loaded.diagnostics];
  let omitted = 0;
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
      const schema = validateSchema(loaded.spec, maxReported);
      const semantics = checkSemantics(loaded.spec);
      diagnostics.push(...schema.diagnostics, ...semantics.diagnostics);
      omitted += schema.total - schema.diagnostics.length + semantics.omitted;
    }
  }
  const sorted = sortDiagnostics(diagnostics).slice(0, maxReported);
  omitted += diagnostics.length - sorted.length;
  if (loaded.spec === undefined || sorted.some((diagnostic) => diagnostic.severity === "error")) {
    throw new SpecError(sorted, omitted);
  }
  const data = loaded.spec.data as SpecData;
  return { model: buildModel(data, source), warnings: sorted, data, locate: loaded.spec.locate };
}
