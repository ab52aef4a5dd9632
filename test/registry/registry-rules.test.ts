import { describe, expect, it } from "vitest";
import { builtinLanguages, builtinTargets, builtins, createRegistry } from "../../generator/registry.js";
import type { Target } from "../../generator/languages/target.js";
import { kotlinTarget } from "../../generator/languages/kotlin/target.js";
import { renderAll } from "../../generator/render/render.js";
import { SpecError } from "../../generator/shared/diagnostics.js";
import { validateSpec } from "../../generator/spec/validate.js";
import { base } from "../spec/bad-specs.js";
import { realSpec } from "../support/helpers.js";

/** Registries built by a test: what the registry promises to whoever builds one. */

const withTargets = (targets: readonly Target[]) => createRegistry(builtinLanguages, targets);
const messages = (text: string, registry = builtins) => {
  try {
    validateSpec(text, "spec.yaml", registry);
    return [];
  } catch (error) {
    return (error as SpecError).diagnostics.map((diagnostic) => `${diagnostic.path}: ${diagnostic.message}`);
  }
};

describe("createRegistry", () => {
  it("refuses repeated ids, a target whose language is not registered, and a language id the spec's settings use", () => {
    expect(() => createRegistry([...builtinLanguages, builtinLanguages[0]!], [])).toThrow(/registered twice/);
    expect(() => createRegistry(builtinLanguages, [kotlinTarget, kotlinTarget])).toThrow(/registered twice/);
    expect(() => createRegistry(builtinLanguages.filter((language) => language.id !== "kotlin"), [kotlinTarget])).toThrow(/not registered/);
    expect(() => createRegistry([{ ...builtinLanguages[0]!, id: "outputs" }], [])).toThrow(/must be kebab-case and not one of: outputs/);
  });
});

describe("a registry without some targets", () => {
  it("renders the JSON without a $schema and the changelog without a link when the run writes no schema or reference", () => {
    const registry = withTargets(builtinTargets.filter((target) => target.id !== "json-schema" && target.id !== "markdown"));
    const files = renderAll(validateSpec(realSpec, "spec/status-codes.yaml", registry).model, registry);
    expect(files.map((file) => file.path)).not.toContain("json/status-codes.schema.json");
    const json = files.find((file) => file.path === "json/status-codes.json")?.content ?? "";
    expect(json).not.toContain(`"$schema"`);
    expect(JSON.parse(json)).toHaveProperty("codes");
    expect(files.find((file) => file.path === "markdown/CHANGELOG.md")?.content).not.toContain("See [the reference]");
  });

  it("refuses to render a model validated against another registry", () => {
    const { model } = validateSpec(realSpec, "spec/status-codes.yaml");
    const fewer = createRegistry(builtinLanguages.filter((language) => language.id !== "kotlin"), builtinTargets.filter((target) => target.language.id !== "kotlin"));
    expect(() => renderAll(model, fewer)).toThrow(/another registry/);
  });
});

describe("names targets declare", () => {
  it("two targets of one language in one namespace may not declare the same type", () => {
    const second: Target = { ...kotlinTarget, id: "kotlin-copy", output: "kotlin/Copy.kt" };
    const registry = withTargets([...builtinTargets, second]);
    expect(messages(base, registry)).toContainEqual(
      `settings.kotlin: targets "kotlin" and "kotlin-copy" would both declare StatusCode in Kotlin package statuscodes; give one of them other names or another namespace`,
    );
  });

  it("a target's context may not hide a model field, a helper or a declaration", () => {
    const hiding: Target = { ...kotlinTarget, id: "kotlin-hiding", output: "kotlin/Hiding.kt", namespace: () => "elsewhere", context: () => ({ types: { code: "Other" } }) };
    const registry = withTargets([...builtinTargets, hiding]);
    expect(() => renderAll(validateSpec(base, "spec.yaml", registry).model, registry)).toThrow(/target "kotlin-hiding": its context's "types" would hide/);
    // A model field, a common helper and one of the language's own helpers, as well.
    const kotlinHelper = Object.keys(kotlinTarget.language.helpers)[0] ?? "";
    for (const key of ["codes", "csv", kotlinHelper]) {
      const hidingThis: Target = { ...hiding, context: () => ({ [key]: "x" }) };
      const withThis = withTargets([...builtinTargets, hidingThis]);
      expect(() => renderAll(validateSpec(base, "spec.yaml", withThis).model, withThis)).toThrow(new RegExp(`target "kotlin-hiding": its context's "${key}" would hide`));
    }
    const viewHiding: Target = { ...kotlinTarget, id: "kotlin-view", output: "kotlin/View.kt", namespace: () => "elsewhere", codeView: () => ({ name: "x" }) };
    const other = withTargets([...builtinTargets, viewHiding]);
    expect(() => renderAll(validateSpec(base, "spec.yaml", other).model, other)).toThrow(/its code view's "name" would hide a code field/);
  });
});
