import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { npmPackageTarget } from "../../generator/languages/typescript/npm-package-target.js";
import { typescriptTarget } from "../../generator/languages/typescript/target.js";
import { typescript } from "../../generator/languages/typescript/language.js";
import { declaredFor, renamedDriver, type Subject } from "../compile/kits/kit.js";
import { jsonFile, legacyUses } from "../compile/legacy-uses.js";
import { chain, exec, failed, type Outcome } from "../compile/run-command.js";
import { root } from "../support/helpers.js";

/**
 * The npm package as a consumer gets it: `npm pack` in the generated folder, the tarball installed into
 * two fresh projects (an ES module one and a CommonJS one), and each project's consumers compiled by tsc
 * (this repository's, typescript 7) under every module resolution that reads `exports`, then run by node.
 * Everything runs once per subject, in parallel where it can; the test only compares what came out.
 */

const tsc = join(root, "node_modules/.bin/tsc");
const publint = join(root, "node_modules/.bin/publint");
const attw = join(root, "node_modules/.bin/attw");

/** A fresh project's shell: none of the npm variables of the `npm test` that runs this. */
const cleanEnv: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("npm_")));

/** The strict flags of the TypeScript contract, as compilerOptions; each project adds its module settings. */
const strictOptions = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  target: "es2022",
  // No @types/node: the package must not need it. skipLibCheck off: the package's .d.ts files are checked too.
  types: [],
  skipLibCheck: false,
};

/** What one subject's package gave: where it is, and each step's outcome by name. */
export interface NpmProof {
  readonly packageName: string;
  /** The package as installed into the ES module project (its node_modules folder). */
  readonly installed: string;
  /** Each consumer step, by what the test calls it. */
  readonly outcomes: ReadonlyMap<string, Outcome>;
}

/** The generated package folder of a subject. */
export function packageDir(subject: Subject): string {
  return join(subject.outDir, subject.paths[npmPackageTarget.id] ?? npmPackageTarget.output);
}

/** The import specifier of a subject's package: the npmPackage setting. */
export function packageNameOf(subject: Subject): string {
  return subject.settings[typescript.id]?.["npmPackage"] ?? "";
}

/** The names `export`ed by TypeScript source (`export const|function|type|interface`, `declare` allowed), by kind. */
export function exportedNames(source: string): { values: string[]; types: string[] } {
  const values = [...source.matchAll(/^export (?:declare )?(?:const|function) (\w+)/gm)].map((match) => match[1] ?? "");
  const types = [...source.matchAll(/^export (?:type|interface) (\w+)/gm)].map((match) => match[1] ?? "");
  return { values: values.sort(), types: types.sort() };
}

interface JsonCode {
  code: number;
  name: string;
}

/** The driver every language prints the table with, importing from the package instead of a copied file. */
function esmDriver(subject: Subject, packageName: string): string {
  const source = readFileSync(join(root, "test/compile/drivers/driver.ts"), "utf8");
  return renamedDriver(source, npmPackageTarget, subject).replace('from "./status-codes.js"', `from ${JSON.stringify(packageName)}`);
}

/**
 * The same driver in a CommonJS module under verbatimModuleSyntax, where `import … from` is refused
 * (TS1286) and `import x = require()` is how TypeScript writes a require.
 */
function cjsDriver(subject: Subject, packageName: string): string {
  return esmDriver(subject, packageName).replace(/^import \{ (.*) \} from (".*");$/m, "import statusCodesPackage = require($2);\nconst { $1 } = statusCodesPackage;");
}

/** Every alias and deprecated code used by name, as an app written against an older SDK would. */
function legacyDriver(subject: Subject, packageName: string): string {
  const codes = declaredFor(npmPackageTarget, subject).values["codes"] ?? "";
  const lines = legacyUses(subject, typescript).map((use) => `console.log(JSON.stringify({ name: ${JSON.stringify(use.name)}, code: ${codes}.${use.source} }));`);
  return [`import { ${codes} } from ${JSON.stringify(packageName)};`, "", ...lines, ""].join("\n");
}

/**
 * tsc's proof that the package declares exactly what the TypeScript output declares: every exported value's
 * type and every exported type is identical (not merely assignable) to the output's own.
 */
function sameApi(subject: Subject, packageName: string, reference: string): string {
  const { types } = exportedNames(reference);
  const declared = declaredFor(npmPackageTarget, subject).types;
  return [
    'import type * as reference from "./reference/status-codes.js";',
    `import type * as published from ${JSON.stringify(packageName)};`,
    "",
    "type Equals<X, Y> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false;",
    "const same = <X, Y>(proof: Equals<X, Y>): Equals<X, Y> => proof;",
    "",
    "export const values = same<typeof reference, typeof published>(true);",
    ...types.map((name) => `export const type${name} = same<reference.${name}, published.${name}>(true);`),
    "// @ts-expect-error: the check tells two different types apart",
    `export const differs = same<reference.${declared["info"] ?? ""}, published.${declared["categoryInfo"] ?? ""}>(true);`,
    "",
  ].join("\n");
}

/** A CommonJS consumer's use of the types, through `import = require`: a code of the table, and one it lacks. */
function cjsTypes(subject: Subject, packageName: string): string {
  const { codes } = JSON.parse(readFileSync(jsonFile(subject), "utf8")) as { codes: JsonCode[] };
  const numbers = new Set(codes.map((code) => code.code));
  let missing = 1;
  while (numbers.has(missing)) missing++;
  const declared = declaredFor(npmPackageTarget, subject);
  const first = codes[0]?.name ?? "";
  return [
    `import statusCodesPackage = require(${JSON.stringify(packageName)});`,
    "",
    `const first: statusCodesPackage.${declared.types["code"] ?? ""} = statusCodesPackage.${declared.values["codes"] ?? ""}.${first};`,
    `const name: statusCodesPackage.${declared.types["name"] ?? ""} = ${JSON.stringify(first)};`,
    `const info: statusCodesPackage.${declared.types["info"] ?? ""} | undefined = statusCodesPackage.${declared.values["info"] ?? ""}(first);`,
    "// @ts-expect-error: a number the table does not have",
    `const missing: statusCodesPackage.${declared.types["code"] ?? ""} = ${missing};`,
    "console.log(first, name, info, missing);",
    "",
  ].join("\n");
}

/** A node script comparing the package's exports, imported and required, with the compiled TypeScript output's. */
function compareExports(packageName: string): string {
  return [
    `import * as imported from ${JSON.stringify(packageName)};`,
    'import { createRequire } from "node:module";',
    'import * as reference from "./js-node16/reference/status-codes.js";',
    "",
    "const require = createRequire(import.meta.url);",
    `const required = require(${JSON.stringify(packageName)});`,
    "// Every export by name: data as it is, a function by its arity (what it does, the drivers show).",
    'const shape = (module) => Object.fromEntries(Object.keys(module).sort().map((key) => [key, typeof module[key] === "function" ? `function/${module[key].length}` : module[key]]));',
    "// The file each condition picks: Node 20.19 and later also require() an ES module, so a `require`",
    "// condition pointing at index.js would still print the right lines.",
    `const resolved = { import: import.meta.resolve(${JSON.stringify(packageName)}), require: require.resolve(${JSON.stringify(packageName)}) };`,
    "console.log(JSON.stringify({ reference: shape(reference), imported: shape(imported), required: shape(required), resolved }));",
    "",
  ].join("\n");
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** A fresh project of module `type`, with the tarball installed as a consumer would install it. */
async function project(dir: string, type: "module" | "commonjs", tarball: string): Promise<Outcome> {
  mkdirSync(dir, { recursive: true });
  writeJson(join(dir, "package.json"), { name: `consumer-${type}`, private: true, type });
  // --offline: the package has no dependencies, so the tarball is all npm needs; no registry is asked.
  return exec("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball], cleanEnv, dir);
}

/** Type-checks (and, with `outDir`, compiles) `files` in `dir` under a tsconfig of `options`. */
function compile(dir: string, name: string, options: Record<string, unknown>, files: readonly string[]): Promise<Outcome> {
  const config = `tsconfig.${name}.json`;
  writeJson(join(dir, config), { compilerOptions: { ...strictOptions, ...options }, files });
  return exec(tsc, ["-p", config], cleanEnv, dir);
}

/** Runs a compiled consumer with node in `dir`. */
function run(dir: string, script: string): Promise<Outcome> {
  return exec(process.execPath, [script], cleanEnv, dir);
}

/** Packs, installs and consumes one subject's package; every step's outcome by name. */
export async function proveNpmPackage(subject: Subject, work: string): Promise<NpmProof> {
  const packageName = packageNameOf(subject);
  const base = join(work, subject.label);
  const packed = join(base, "packed");
  mkdirSync(packed, { recursive: true });
  const outcomes = new Map<string, Outcome>();
  const esm = join(base, "esm");
  const cjs = join(base, "cjs");
  const installed = join(esm, "node_modules", ...packageName.split("/"));

  const pack = await exec("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", packed], cleanEnv, packageDir(subject));
  outcomes.set("npm pack", pack);
  const tarball = readdirSync(packed).find((name) => name.endsWith(".tgz"));
  if (!pack.ok || tarball === undefined) {
    outcomes.set("npm pack", pack.ok ? failed(`npm pack wrote no tarball into ${packed}`) : pack);
    return { packageName, installed, outcomes };
  }
  const tarballPath = join(packed, tarball);

  const reference = readFileSync(join(subject.outDir, subject.paths[typescriptTarget.id] ?? typescriptTarget.output), "utf8");
  const node16 = { module: "node16", moduleResolution: "node16" };
  const nodenext = { module: "nodenext", moduleResolution: "nodenext" };
  const esmFiles = ["driver.ts", "legacy.ts", "same-api.ts", "reference/status-codes.ts"];
  const cjsFiles = ["driver.ts", "types.ts"];

  const esmSteps = chain(
    async () => {
      const installedThere = await project(esm, "module", tarballPath);
      outcomes.set("ES module project", installedThere);
      return installedThere;
    },
    async () => {
      mkdirSync(join(esm, "reference"));
      // The TypeScript output itself, which the package must match declaration for declaration.
      writeFileSync(join(esm, "reference/status-codes.ts"), reference);
      writeFileSync(join(esm, "driver.ts"), esmDriver(subject, packageName));
      writeFileSync(join(esm, "legacy.ts"), legacyDriver(subject, packageName));
      writeFileSync(join(esm, "same-api.ts"), sameApi(subject, packageName, reference));
      writeFileSync(join(esm, "compare.mjs"), compareExports(packageName));
      const [emitted, next, bundler] = await Promise.all([
        compile(esm, "node16", { ...node16, outDir: "js-node16" }, esmFiles),
        compile(esm, "nodenext", { ...nodenext, noEmit: true }, esmFiles),
        compile(esm, "bundler", { module: "esnext", moduleResolution: "bundler", noEmit: true }, esmFiles),
      ]);
      outcomes.set("tsc, ES module, node16", emitted);
      outcomes.set("tsc, ES module, nodenext", next);
      outcomes.set("tsc, bundler", bundler);
      if (!emitted.ok) return emitted;
      const [driver, legacy, compared] = await Promise.all([run(esm, "js-node16/driver.js"), run(esm, "js-node16/legacy.js"), run(esm, "compare.mjs")]);
      outcomes.set("node import", driver);
      outcomes.set("node import, legacy names", legacy);
      outcomes.set("exports compared", compared);
      return driver;
    },
  );

  const cjsSteps = chain(
    async () => {
      const installedThere = await project(cjs, "commonjs", tarballPath);
      outcomes.set("CommonJS project", installedThere);
      return installedThere;
    },
    async () => {
      writeFileSync(join(cjs, "driver.ts"), cjsDriver(subject, packageName));
      writeFileSync(join(cjs, "types.ts"), cjsTypes(subject, packageName));
      const [emitted, next] = await Promise.all([
        compile(cjs, "node16", { ...node16, outDir: "js-node16" }, cjsFiles),
        compile(cjs, "nodenext", { ...nodenext, noEmit: true }, cjsFiles),
      ]);
      outcomes.set("tsc, CommonJS, node16", emitted);
      outcomes.set("tsc, CommonJS, nodenext", next);
      if (!emitted.ok) return emitted;
      const driver = await run(cjs, "js-node16/driver.js");
      outcomes.set("node require", driver);
      return driver;
    },
  );

  const [linted, typesChecked] = await Promise.all([
    exec(publint, ["run", tarballPath, "--strict"], cleanEnv, base),
    // --no-definitely-typed: the package ships its types; attw need not look for an @types package.
    exec(attw, [tarballPath, "--no-definitely-typed", "--no-color", "--no-emoji"], cleanEnv, base),
    // Each project's steps record their own outcomes; a failed one stops the steps after it.
    esmSteps.then(() => undefined),
    cjsSteps.then(() => undefined),
  ]);
  outcomes.set("publint", linted);
  outcomes.set("attw", typesChecked);
  return { packageName, installed, outcomes };
}
