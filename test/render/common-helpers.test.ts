import { describe, expect, it } from "vitest";
import { relativeReference } from "../../generator/render/common-helpers.js";

describe("relativeReference", () => {
  it("refers from one output file to another", () => {
    expect(relativeReference("json/status-codes.json", "json/status-codes.schema.json")).toBe("./status-codes.schema.json");
    expect(relativeReference("json/a.json", "schemas/a.schema.json")).toBe("../schemas/a.schema.json");
    expect(relativeReference("a.json", "a.schema.json")).toBe("./a.schema.json");
  });
});
