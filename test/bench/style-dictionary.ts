// The benchmark's peer row: Style Dictionary 5 building the spec's codes (given as a tokens file, made by
// bench.ts before timing) into four formats beside ours (JavaScript, JSON, a Swift enum, a Kotlin object),
// in a fresh process as `generate` runs. Style Dictionary is a devDependency of the benchmark only.
//
//   node style-dictionary.js TOKENS.json OUT_DIR
import StyleDictionary from "style-dictionary";

const [tokens, out] = process.argv.slice(2);
if (tokens === undefined || out === undefined) throw new Error("usage: style-dictionary TOKENS.json OUT_DIR");
const platform = (transformGroup: string, format: string, destination: string, options: Record<string, string> = {}) => ({
  transformGroup,
  buildPath: `${out}/`,
  files: [{ destination, format, options }],
});
const dictionary = new StyleDictionary({
  source: [tokens],
  log: { verbosity: "silent", warnings: "disabled" },
  platforms: {
    js: platform("js", "javascript/es6", "status-codes.js"),
    json: platform("js", "json", "status-codes.json"),
    swift: platform("ios-swift", "ios-swift/enum.swift", "StatusCode.swift", { className: "StatusCode" }),
    kotlin: platform("compose", "compose/object", "StatusCode.kt", { className: "StatusCode", packageName: "com.example.status" }),
  },
});
await dictionary.buildAllPlatforms();
