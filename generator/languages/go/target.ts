import { builtinTemplate, type Target } from "../target.js";
import { legacyNames } from "../legacy-names.js";
import { go, goAliasParts, goDeclared, goString } from "./language.js";

/** The package's folder: its name, or the default while validation is yet to refuse a malformed one. */
function packageFolder(name: string | undefined): string {
  return name !== undefined && /^[a-z][a-z0-9]*$/.test(name) ? name : "statuscodes";
}

/**
 * out/go: a Go module, go.mod and one package of the codes (`out/go/statuscodes/status_codes.go`), the
 * package in a folder of its own name as Go expects, imported as `<module>/<package>`.
 */
export const goTarget: Target = {
  id: "go",
  language: go,
  description: "a Go module of the codes",
  output: "go",
  files: (settings) => [
    { template: builtinTemplate("go.mod.hbs"), path: "go.mod" },
    { template: builtinTemplate("go.hbs"), path: `${packageFolder(settings["package"])}/status_codes.go` },
  ],
  declares: () => ({
    types: { ...goDeclared.types },
    values: { ...goDeclared.values },
    // Info's and CategoryInfo's fields and Code's method: names the drivers and templates use.
    members: {
      code: "Code", name: "Name", category: "Category", message: "Message", kind: "Kind", retryable: "Retryable",
      string: "String", categoryId: "ID", categoryTitle: "Title", categoryDescription: "Description",
    },
  }),
  // One package is one namespace, whichever of its files declares a name.
  namespace: (settings) => `package ${settings["module"] ?? ""}/${packageFolder(settings["package"])}`,
  references: ["Itoa", "Search"],
  codeView: go.codeView,
  context: ({ model, settings }) => ({
    versionLiteral: goString(model.version ?? "0.0.0"),
    aliasEntries: legacyNames(model, go, settings).map(goAliasParts),
  }),
};
