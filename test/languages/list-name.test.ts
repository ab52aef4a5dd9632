import { describe, expect, it } from "vitest";
import { listName, moduleReference } from "../../generator/languages/typescript/language.js";

describe("listName's plurals", () => {
  it.each([
    ["WebStatus", "webStatuses"],
    ["Bus", "buses"],
    ["Index", "indexes"],
    ["Match", "matches"],
    ["Flash", "flashes"],
    ["Analysis", "analyses"],
    ["Query", "queries"],
    ["Day", "days"],
    ["StatusCode", "statusCodes"],
  ])("%s → %s", (typeName, plural) => {
    expect(listName(typeName)).toBe(plural);
  });
});

describe("moduleReference", () => {
  it("imports the compiled file: .ts as .js, .mts as .mjs, .cts as .cjs, relative", () => {
    expect(moduleReference("ts/extra.ts", "ts/status.ts")).toBe("./status.js");
    expect(moduleReference("a/b/x.mts", "c/y.mts")).toBe("../../c/y.mjs");
    expect(moduleReference("x.cts", "y.cts")).toBe("./y.cjs");
  });
});
