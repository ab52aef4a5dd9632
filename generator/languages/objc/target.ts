import { blockDoc } from "../common/block-doc.js";
import { builtinTemplate, type Target } from "../target.js";
import { legacyNames, namesOfEverySource } from "../legacy-names.js";
import { objc, objcAliasParts } from "./language.js";
import { objcString } from "./literals.js";
import { kindConstant, objcCategoryIdentifier, objcDeclarations } from "./names.js";

/**
 * out/objc/StatusCode.h and StatusCode.m: the codes as an NS_ENUM, the categories and kinds as typed
 * string constants, and C functions that look a code up. Both files are named after the code type, as an
 * Objective-C class's files are.
 */
export const objcTarget: Target = {
  id: "objc",
  language: objc,
  description: "Objective-C header and implementation",
  output: "objc",
  files: ({ typeName = "" }) => [
    { template: builtinTemplate("objc-header.hbs"), path: `${typeName}.h` },
    { template: builtinTemplate("objc-implementation.hbs"), path: `${typeName}.m`, data: { header: `${typeName}.h` } },
  ],
  declares: (settings) => {
    const { types, values } = objcDeclarations(settings);
    return { types, values };
  },
  // C has one scope: two files declaring one name cannot be linked into one app.
  namespace: () => "global scope",
  references: ["BOOL", "Foundation", "NSArray", "NSErrorDomain", "NSInteger", "NSMutableArray", "NSNumber", "NSString"],
  codeView: objc.codeView,
  context: ({ model, settings, declared }) => ({
    categoryEntries: model.categories.map((category) => {
      const constant = objcCategoryIdentifier(category.id, settings);
      return {
        constant: constant.ok ? constant.source : category.id,
        idLiteral: objcString(category.id),
        titleLiteral: objcString(category.title),
        descriptionLiteral: objcString(category.description),
        titleDoc: blockDoc(category.title, ""),
      };
    }),
    kindEntries: model.kinds.map((kind) => ({ constant: kindConstant(kind, settings), literal: objcString(kind) })),
    aliasEntries: (() => {
      const names = namesOfEverySource(model);
      return legacyNames(model, objc, settings).map((legacy) => objcAliasParts(legacy, settings, { names: names.get(legacy.from) ?? [] }));
    })(),
    versionLiteral: objcString(model.version ?? "0.0.0"),
    // Foundation's convention: a domain's value is the constant's own name (NSCocoaErrorDomain).
    errorDomainLiteral: objcString(declared.values["errorDomain"] ?? ""),
  }),
};
