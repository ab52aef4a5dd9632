import { readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { describe, expect, it } from "vitest";
import { builtins } from "../../generator/registry.js";
import { legacyNames } from "../../generator/languages/legacy-names.js";
import { declarationsOf, targetFiles } from "../../generator/languages/target.js";
import { spelling } from "../../generator/languages/language.js";
import { renderAll } from "../../generator/render/render.js";
import { validateSpec } from "../../generator/spec/validate.js";
import { root } from "../support/helpers.js";

/**
 * The names each target's files use without declaring them must be in its `references`, which validation
 * refuses as type names: checked against the rendered files themselves, so the list cannot drift from the
 * templates.
 */

/** The source with comments and string literals blanked, in one left-to-right pass (a `/*` inside a string is text). */
function codeOnly(source: string): string {
  let out = "";
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === '"') {
      for (index++; index < source.length && source[index] !== '"'; index++) if (source[index] === "\\") index++;
      out += '""';
    } else if (char === "/" && source[index + 1] === "/") {
      while (index < source.length && source[index] !== "\n") index++;
      out += "\n";
    } else if (char === "/" && source[index + 1] === "*") {
      const end = source.indexOf("*/", index + 2);
      index = end < 0 ? source.length : end + 1;
      out += " ";
    } else {
      out += char;
    }
  }
  return out;
}

/** Every UpperCamelCase word outside comments and string literals (SCREAMING_SNAKE entries are not type-like). */
function typeLikeNames(source: string): Set<string> {
  return new Set(codeOnly(source).match(/\b[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*\b/g) ?? []);
}

describe.each(builtins.targets.filter((target) => target.declares !== undefined).map((target) => [target.id, target] as const))("the %s target", (_id, target) => {
  it("lists every name its files use and do not declare in its references", () => {
    for (const spec of ["spec/status-codes.yaml", "test/fixtures/hostile.yaml"]) {
      const { model } = validateSpec(readFileSync(join(root, spec), "utf8"), spec);
      const settings = model.settings.languages[target.language.id] ?? {};
      const declared = declarationsOf(target, settings);
      // Its code names (C#'s PascalCase members are type-like), the words of its namespace (`CommsEase.Im.Status`)
      // and names made from a declared one and a number (C#'s table-loading methods LoadChunk0, …) are its own too.
      const codeNames = model.codes.map((code) => spelling(target.language, code.name, settings));
      // Its category names too (Objective-C's constants StatusCategoryGeneral, …).
      const categoryNames = model.categories.flatMap((category) => {
        const identifier = target.language.naming?.category?.(category.id, settings);
        return identifier?.ok === true ? [identifier.identifier] : [];
      });
      const namespaceWords = target.namespace?.(settings).split(/\W+/) ?? [];
      const own = new Set([...Object.values(declared.types), ...Object.values(declared.values), ...Object.values(declared.members), ...codeNames, ...categoryNames, ...namespaceWords]);
      const isOwn = (name: string) => own.has(name) || own.has(name.replace(/\d+$/, ""));
      const aliases = new Set(legacyNames(model, target.language, settings).map((legacy) => legacy.identifier));
      // Its code files: not those rendered as another target's (that target's own test covers them), nor
      // a package's manifest and README, which are data and prose.
      const code = targetFiles(target, settings).filter((file) => file.as === undefined && !/\.(json|md)$/.test(file.path ?? ""));
      const paths = new Set(code.map((file) => (file.path === undefined ? target.output : posix.join(target.output, file.path))));
      const rendered = renderAll(model).filter((candidate) => paths.has(candidate.path));
      expect(rendered.map((file) => file.path).sort()).toEqual([...paths].sort());
      for (const file of rendered) {
        const unlisted = [...typeLikeNames(file.content)].filter((name) => !isOwn(name) && !aliases.has(name) && !(target.references ?? []).includes(name));
        expect(unlisted, `${spec}: ${file.path}`).toEqual([]);
      }
    }
  });

  it("refuses each of its references as a type name, at the setting", () => {
    for (const reference of target.references ?? []) {
      for (const field of Object.keys(target.language.settings?.fields ?? {}).filter((name) => target.language.settings?.fields[name]?.typeName === true)) {
        const spec = `settings:\n  ${target.language.id}:\n    ${field}: ${reference}\n${readFileSync(join(root, "test/fixtures/hostile.yaml"), "utf8").replace(/^settings:\n(?: {2}.*\n| {4}.*\n)*/m, "")}`;
        expect(() => validateSpec(spec, "spec.yaml"), `${field}: ${reference}`).toThrow();
      }
    }
  });
});
