import { builtinTemplate, type Target } from "../target.js";
import { c } from "./language.js";
import { cDeclarations } from "./declarations.js";

/** out/c/status_codes.h: the enum of the codes, the structs, and the tables and lookup the source defines. */
export const cHeaderTarget: Target = {
  id: "c-header",
  language: c,
  description: "the C and C++ header",
  output: "c/status_codes.h",
  files: [{ template: builtinTemplate("c-header.hbs") }],
  declares: cDeclarations,
  // One program links every header's definitions: two targets with one prefix would define them twice.
  namespace: () => "program",
  references: ["bool", "size_t"],
  codeView: c.codeView,
  context: ({ model }) => ({
    // The deprecation macro is defined only where an enumerator needs it.
    hasDeprecatedCodes: model.codes.some((code) => code.deprecated !== undefined),
  }),
};
