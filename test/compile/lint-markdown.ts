import { join } from "node:path";
import { root } from "../support/helpers.js";
import { exec, type Outcome } from "./run-command.js";

/** Runs markdownlint-cli2 with the project's settings for generated Markdown. */
export function lintMarkdown(files: readonly string[]): Promise<Outcome> {
  const cli = join(root, "node_modules/.bin/markdownlint-cli2");
  return exec(cli, ["--config", join(root, "test/toolchains/markdownlint.jsonc"), ...files]);
}
