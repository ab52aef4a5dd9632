import { closest, formatPath, quote } from "../../shared/diagnostics.js";
import type { Registry } from "../../registry.js";
import { resolveSettings } from "../settings.js";
import { asEntry, entries, type Entry, type Reporter, type RuleSet } from "./context.js";
import { declaringTargets, type DeclaringTarget } from "./declared-names.js";
import { checkDeclarations, checkOutputFiles, checkSettingFields, filesOf, reservedTypeNames, typesHiddenByCodes } from "./settings-checks.js";

/**
 * The rules for the spec's `settings`: each language's fields beyond their schema (package names, type
 * names that would shadow what the output relies on), the names each target would declare with them (no
 * two alike, no keyword, none a code would hide), and output paths that fit a file system and cannot collide.
 */
export const settingsRules: RuleSet = {
  name: "settings",
  check({ data, registry }, report) {
    if (data === undefined) return;
    const settings = asEntry(data["settings"]);
    for (const language of registry.languages) {
      checkSettingFields(report, language, asEntry(settings?.[language.id]), (field) => ["settings", language.id, field], reservedTypeNames(language, registry));
    }
    const declaring = declaringTargets(registry, settings);
    checkDeclarations(
      report,
      declaring.map(({ target, settings: values, declared }) => ({
        name: target.id,
        target,
        settings: values,
        declared,
        at: ["settings", target.language.id],
        configuredNames: typeNamesIn(asEntry(settings?.[target.language.id])),
      })),
    );
    checkCodesHidingTypes(report, declaring, data["codes"], settings);
    checkOutputs(report, asEntry(settings?.["outputs"]) ?? {}, settings, registry);
  },
};

/** No code may be named like a type its code type's body names (see typesHiddenByCodes); reported at the code. */
function checkCodesHidingTypes(report: Reporter, declaring: readonly DeclaringTarget[], codes: unknown, settings: Entry | undefined) {
  const names = new Map(entries(codes).flatMap(([index, code]) => (typeof code["name"] === "string" ? [[index, code["name"]] as const] : [])));
  for (const subject of declaring) {
    for (const { codeIndex, codeName, what, field, why } of typesHiddenByCodes(subject, names)) {
      const place = ["settings", subject.target.language.id, field ?? ""];
      const configured = field !== undefined && asEntry(settings?.[subject.target.language.id])?.[field] !== undefined;
      const where = configured ? ` (${formatPath(place)}, line ${report.line(place)})` : "";
      const fix = field === undefined ? "rename the code" : `rename the code or choose another ${field}`;
      report.error(["codes", codeIndex, "name"], `${codeName} is also ${what}'s name${where}: ${why}; ${fix}`);
    }
  }
}

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
