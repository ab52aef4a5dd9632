import { builtinTemplate, type Target } from "../target.js";
import { legacyNames } from "../legacy-names.js";
import { c, cAliasEntry } from "./language.js";
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
  context: ({ model, settings }) => {
    const aliasEntries = legacyNames(model, c, settings).map((legacy) => cAliasEntry(legacy, settings));
    // The deprecation macro is defined only where an enumerator needs it: a deprecated code or any legacy name.
    return { aliasEntries, hasDeprecations: aliasEntries.length > 0 || model.codes.some((code) => code.deprecated !== undefined) };
  },
};
