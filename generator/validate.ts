import { sortDiagnostics, SpecError, type Diagnostic } from "./diagnostics.js";
import { loadSpec } from "./load-spec.js";
import { buildModel, type Model, type SpecData } from "./model.js";
import { checkSemantics } from "./semantic-rules.js";
import { validateSchema } from "./spec-schema.js";

/**
 * The spec's bytes as text. A UTF-8 byte-order mark is dropped (editors on Windows add one); bytes that are
 * not UTF-8 are an error at their line and column rather than U+FFFD in every output.
 */
export function decodeSpec(bytes: Uint8Array): string {
  const text = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false }).decode(bytes);
  const exact = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  try {
    exact.decode(bytes);
    return text;
  } catch {
    // The first U+FFFD that the bytes did not spell out themselves marks the bad sequence.
    let offset = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    let index = 0;
    for (const char of text) {
      const length = Buffer.byteLength(char, "utf8");
      const spelled = bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
      if (char === "\uFFFD" && !spelled) break;
      offset += length;
      index += char.length;
    }
    const before = text.slice(0, index).split("\n");
    const line = before.length;
    const column = (before.at(-1) ?? "").length + 1;
    throw new SpecError([
      { severity: "error", line, column, path: "", message: "the spec is not UTF-8 text; save it as UTF-8" },
    ]);
  }
}

/** A valid spec's model, with any warnings found on the way. */
export interface Validated {
  readonly model: Model;
  readonly warnings: readonly Diagnostic[];
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
      diagnostics.push(...validateSchema(loaded.spec), ...checkSemantics(loaded.spec));
    }
  }
  const sorted = sortDiagnostics(diagnostics);
  if (loaded.spec === undefined || sorted.some((diagnostic) => diagnostic.severity === "error")) {
    throw new SpecError(sorted);
  }
  return {
    model: buildModel(loaded.spec.data as SpecData, source),
    warnings: sorted,
  };
}
