import { closest, quote } from "../../shared/diagnostics.js";
import type { Registry } from "../../registry.js";
import { resolveSettings } from "../settings.js";
import { asEntry, type Entry, type Reporter, type RuleSet } from "./context.js";
import { declaringTargets } from "./declared-names.js";
import { checkDeclarations, checkOutputFiles, checkSettingFields, filesOf, reservedTypeNames } from "./settings-checks.js";

/**
 * The rules for the spec's `settings`: each language's fields beyond their schema (package names, type
 * names that would shadow what the output relies on), the names each target would declare with them (no
 * two alike, no keyword), and output paths that fit a file system and cannot collide.
 */
export const settingsRules: RuleSet = {
  name: "settings",
  check({ data, registry }, report) {
    if (data === undefined) return;
    const settings = asEntry(data["settings"]);
    for (const language of registry.languages) {
      checkSettingFields(report, language, asEntry(settings?.[language.id]), (field) => ["settings", language.id, field], reservedTypeNames(language, registry));
    }
    checkDeclarations(
      report,
      declaringTargets(registry, settings).map(({ target, settings: values, declared }) => ({
        name: target.id,
        target,
        settings: values,
        declared,
        at: ["settings", target.language.id],
        configuredNames: typeNamesIn(asEntry(settings?.[target.language.id])),
      })),
    );
    checkOutputs(report, asEntry(settings?.["outputs"]) ?? {}, settings, registry);
  },
};

/** The string values configured for a language: its type names among them. */
function typeNamesIn(configured: Entry | undefined): string[] {
  return Object.values(configured ?? {}).filter((value): value is string => typeof value === "string");
}

/** Output names must be targets; the paths must fit a file system and not collide. */
function checkOutputs(report: Reporter, outputs: Entry, settings: Entry | undefined, registry: Registry) {
  const ids = registry.targets.map((target) => target.id);
  for (const id of Object.keys(outputs)) {
    if (!ids.includes(id)) {
      const suggestion = closest(id, ids);
      const hint = suggestion === undefined ? `targets are: ${ids.join(", ")}` : `did you mean "${suggestion}"?`;
      report.keyError(["settings", "outputs", id], `unknown target ${quote(id)}; ${hint}`);
    }
  }
  checkOutputFiles(
    report,
    registry.targets.flatMap((target) => {
      const configured = outputs[target.id];
      const output = typeof configured === "string" ? configured : target.output;
      const at = ["settings", "outputs", ...(typeof configured === "string" ? [target.id] : [])];
      return filesOf(target, output, resolveSettings(target.language, settings?.[target.language.id])).map((path) => ({ name: target.id, path, at }));
    }),
  );
}
