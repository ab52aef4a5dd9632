import { spawnSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csv, relativeReference } from "../../generator/render/common-helpers.js";

describe("relativeReference", () => {
  it("refers from one output file to another", () => {
    expect(relativeReference("json/status-codes.json", "json/status-codes.schema.json")).toBe("./status-codes.schema.json");
    expect(relativeReference("json/a.json", "schemas/a.schema.json")).toBe("../schemas/a.schema.json");
    expect(relativeReference("a.json", "a.schema.json")).toBe("./a.schema.json");
  });
});

describe("csv", () => {
  it("quotes only what needs it", () => {
    expect(csv("plain text")).toBe("plain text");
    expect(csv(416)).toBe("416");
    expect(csv('say "hi", then')).toBe('"say ""hi"", then"');
    expect(csv(" padded")).toBe('" padded"');
    expect(csv("two\nlines")).toBe('"two\nlines"');
  });

  it("writes records that Python's csv module (RFC 4180, strict) reads back field for field", () => {
    const records = fc.sample(fc.array(fc.string({ unit: "binary", maxLength: 30 }), { minLength: 1, maxLength: 4 }), { seed: 20261201, numRuns: 300 });
    // A record of one empty field is an empty line, which readers skip: not a record csv can write alone.
    const written = records.filter((record) => !(record.length === 1 && record[0] === ""));
    const text = written.map((record) => record.map(csv).join(",")).join("\r\n") + "\r\n";
    const reader = "import csv, io, json, sys; print(json.dumps(list(csv.reader(io.TextIOWrapper(sys.stdin.buffer, encoding='utf-8', errors='surrogatepass', newline=''), strict=True))))";
    const python = spawnSync("python3", ["-c", reader], { input: Buffer.from(text, "utf8"), encoding: "utf8", maxBuffer: 1 << 24 });
    if (python.error !== undefined) throw new Error(`python3 (installed on the CI machine) reads the CSV back: ${python.error.message}`);
    expect(python.stderr).toBe("");
    expect(JSON.parse(python.stdout)).toEqual(written);
  });
});
