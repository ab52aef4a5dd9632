import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generate, loadSpec, renderTargets, validateSpec } from "../../generator/api.js";
import { realSpec, temporaryDir } from "../support/helpers.js";

/** The API in process: the command's behaviour, problems as data, nothing thrown for what a caller passes. */

function repository(config: string): string {
  const dir = temporaryDir();
  mkdirSync(join(dir, ".git"));
  mkdirSync(join(dir, "spec"));
  writeFileSync(join(dir, "spec/status-codes.yaml"), realSpec);
  writeFileSync(join(dir, "status-codegen.config.yaml"), config);
  return dir;
}

describe("the API", () => {
  it("loads, renders and generates like the command, and reports removals and warnings as data", () => {
    const dir = repository("spec: spec/status-codes.yaml\nout: gen\ntargets:\n  - target: json\n  - target: typescript\n");
    const loaded = loadSpec({ cwd: dir });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    const rendered = renderTargets(loaded.value);
    expect(rendered.ok && rendered.value.map((file) => file.path)).toEqual(["json/status-codes.json", "typescript/status-codes.ts"]);
    const first = generate({ cwd: dir });
    expect(first.ok && first.value.written).toEqual(["json/status-codes.json", "typescript/status-codes.ts", ".status-codegen-files"]);
    // The config drops a target: the API removes its file, as the command does, and says so.
    writeFileSync(join(dir, "status-codegen.config.yaml"), "spec: spec/status-codes.yaml\nout: gen\ntargets:\n  - target: json\n");
    writeFileSync(join(dir, "gen/json/notes.txt"), "# Generated from x by status-codegen — do not edit.\n");
    const second = generate({ cwd: dir });
    expect(second.ok && second.value.removed).toEqual(["typescript/status-codes.ts"]);
    expect(second.diagnostics).toEqual([{ file: "", line: 0, column: 0, path: "", message: "gen/json/notes.txt was generated before and is no longer written; delete it", severity: "warning" }]);
    expect(readFileSync(join(dir, "gen/.status-codegen-files"), "utf8")).toContain("json/status-codes.json\n");
  });

  it("answers a check with the drift, ok false, and the value kept", () => {
    const dir = repository("spec: spec/status-codes.yaml\nout: gen\ntargets:\n  - target: json\n");
    const checked = generate({ cwd: dir, check: true });
    expect(checked.ok).toBe(false);
    expect(checked.value?.drift?.missing).toEqual(["json/status-codes.json", ".status-codegen-files"]);
  });

  it("refuses what plain JavaScript may pass, as a diagnostic, without throwing", () => {
    const wrong = [
      () => validateSpec(undefined as unknown as string),
      () => loadSpec({ cwd: "/no/such/folder" }),
      () => loadSpec({ targets: "typescript" as unknown as string[] }),
      () => loadSpec({ spec: 3 as unknown as string }),
      () => generate(null as unknown as object),
    ];
    const messages = wrong.map((call) => {
      const result = call();
      expect(result.ok).toBe(false);
      return result.diagnostics.map((diagnostic) => diagnostic.message).join("\n");
    });
    expect(messages).toEqual([
      "validateSpec takes the spec's text (a string), not undefined; to read a file, use loadSpec({ spec })",
      "options.cwd: there is no folder at /no/such/folder",
      'options.targets must be a list of target names, such as ["typescript"]',
      "options.spec must be a path (a string)",
      'options must be an object, such as { cwd: "path/to/sdk" }',
    ]);
  });
});
