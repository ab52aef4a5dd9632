import { describe, expect, it } from "vitest";
import { camelWords, swiftImportedName } from "../../generator/languages/swift/imported-names.js";

/**
 * Each expectation below is what swiftc 6.0.3 imported, read from swift-symbolgraph-extract of a C module
 * declaring `typedef enum __attribute__((enum_extensibility(open))) NIMRemoteErrorCode : long { … }` with
 * exactly these enumerators (the compile kit proves the real spec's and the hostile fixture's the same way).
 */
function imported(...names: string[]): string[] {
  return names.map((name) => swiftImportedName(name, names, "NIMRemoteErrorCode"));
}

describe("Swift's names for the iOS SDK's enumerators", () => {
  it("drops the words every enumerator shares, then lowercases the first word left", () => {
    expect(imported("NIMRemoteErrorCodeFrequently", "NIMRemoteErrorCodeEUnpacket", "NIMRemoteErrorCodeUIDPass")).toEqual(["frequently", "eUnpacket", "uidPass"]);
  });

  it("drops fewer words when one enumerator lacks one (NIMRemoteErrorAccountBlock, as in the real SDK)", () => {
    expect(imported("NIMRemoteErrorCodeFrequently", "NIMRemoteErrorAccountBlock", "NIMRemoteErrorCodeEUnpacket")).toEqual(["codeFrequently", "accountBlock", "codeEUnpacket"]);
  });

  it("drops no more than the enum's own name shares", () => {
    expect(imported("NIMFooBar", "NIMFooBaz")).toEqual(["fooBar", "fooBaz"]);
    expect(imported("NIMRemoteErrorCodeFrequently")).toEqual(["frequently"]);
  });

  it("keeps a name it strips nothing from as it is, and a rest without a lower-case letter", () => {
    expect(imported("legacyClass", "NIMRemoteErrorCodeX", "Guard")).toEqual(["legacyClass", "NIMRemoteErrorCodeX", "Guard"]);
    expect(imported("NIMRemoteErrorCodeX", "NIMRemoteErrorCodeXY", "NIMRemoteErrorCodeHTTP", "NIMRemoteErrorCodeX2", "NIMRemoteErrorCodeXa", "NIMRemoteErrorCodeXYz", "NIMRemoteErrorCodeA1B", "NIMRemoteErrorCodeURL2Go")).toEqual([
      "X", "XY", "HTTP", "X2", "xa", "xYz", "A1B", "url2Go",
    ]);
  });

  it("counts digits into the word before them", () => {
    expect(imported("NIMRemoteErrorCodeLegacyClass", "NIMRemoteErrorCode2Fast", "NIMRemoteErrorCodeNIM_Self")).toEqual(["codeLegacyClass", "code2Fast", "codeNIM_Self"]);
    expect(imported("NIMRemoteErrorCodeHTTP2Error", "NIMRemoteErrorCodeHTTPError")).toEqual(["http2Error", "httpError"]);
  });

  it("splits words as the importer does", () => {
    expect(camelWords("NIMRemoteErrorCodeEUnpacket")).toEqual(["NIM", "Remote", "Error", "Code", "E", "Unpacket"]);
    expect(camelWords("kNIMResURL2Go_x")).toEqual(["k", "NIM", "Res", "URL2", "Go", "_", "x"]);
  });
});
