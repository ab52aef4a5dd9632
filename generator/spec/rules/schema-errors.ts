import type { Ajv2020, ErrorObject, Options } from "ajv/dist/2020.js";
import { closest, formatPath, quote, type Diagnostic, type SpecPath } from "../../shared/diagnostics.js";
import { requireCjs } from "../../build/precompiled.js";
import type { LoadedSpec } from "../load.js";
import type { Reporter } from "./context.js";

/**
 * An ajv instance configured for our schemas: allErrors reports every problem in one run; verbose gives
 * each error its schema, for our messages. ajv is loaded only here, when a validator must be compiled.
 */
export function createAjv(options: Options = {}): Ajv2020 {
  const { Ajv2020: Ajv } = requireCjs("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js");
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, ...options });
  // Editor-only annotations (yaml-language-server reads patternErrorMessage); we read it too.
  ajv.addVocabulary(["patternErrorMessage"]);
  return ajv;
}

/** What an error past the shown ones is reported as: it is only counted. */
const omittedError: Diagnostic = { severity: "error", line: 0, column: 0, path: "", message: "" };

/**
 * ajv's errors, reworded and located in `file`'s text, reported once each (by path and message). Past the
 * problems that will be shown they are counted without being located: a flood of a million broken
 * entries then costs a count, not a million lookups and messages. `if` errors are left out: the error
 * inside the matching `then` says what is wrong.
 *
 * @param base the JSON pointer of what ajv validated, when it was part of the file
 */
export function reportSchemaErrors(errors: readonly ErrorObject[], base: string, file: LoadedSpec, report: Reporter, seen: Set<string>): void {
  for (const error of errors) {
    if (error.keyword === "if") continue;
    if (!report.room()) {
      report.add(omittedError);
      continue;
    }
    const diagnostic = toDiagnostic({ ...error, instancePath: base + error.instancePath }, file);
    const key = `${diagnostic.path}\u0000${diagnostic.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    report.add(diagnostic);
  }
}

function toDiagnostic(error: ErrorObject, spec: LoadedSpec): Diagnostic {
  const path = pointerToPath(error.instancePath, spec.data);
  const params = error.params as Record<string, unknown>;
  const parentSchema = (error.parentSchema ?? {}) as Record<string, unknown>;

  switch (error.keyword) {
    case "additionalProperties": {
      const field = String(params["additionalProperty"]);
      const known = Object.keys((parentSchema["properties"] ?? {}) as object);
      const suggestion = closest(field, known);
      const hint =
        path.at(-1) === "aliases" && suggestion === undefined
          ? aliasKeyHint(field, known)
          : suggestion !== undefined
            ? `did you mean "${suggestion}"?`
            : known.length === 0
              ? "it takes no fields here (a language without settings has no options)"
              : `known fields: ${known.join(", ")}`;
      return located(spec, [...path, field], true, `unknown field ${quote(field)}; ${hint}`);
    }
    case "required":
      return located(spec, path, false, `missing required field "${String(params["missingProperty"])}"`);
    case "type": {
      // YAML reads unquoted NULL, TRUE, No or 200 as non-strings; quoting is the fix people look for.
      const plain = error.data === null || ["boolean", "number"].includes(typeof error.data);
      const hint = params["type"] === "string" && plain ? "; put it in quotes to make it a string" : "";
      return located(spec, path, false, `must be ${typeNames[String(params["type"])] ?? String(params["type"])}, not ${describe(error.data)}${hint}`);
    }
    case "pattern":
      return located(spec, path, false, String(parentSchema["patternErrorMessage"] ?? error.message));
    case "minItems":
      return located(spec, path, false, `must not be empty: list at least ${String(params["limit"])}`);
    case "maxLength":
      return located(spec, path, false, `is longer than the ${String(params["limit"])} characters allowed`);
    case "enum":
      return located(spec, path, false, `must be one of ${(params["allowedValues"] as unknown[]).join(", ")}`);
    default:
      return located(spec, path, false, error.message ?? `fails ${error.keyword}`);
  }
}

function located(spec: LoadedSpec, path: SpecPath, key: boolean, message: string): Diagnostic {
  return { severity: "error", ...spec.locate(path, key), path: formatPath(path), message };
}

/** ajv's `/codes/12/name` → `["codes", 12, "name"]`, with indexes as numbers where the data is a list. */
function pointerToPath(pointer: string, data: unknown): SpecPath {
  if (pointer === "") return [];
  const path: (string | number)[] = [];
  let node = data;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) {
      path.push(Number(segment));
      node = node[Number(segment)];
    } else {
      path.push(segment);
      node = (node as Record<string, unknown> | undefined)?.[segment];
    }
  }
  return path;
}

/** JSON Schema's type names in the words of a YAML author. */
const typeNames: Readonly<Record<string, string>> = {
  array: "a list",
  object: "a mapping",
  integer: "an integer",
  number: "a number",
  string: "a string",
  boolean: "true or false",
};

/** What a wrong value is, for "must be an integer, not a string (\"200\")". */
function describe(value: unknown): string {
  if (value === null) return "null (an empty value)";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Uint8Array) return "binary data (!!binary)";
  if (typeof value === "number") return Number.isInteger(value) ? `the integer ${value}` : `the number ${value}`;
  if (typeof value === "string") return `a string (${quote(value, 40)})`;
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${String(value)}`;
}

/**
 * Aliases were once listed per language; they are listed per SDK now, each declared by every language
 * whose apps use that SDK. A spec written the old way is told where each list goes.
 */
const formerAliasKeys: Readonly<Record<string, string>> = {
  typescript: "desktop (the kNIMRes… names of the desktop SDKs and node-nim)",
  swift: "ios (the Objective-C NIMRemoteErrorCode… names; Swift spells them as it imported them)",
  kotlin: "android (the ResponseCode RES_… names)",
};

function aliasKeyHint(field: string, known: readonly string[]): string {
  const moved = formerAliasKeys[field];
  const keys = `aliases are listed by where the names come from (${known.join(", ")}), not by language`;
  return moved === undefined ? keys : `${keys}: move these names to ${moved}, and earlier canonical names of this table to former`;
}
