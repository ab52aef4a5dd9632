import { builtinTemplate, type Target } from "../target.js";
import { legacyNames } from "../legacy-names.js";
import { jvmEnumCodeWeight } from "../common/jvm-enum-capacity.js";
import { kotlin, kotlinAliasParts, kotlinString, kotlinTableChunk } from "./language.js";

/** out/kotlin/StatusCode.kt: the codes, categories and kinds as Kotlin enums. */
export const kotlinTarget: Target = {
  id: "kotlin",
  language: kotlin,
  description: "Kotlin enums",
  output: "kotlin/StatusCode.kt",
  files: [{ template: builtinTemplate("kotlin.hbs") }],
  declares: ({ typeName = "", categoryTypeName = "", kindTypeName = "" }) => ({
    // Table: the private object inside the code enum that holds each entry's values.
    types: { code: typeName, category: categoryTypeName, kind: kindTypeName, table: "Table" },
    // The code enum's properties and its companion's members: an alias (a companion val) may take none.
    // TABLE_VERSION is spelt like an entry: validation keeps codes from taking it.
    members: { code: "code", message: "message", category: "category", kind: "kind", retryable: "isRetryable", byCode: "byCode", fromCode: "fromCode", version: "TABLE_VERSION" },
  }),
  namespace: (settings) => `package ${settings["package"] ?? ""}`,
  // Each entry's arguments qualify its category and kind: `StatusCategory.GENERAL, StatusKind.ERROR`.
  typesNamedInCodeType: ["category", "kind"],
  references: ["Array", "Boolean", "BooleanArray", "Deprecated", "Int", "IntArray", "JvmField", "JvmStatic", "Map", "ReplaceWith", "Short", "String", "Suppress"],
  codeView: kotlin.codeView,
  capacity: {
    codes: {
      max: 4000,
      why: "kotlinc creates every entry of a Kotlin enum in its static initializer, which the JVM limits to 64 KB of bytecode (kotlinc 2.4 fits 4,095 entries without arguments, 16 bytes each; 4,000 leaves room for the companion's fields), and its class holds at most 65,535 constants",
      weight: { of: jvmEnumCodeWeight, what: "a code with legacy names counts for more: each former name is a field the static initializer sets too, each Android name a constant" },
    },
  },
  context: ({ model, settings, declared }) => {
    const codeType = { packageName: settings["package"] ?? "", typeName: declared.types["code"] ?? "" };
    return {
      versionLiteral: kotlinString(model.version ?? "0.0.0"),
      tableChunks: Array.from({ length: Math.ceil(model.codes.length / kotlinTableChunk) }, (_, chunk) => String(chunk)),
      aliasEntries: legacyNames(model, kotlin, settings).map((legacy) => kotlinAliasParts(legacy, codeType)),
    };
  },
};
