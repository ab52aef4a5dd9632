import { builtinTemplate, type Target } from "../target.js";
import { screamingSnakeCase } from "../common/text.js";
import type { StatusKind } from "../../spec/model.js";
import { legacyNames } from "../legacy-names.js";
import { jvmEnumCodeWeight as codeWeight } from "../common/jvm-enum-capacity.js";
import { java, javaAliasParts, javadoc, javaString } from "./language.js";

/** What each kind's constant says, for Javadoc (every public constant has a comment). */
const kindDocs: Readonly<Record<StatusKind, string>> = {
  success: "The request succeeded.",
  info: "Information, such as a partial success.",
  error: "The request failed.",
};

/** `com.example.status` → `com/example/status`: where javac and every build tool expect the package's files. */
function packageFolder(settings: Readonly<Record<string, string>>): string {
  return (settings["package"] ?? "").split(".").join("/");
}


/**
 * out/java/<package path>/StatusCode.java and StatusCategory.java: the codes as a Java enum (its kinds
 * nested, `StatusCode.Kind`) and the categories as another, one public type a file as Java requires.
 *
 * javac initialises every enum constant in the enum's static initializer, which the class file limits to
 * 64 KB of bytecode: a constant with no arguments costs 16 bytes there (`new`, `dup`, its name, its ordinal,
 * the constructor, `putstatic`), so the code constants take none and their data is a table in a nested
 * class, filled by methods of rowsPerMethod rows each. javac 17 then compiles 4,103 code constants (4,104
 * is "code too large"), against 3,455 with the number as an argument and about 2,200 with every field as
 * one (`npm run bench:java` measures it). The categories keep the plain form, three strings each (2,624 fit).
 */
export const javaTarget: Target = {
  id: "java",
  language: java,
  description: "Java enums",
  output: "java",
  files: (settings) => [
    { template: builtinTemplate("java-code.hbs"), path: `${packageFolder(settings)}/${settings["typeName"] ?? ""}.java` },
    { template: builtinTemplate("java-category.hbs"), path: `${packageFolder(settings)}/${settings["categoryTypeName"] ?? ""}.java` },
  ],
  declares: ({ typeName = "", categoryTypeName = "", kindTypeName = "" }) => ({
    // `table` is the private class nested in the code enum that holds each constant's data.
    types: { code: typeName, category: categoryTypeName, kind: kindTypeName, table: "Table" },
    // TABLE_VERSION is spelt like a constant: the language refuses a code of that name.
    members: {
      code: "getCode",
      message: "getMessage",
      category: "getCategory",
      kind: "getKind",
      retryable: "isRetryable",
      fromCode: "fromCode",
      version: "TABLE_VERSION",
      // The category enum's and the kind enum's.
      id: "getId",
      title: "getTitle",
      description: "getDescription",
      fromId: "fromId",
    },
  }),
  namespace: (settings) => `package ${settings["package"] ?? ""}`,
  // The table's rows name their category and kind as `StatusCategory.GENERAL, Kind.ERROR` inside the code
  // enum, where a constant of the same name would be found first.
  typesNamedInCodeType: ["category", "kind"],
  references: ["Arrays", "Deprecated", "HashMap", "Map", "String"],
  codeView: java.codeView,
  context: ({ model, settings }) => ({
    versionLiteral: javaString(model.version ?? "0.0.0"),
    kindEntries: model.kinds.map((kind) => ({ constant: screamingSnakeCase(kind), literal: javaString(kind), comment: javadoc(kindDocs[kind], "        ") })),
    aliasEntries: legacyNames(model, java, settings).map(javaAliasParts),
  }),
  capacity: {
    codes: {
      max: 4000,
      why: "javac creates every constant of a Java enum in its static initializer, which the class file limits to 64 KB of bytecode (javac 17 fits 4,103 constants of 16 bytes each; 4,000 leaves room for other compilers), and the enum's class holds at most 65,535 constants (4 a code)",
      weight: { of: codeWeight, what: "a code with legacy names counts for more: each former name is 6 more bytes of the static initializer and 3 constants, each Android name 1 constant and its number 1 more" },
    },
    categories: {
      max: 2500,
      why: "javac creates every constant of a Java enum in its static initializer, which the class file limits to 64 KB of bytecode (javac 17 fits 2,624 categories of 25 bytes each; 2,500 leaves room for other compilers)",
    },
  },
};
