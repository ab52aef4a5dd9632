import type { Language } from "./languages/language.js";
import type { AliasTarget } from "./model.js";
import { typescript } from "./languages/typescript.js";
import { json } from "./languages/json.js";
import { markdown } from "./languages/markdown.js";
import { changelog } from "./languages/changelog.js";
import { swift } from "./languages/swift.js";
import { kotlin } from "./languages/kotlin.js";

/** One generated file: which template renders it, with which language's helpers, and where it goes. */
export interface Target {
  /** Key in the spec's `settings.outputs`. */
  readonly name: string;
  /** File in templates/. */
  readonly template: string;
  /** Default path inside the output directory. */
  readonly output: string;
  readonly language: Language;
}

/**
 * Every output of the generator. Adding a target means a template, a language helper file (when the
 * language is new) and one line here.
 */
export const targets: readonly Target[] = [
  { name: "typescript", template: "typescript.hbs", output: "typescript/status-codes.ts", language: typescript },
  { name: "json", template: "json.hbs", output: "json/status-codes.json", language: json },
  { name: "json-schema", template: "json-schema.hbs", output: "json/status-codes.schema.json", language: json },
  { name: "markdown", template: "markdown.hbs", output: "markdown/status-codes.md", language: markdown },
  { name: "changelog", template: "changelog.hbs", output: "markdown/CHANGELOG.md", language: changelog },
  { name: "swift", template: "swift.hbs", output: "swift/StatusCode.swift", language: swift },
  { name: "kotlin", template: "kotlin.hbs", output: "kotlin/StatusCode.kt", language: kotlin },
];

/** The language of the target that carries `target`'s aliases. */
export function languageOf(target: AliasTarget): Language | undefined {
  return targets.find((candidate) => candidate.name === target)?.language;
}
