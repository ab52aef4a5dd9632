import { basename } from "node:path";
import { pathToFileURL } from "node:url";
import type { Language } from "../languages/language.js";
import type { Target } from "../languages/target.js";
import type { Registry } from "../registry.js";

/**
 * A consumer's template as a target: it renders with its language's helpers and per-code view, like the
 * built-in targets, and sees the names the language's built-in target declares (`{{types.code}}`) with the
 * same settings, so that a template next to generated code names its types as they were configured.
 */
export function templateTarget(name: string, template: string, language: Language, output: string, registry: Registry): Target {
  const builtIn = registry.targets.find((target) => target.language === language && target.declares !== undefined);
  return {
    id: name,
    language,
    description: `the template ${basename(template)}`,
    output,
    files: [{ template: pathToFileURL(template) }],
    ...(language.codeView === undefined ? {} : { codeView: language.codeView }),
    ...(builtIn?.declares === undefined ? {} : { refers: builtIn.declares }),
  };
}
