import { builtinTemplate, type Target } from "../target.js";
import { legacyNames } from "../legacy-names.js";
import { kotlin, kotlinAliasParts, kotlinString } from "./language.js";

/** out/kotlin/StatusCode.kt: the codes, categories and kinds as Kotlin enums. */
export const kotlinTarget: Target = {
  id: "kotlin",
  language: kotlin,
  description: "Kotlin enums",
  output: "kotlin/StatusCode.kt",
  files: [{ template: builtinTemplate("kotlin.hbs") }],
  declares: ({ typeName = "", categoryTypeName = "", kindTypeName = "" }) => ({
    types: { code: typeName, category: categoryTypeName, kind: kindTypeName },
    // The code enum's properties and its companion's members: an alias (a companion val) may take none.
    // TABLE_VERSION is spelt like an entry: validation keeps codes from taking it.
    members: { code: "code", message: "message", category: "category", kind: "kind", retryable: "isRetryable", byCode: "byCode", fromCode: "fromCode", version: "TABLE_VERSION" },
  }),
  namespace: (settings) => `package ${settings["package"] ?? ""}`,
  // Each entry's arguments qualify its category and kind: `StatusCategory.GENERAL, StatusKind.ERROR`.
  typesNamedInCodeType: ["category", "kind"],
  references: ["Boolean", "Deprecated", "Int", "JvmField", "JvmStatic", "Map", "ReplaceWith", "Short", "String", "Suppress"],
  codeView: kotlin.codeView,
  context: ({ model, settings, declared }) => {
    const codeType = { packageName: settings["package"] ?? "", typeName: declared.types["code"] ?? "" };
    return {
      versionLiteral: kotlinString(model.version ?? "0.0.0"),
      aliasEntries: legacyNames(model, kotlin, settings).map((legacy) => kotlinAliasParts(legacy, codeType)),
    };
  },
};
