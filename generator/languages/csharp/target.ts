import { builtinTemplate, type Target } from "../target.js";
import type { CodeView } from "../language.js";
import type { Model } from "../../spec/model.js";
import { legacyNames } from "../legacy-names.js";
import { csharp, csharpAliasParts, csharpCodeView, csharpString, type CSharpCodeView } from "./language.js";

/**
 * Codes per table-loading method. One method of 100,000 statements is slow for mono's JIT to compile; in
 * methods of this many each is quick (see test/bench/csharp-large.ts for the measurements).
 */
export const chunkSize = 1000;

/** Each category's position in the model, by id: the code view's index into the file's category array. */
const categoryIndexes = new WeakMap<Model, Map<string, number>>();

function categoryIndex(model: Model, id: string): number {
  let indexes = categoryIndexes.get(model);
  if (indexes === undefined) {
    indexes = new Map(model.categories.map((category, index) => [category.id, index]));
    categoryIndexes.set(model, indexes);
  }
  return indexes.get(id) ?? -1;
}

/** The language's view of a code, and where it falls in the table and its loading methods. */
const codeView: CodeView = (code, index, count, context) => {
  const language = csharpCodeView(code, index, context);
  // One literal of every field: an object spread with fields after it is several times slower in V8 than
  // the fields copied (10,000 codes: some 50 ms against 10 in a fresh run). Typed so that a field the
  // language's view gains and this copy leaves out fails to compile.
  const view: CSharpCodeView & Readonly<Record<"position" | "categoryIndex" | "chunkNumber", string> & Record<"chunkStart" | "chunkEnd", boolean>> = {
    memberName: language.memberName,
    nameLiteral: language.nameLiteral,
    messageLiteral: language.messageLiteral,
    docAndDeprecation: language.docAndDeprecation,
    kindMember: language.kindMember,
    position: String(index),
    categoryIndex: String(categoryIndex(context.model, code.category)),
    chunkStart: index % chunkSize === 0,
    chunkEnd: index % chunkSize === chunkSize - 1 || index === count - 1,
    chunkNumber: String(Math.floor(index / chunkSize)),
  };
  return view;
};

/** out/csharp/StatusCode.cs: the codes as a C# enum, with their details and lookup in classes. */
export const csharpTarget: Target = {
  id: "csharp",
  language: csharp,
  description: "C# enum and table",
  output: "csharp/StatusCode.cs",
  files: [{ template: builtinTemplate("csharp.hbs") }],
  declares: ({ typeName = "", infoTypeName = "", categoryTypeName = "", kindTypeName = "", tableTypeName = "" }) => ({
    types: { code: typeName, info: infoTypeName, category: categoryTypeName, kind: kindTypeName, table: tableTypeName },
    // The members of the classes and of the kind enum (settings.ts keeps the type names from taking one),
    // and the table's private loading methods (LoadChunk0, LoadChunk1 and so on).
    members: {
      code: "Code", name: "Name", category: "Category", message: "Message", kind: "Kind", retryable: "IsRetryable",
      id: "Id", title: "Title", description: "Description",
      success: "Success", info: "Info", error: "Error",
      version: "TableVersion", categories: "Categories", all: "All", find: "Find", load: "Load", loadChunk: "LoadChunk",
    },
  }),
  // The enum's only members are the codes and their aliases: those above are the classes'.
  codeTypeMembers: [],
  namespace: (settings) => `namespace ${settings["namespace"] ?? ""}`,
  references: ["Array", "AsReadOnly", "Collections", "CultureInfo", "Generic", "Globalization", "IReadOnlyList", "InvariantCulture", "Length", "Obsolete", "System", "ToString"],
  codeView,
  context: ({ model, settings }) => ({
    versionLiteral: csharpString(model.version ?? "0.0.0"),
    // Members of the code enum after the codes; StatusCodes.All and Find list each code once, by its own name.
    aliasEntries: legacyNames(model, csharp, settings).map(csharpAliasParts),
    chunkNumbers: Array.from({ length: Math.ceil(model.codes.length / chunkSize) }, (_, index) => String(index)),
  }),
};
