import { builtinTemplate, type Target, type TargetFile } from "../target.js";
import { changelogTarget } from "../markdown/changelog-target.js";
import { typescript } from "./language.js";
import { typescriptContext, typescriptDeclarations } from "./target.js";

/**
 * The package's entry files, by what loads them: Node and TypeScript pick one through package.json's
 * `exports` conditions (`import` → ES module, `require` → CommonJS, each with its own types, as
 * `moduleResolution` node16 wants a `.d.cts` beside a `.cjs`).
 */
const entries = { esm: "index.js", cjs: "index.cjs", esmTypes: "index.d.ts", cjsTypes: "index.d.cts" } as const;

/**
 * One template per kind of file: the JavaScript template renders both module formats and the types
 * template both declaration files, told apart by `file` data. The JavaScript prints the same code view and
 * context fields as the TypeScript output's template, so the two cannot disagree on a value.
 */
const files: readonly TargetFile[] = [
  { template: builtinTemplate("npm/package.json.hbs"), path: "package.json" },
  { template: builtinTemplate("npm/index.js.hbs"), path: entries.esm, data: { esm: true, format: "ES module" } },
  { template: builtinTemplate("npm/index.js.hbs"), path: entries.cjs, data: { esm: false, format: "CommonJS module" } },
  { template: builtinTemplate("npm/index.d.ts.hbs"), path: entries.esmTypes, data: { format: "ES module", module: `./${entries.esm}` } },
  { template: builtinTemplate("npm/index.d.ts.hbs"), path: entries.cjsTypes, data: { format: "CommonJS module", module: `./${entries.cjs}` } },
  { template: builtinTemplate("npm/README.md.hbs"), path: "README.md" },
  { template: builtinTemplate("changelog.hbs"), path: "CHANGELOG.md", as: changelogTarget },
];

/**
 * out/packages/npm/: the TypeScript output's API as an npm package that plain JavaScript, CommonJS and
 * every TypeScript module resolution can load, versioned by the table. It declares what the TypeScript
 * output declares (validation checks the names for it too, with a consumer's options).
 */
export const npmPackageTarget: Target = {
  id: "npm-package",
  language: typescript,
  description: "the npm package: ES module and CommonJS JavaScript with their types, package.json, README and changelog",
  output: "packages/npm",
  files,
  declares: typescriptDeclarations,
  // Exclude in the types, Map in the JavaScript.
  references: ["Exclude", "Map"],
  codeView: typescript.codeView,
  context: (input) => {
    const { model, settings } = input;
    const version = model.version ?? "0.0.0";
    const example = model.codes.find((code) => code.retryable && code.deprecated === undefined) ?? model.codes.find((code) => code.deprecated === undefined) ?? model.codes[0];
    return {
      ...typescriptContext(input),
      packageName: settings["npmPackage"] ?? "",
      packageVersion: version,
      packageDescription: `Status codes of table ${version} (${model.codes.length === 1 ? "1 code" : `${model.codes.length} codes`}) as JavaScript constants with TypeScript types, a lookup and a type guard, for ES modules and CommonJS.`,
      entries,
      exampleName: example?.name ?? "",
    };
  },
};
