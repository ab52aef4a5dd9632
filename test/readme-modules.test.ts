import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, it } from "vitest";
import { root } from "./support/helpers.js";

/** Every .ts file below `dir`, relative to it. */
function modules(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(".ts"))
    .map((path) => relative(dir, join(dir, path)).split("\\").join("/"))
    .sort();
}

it("the README's \"How it is built\" table lists exactly the generator's modules", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## How it is built"), readme.indexOf("### The language registry"));
  const listed = [...section.matchAll(/^\| (.+?) \|/gm)].flatMap((row) => [...(row[1] ?? "").matchAll(/`([^`]+\.ts)`/g)].map((match) => match[1] ?? ""));
  expect([...new Set(listed)].sort()).toEqual(modules(join(root, "generator")));
});
