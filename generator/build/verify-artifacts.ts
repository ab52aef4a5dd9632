// Build step (run by bundle.ts, bundled as the command is): checks that the validators the bundle carries
// were made from the schemas its own code builds. The bundle trusts them without comparing (see
// artifactsMatchCode in artifacts.ts); a bundle made apart from the rest of the build (`node
// dist/build/bundle.js` after a schema was edited, without `npm run build`) would otherwise ship a stale one.
import { configValidatorArtifact } from "../config/validator.js";
import { configSchemaText } from "../config/schema.js";
import { builtins } from "../registry.js";
import { validatorArtifact } from "../spec/rules/schema-rules.js";
import { specSchemaText } from "../spec/schema.js";
import { requireArtifact } from "./artifacts.js";
import { sourceHash } from "./precompiled.js";

const stale = [
  [validatorArtifact, specSchemaText(builtins)],
  [configValidatorArtifact, configSchemaText(builtins)],
].filter(([file, text]) => (requireArtifact(file as string) as { sourceHash?: string }).sourceHash !== sourceHash(text as string));
if (stale.length > 0) {
  process.stderr.write(`the build's ${stale.map(([file]) => file).join(" and ")} ${stale.length === 1 ? "does" : "do"} not match the schemas of the code being bundled; run npm run build\n`);
  process.exitCode = 1;
}
