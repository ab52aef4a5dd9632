import { blockDoc } from "../common/block-doc.js";
import { builtinTemplate, type Target } from "../target.js";
import { aliasMessage } from "../../shared/sentences.js";
import { legacyNames } from "../legacy-names.js";
import { lowerFirst } from "../common/text.js";
import { arrayLiteralLimit, listName, tsString, typescript } from "./language.js";

/** The names the TypeScript output declares, made from its settings (the npm package declares the same). */
export const typescriptDeclarations: NonNullable<Target["declares"]> = ({ typeName = "", categoryTypeName = "", kindTypeName = "" }) => ({
  types: {
    code: typeName,
    name: `${typeName}Name`,
    alias: `${typeName}Alias`,
    info: `${typeName}Info`,
    category: categoryTypeName,
    categoryInfo: `${categoryTypeName}Info`,
    kind: kindTypeName,
  },
  values: {
    codes: typeName,
    codeList: listName(typeName),
    categoryList: listName(categoryTypeName),
    info: `${lowerFirst(typeName)}Info`,
    guard: `is${typeName}`,
    byCode: "byCode",
    version: `${listName(typeName)}Version`,
  },
});

/** What the TypeScript output's template prints besides the model (the npm package's JavaScript prints it too). */
export const typescriptContext: NonNullable<Target["context"]> = ({ model, declared, settings }) => {
  // Made once per model and settings: the npm package renders four entry files from it, besides the TypeScript output.
  const key = `${JSON.stringify(settings)}\u0000${declared.types.code}`;
  const made = contexts.get(model) ?? new Map<string, ReturnType<NonNullable<Target["context"]>>>();
  contexts.set(model, made);
  const cached = made.get(key);
  if (cached !== undefined) return cached;
  const context = {
    // A spec without `version` generates as 0.0.0, with validation's warning.
    versionLiteral: tsString(model.version ?? "0.0.0"),
    // The code list as several arrays (see codeArrayLength) only past what one array literal may hold, so that a smaller table's file stays as it was.
    codeListInArrays: model.codes.length > arrayLiteralLimit,
    aliasEntries: legacyNames(model, typescript, settings).map((legacy) => ({
      alias: legacy.source,
      code: legacy.code.code,
      literal: tsString(legacy.identifier),
      aliasDoc: blockDoc(aliasMessage(legacy), "  ", [["deprecated", `Use {@link ${declared.types.code}.${legacy.code.name}} instead.`]]),
    })),
  };
  made.set(key, context);
  return context;
};

/** typescriptContext's results by model, then by settings and code type name. */
const contexts = new WeakMap<object, Map<string, ReturnType<NonNullable<Target["context"]>>>>();

/** out/typescript/status-codes.ts: the codes as a const object, their types and lookups. */
export const typescriptTarget: Target = {
  id: "typescript",
  language: typescript,
  description: "TypeScript constants, types and lookups",
  output: "typescript/status-codes.ts",
  files: [{ template: builtinTemplate("typescript.hbs") }],
  declares: typescriptDeclarations,
  references: ["Exclude", "Map", "ReadonlyMap"],
  codeView: typescript.codeView,
  context: typescriptContext,
  capacity: {
    categories: {
      max: arrayLiteralLimit,
      why: "tsc refuses an array literal of more than about 1,000 object literals (\"Expression produces a union type that is too complex to represent\"), and the categories are written as one",
    },
  },
};
