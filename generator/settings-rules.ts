import { closest } from "./diagnostics.js";
import { defaultTypeNames, type TypeNames } from "./model.js";
import { asEntry, type Entry, type Reporter } from "./rule-context.js";
import { targets } from "./targets.js";
import { kotlinHardKeywords } from "./languages/kotlin.js";

/** The rules for `settings`: Kotlin package, type names per language, output paths. */
export function checkSettings(report: Reporter, settings: Entry | undefined) {
  checkKotlinPackage(report, asEntry(settings?.["kotlin"])?.["package"]);
  checkTypeNames(report, settings);
  checkOutputs(report, asEntry(settings?.["outputs"]) ?? {});
}

function checkKotlinPackage(report: Reporter, kotlinPackage: unknown) {
  if (typeof kotlinPackage !== "string") return;
  const path = ["settings", "kotlin", "package"];
  const segments = kotlinPackage.split(".");
  const keyword = segments.find((segment) => kotlinHardKeywords.has(segment));
  if (keyword !== undefined) report.error(path, `"${keyword}" is a Kotlin keyword and cannot be part of a package name`);
  if (segments[0] === "kotlin" || segments[0] === "java") {
    report.error(path, `packages under "${segments[0]}." are reserved for the Kotlin and Java platforms; choose your own, such as com.example.status`);
  }
}

/** Each language's type names must differ from each other and from the names its file relies on. */
function checkTypeNames(report: Reporter, settings: Entry | undefined) {
  const fields = Object.keys(defaultTypeNames) as (keyof TypeNames)[];
  for (const language of new Set(targets.map((target) => target.language))) {
    const key = language.settingsKey;
    if (key === undefined) continue;
    const names = configuredTypeNames(settings, key);
    for (const field of fields) {
      if (language.reservedTypeNames?.has(names[field])) {
        report.error(["settings", key, field], `"${names[field]}" is a name the ${language.displayName} output relies on or shadows; choose another`);
      }
    }
    for (const declared of [language.declaredTypeNames?.(names) ?? [], language.declaredValueNames?.(names) ?? []]) {
      const repeated = declared.find((name, index) => declared.indexOf(name) !== index);
      if (repeated !== undefined) {
        report.error(["settings", key], `the ${language.displayName} output would declare "${repeated}" twice; give the type names distinct values`);
      }
    }
    const word = language.declaredValueNames?.(names).find((name) => language.reservedWords?.has(name));
    if (word !== undefined) {
      report.error(["settings", key], `the ${language.displayName} output would declare a constant named "${word}", a reserved word; choose other type names`);
    }
  }
}

/** A language's type names: the spec's settings where they are strings, the defaults elsewhere. */
export function configuredTypeNames(settings: Entry | undefined, key: string): TypeNames {
  const configured = asEntry(settings?.[key]) ?? {};
  const names = { ...defaultTypeNames };
  for (const field of Object.keys(defaultTypeNames) as (keyof TypeNames)[]) {
    const value = configured[field];
    if (typeof value === "string") names[field] = value;
  }
  return names;
}

/** Output paths must not collide, also on case-insensitive file systems, nor use a file as a folder. */
function checkOutputs(report: Reporter, outputs: Entry) {
  const names = targets.map((target) => target.name);
  for (const name of Object.keys(outputs)) {
    if (!names.includes(name)) {
      const suggestion = closest(name, names);
      const hint = suggestion === undefined ? `targets are: ${names.join(", ")}` : `did you mean "${suggestion}"?`;
      report.keyError(["settings", "outputs", name], `unknown target "${name}"; ${hint}`);
    }
  }
  const finalPaths = targets.map((target) => {
    const configured = outputs[target.name];
    return { name: target.name, path: typeof configured === "string" ? configured : target.output };
  });
  finalPaths.forEach((first, index) => {
    for (const second of finalPaths.slice(index + 1)) {
      const [a, b] = [first.path.toLowerCase(), second.path.toLowerCase()];
      const where = ["settings", "outputs", outputs[second.name] === undefined ? first.name : second.name];
      if (first.path === second.path) {
        report.error(where, `targets "${first.name}" and "${second.name}" would both write ${first.path}`);
      } else if (a === b) {
        report.error(where, `${first.path} ("${first.name}") and ${second.path} ("${second.name}") differ only in case; they are one file on macOS and Windows`);
      } else if (b.startsWith(`${a}/`) || a.startsWith(`${b}/`)) {
        report.error(where, `"${first.name}" writes ${first.path} and "${second.name}" writes ${second.path}: one would need the other as a folder`);
      }
    }
  });
}
