import { builtinTemplate, type Target } from "../target.js";
import { legacyNames } from "../legacy-names.js";
import { swift, swiftAliasParts, swiftString } from "./language.js";

/** out/swift/StatusCode.swift: the codes, categories and kinds as Swift enums. */
export const swiftTarget: Target = {
  id: "swift",
  language: swift,
  description: "Swift enums",
  output: "swift/StatusCode.swift",
  files: [{ template: builtinTemplate("swift.hbs") }],
  declares: ({ typeName = "", categoryTypeName = "", kindTypeName = "" }) => ({
    types: { code: typeName, category: categoryTypeName, kind: kindTypeName },
    // The private tuple type inside the code enum: a static name, so no alias (a static let) may take it.
    members: { entryType: "Entry", version: "tableVersion" },
  }),
  // Every file of a Swift module shares one namespace.
  namespace: () => "module",
  references: ["Bool", "CaseIterable", "CustomStringConvertible", "Error", "Int", "Sendable", "String"],
  codeView: swift.codeView,
  context: ({ model, settings }) => ({
    versionLiteral: swiftString(model.version ?? "0.0.0"),
    // Swift does not synthesize allCases for an enum with a deprecated case; the template writes it out then.
    hasDeprecatedCodes: model.codes.some((code) => code.deprecated !== undefined),
    aliasEntries: legacyNames(model, swift, settings).map(swiftAliasParts),
  }),
};
