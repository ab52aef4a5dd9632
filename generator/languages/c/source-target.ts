import { posix } from "node:path";
import { relativeReference } from "../../render/common-helpers.js";
import { builtinTemplate, type Target } from "../target.js";
import { cCharArray, cString, needsCharArray } from "./literals.js";
import { c } from "./language.js";
import { cDeclarations } from "./declarations.js";
import { cHeaderTarget } from "./header-target.js";

/** A category text as the table prints it: a literal, or the name of the array holding a text too long for one. */
function textValue(text: string, arrayName: string, arrays: { name: string; body: string }[]): string {
  if (!needsCharArray(text)) return cString(text);
  arrays.push({ name: arrayName, body: cCharArray(text, "    ") });
  return arrayName;
}

/**
 * out/c/status_codes.c: the tables sorted by code and the binary search over them, in C99 that C++11
 * compiles too. It includes the header by its path from here (`status_codes.h` beside it by default).
 */
export const cSourceTarget: Target = {
  id: "c-source",
  language: c,
  description: "the C tables and lookup",
  output: "c/status_codes.c",
  files: [{ template: builtinTemplate("c-source.hbs") }],
  // It defines what the header declares; validation counts those once, at the header.
  refers: cDeclarations,
  references: ["NULL", "size_t"],
  codeView: c.codeView,
  context: ({ model, settings, path, paths }) => {
    const prefix = settings["prefix"] ?? "";
    const arrays: { name: string; body: string }[] = [];
    const categoryEntries = model.categories.map((category, index) => ({
      idLiteral: cString(category.id),
      titleValue: textValue(category.title, `${prefix}_category_title_${index}`, arrays),
      descriptionValue: textValue(category.description, `${prefix}_category_description_${index}`, arrays),
    }));
    // Without the header in this run (a config may place it elsewhere), its default name, beside this file.
    const headerPath = paths[cHeaderTarget.id];
    const include = headerPath === undefined ? posix.basename(cHeaderTarget.output) : relativeReference(path, headerPath).replace(/^\.\//, "");
    return {
      headerInclude: cString(include),
      versionLiteral: cString(model.version ?? "0.0.0"),
      categoryEntries,
      categoryArrays: arrays,
    };
  },
};
