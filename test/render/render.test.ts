import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { legal, type Language } from "../../generator/languages/language.js";
import { objc } from "../../generator/languages/objc/language.js";
import { builtinLanguages, builtins, builtinTargets, createRegistry } from "../../generator/registry.js";
import { commentSafe, plannedTargets, renderAll, renderTargets } from "../../generator/render/render.js";
import { buildModel, type Model } from "../../generator/spec/model.js";
import { filesOf } from "../../generator/spec/rules/settings-checks.js";
import { validateSpec } from "../../generator/spec/validate.js";
import { keptIdentifiers } from "../../generator/spec/view-identifiers.js";
import { realSpec } from "../support/helpers.js";

describe("commentSafe", () => {
  it("keeps ordinary paths", () => {
    expect(commentSafe("spec/status-codes.yaml")).toBe("spec/status-codes.yaml");
    expect(commentSafe("../specs/spéc 2.yaml")).toBe("../specs/spéc 2.yaml");
  });

  // ASCII paths take a class of ASCII alone; each character must fare as under Unicode's categories.
  it("keeps and replaces each ASCII character as Unicode's letter and number categories do", () => {
    for (let unit = 0; unit < 128; unit++) {
      const path = `a${String.fromCharCode(unit)}b`;
      expect(commentSafe(path)).toBe(path.replace(/[^\p{L}\p{N}._/ -]/gu, "_").replace(/--/g, "-_"));
    }
  });

  it("cannot end a comment or a line", () => {
    expect(commentSafe("a--> <b>*/\nimport Foundation.yaml")).toBe("a-__ _b__/_import Foundation.yaml");
  });
});

describe("renderAll", () => {
  it("renders every target's files once, at the spec's output paths", () => {
    const custom = realSpec.replace("settings:\n", "settings:\n  outputs:\n    swift: ios/Codes.swift\n");
    const { model } = validateSpec(custom, "spec/status-codes.yaml");
    const files = renderAll(model);
    // A target of several files (a package) writes each inside its output folder.
    expect(files.map((file) => file.path)).toEqual(plannedTargets(model).flatMap(({ target, output, settings }) => filesOf(target, output, settings)));
    expect(files.map((file) => file.path)).toContain("ios/Codes.swift");
  });

  it("names the spec safely in every header", () => {
    const { model } = validateSpec(realSpec, "x--> */\nimport Evil.yaml");
    for (const file of renderAll(model)) {
      expect(file.content, file.path).not.toMatch(/^import Evil/m);
      expect(file.content, file.path).toContain("Generated from x-__ _/_import Evil.yaml by status-codegen");
    }
  });
});

// Validation spells every code's name in every language; the code views print those spellings, found by
// the code's place in the model (sorted by number), not in the spec.
describe("code views with the identifiers validation made", () => {
  const data = parse(realSpec) as { codes: { name: string; code: number }[] };
  // The codes by name: an order far from the numbers', so that a view given another code's identifier shows.
  const byName = stringify({ ...data, codes: [...data.codes].sort((a, b) => a.name.localeCompare(b.name)) });

  it("render what views that spell every name themselves render, whatever the spec's order", () => {
    for (const text of [realSpec, byName]) {
      const validated = validateSpec(text, "spec/status-codes.yaml");
      expect(keptIdentifiers(validated.model, objc, validated.model.settings.languages["objc"] ?? {})).toBeDefined();
      // A model built without validation has none kept: its views spell every name themselves.
      const unvalidated = buildModel(validated.data, "spec/status-codes.yaml", builtins);
      expect(keptIdentifiers(unvalidated, objc, unvalidated.settings.languages["objc"] ?? {})).toBeUndefined();
      expect(renderAll(validated.model)).toEqual(renderAll(unvalidated));
    }
    expect(validateSpec(byName, "a.yaml").data.codes[0]?.code).not.toBe(validateSpec(realSpec, "a.yaml").data.codes[0]?.code);
  });

  it("are in the model's order, and kept only for the settings they were made with", () => {
    const { model } = validateSpec(byName, "spec/status-codes.yaml");
    const settings = model.settings.languages["objc"] ?? {};
    expect(keptIdentifiers(model, objc, { ...settings })?.sources).toEqual(model.codes.map((code) => {
      const identifier = objc.naming.code(code.name, settings);
      return identifier.ok ? identifier.source : undefined;
    }));
    expect(keptIdentifiers(model, objc, { ...settings, typeName: "XYCode" })).toBeUndefined();
  });

  // An API registry may give one language's view to a target of another language, which names codes its own way.
  it("are not printed by a view that would spell the names otherwise", () => {
    const c = builtinLanguages.find((language) => language.id === "c");
    const header = builtinTargets.find((target) => target.id === "c-header");
    if (c === undefined || header === undefined) throw new Error("no C language or header target");
    const cpp: Language = { ...c, id: "cpp", naming: { code: (name) => legal(`K${name}`) } };
    const registry = createRegistry([...builtinLanguages, cpp], [...builtinTargets, { ...header, id: "cpp-header", language: cpp, output: "cpp/codes.h" }]);
    const validated = validateSpec(realSpec, "spec/status-codes.yaml", registry);
    const byItself = buildModel(validated.data, "spec/status-codes.yaml", registry);
    const headerOf = (model: Model) => renderTargets(model, plannedTargets(model, registry)).find((file) => file.path === "cpp/codes.h")?.content;
    expect(headerOf(validated.model)).toContain("STATUS_CODE_OK = 200");
    expect(headerOf(validated.model)).toBe(headerOf(byItself));
  });
});
