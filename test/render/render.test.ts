import { describe, expect, it } from "vitest";
import { commentSafe, plannedTargets, renderAll } from "../../generator/render/render.js";
import { filesOf } from "../../generator/spec/rules/settings-checks.js";
import { validateSpec } from "../../generator/spec/validate.js";
import { realSpec } from "../support/helpers.js";

describe("commentSafe", () => {
  it("keeps ordinary paths", () => {
    expect(commentSafe("spec/status-codes.yaml")).toBe("spec/status-codes.yaml");
    expect(commentSafe("../specs/spéc 2.yaml")).toBe("../specs/spéc 2.yaml");
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
