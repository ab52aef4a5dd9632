import type { Registry } from "../../registry.js";
import { declarationsOf, type Declarations, type Target } from "../../languages/target.js";
import type { SettingValues } from "../model.js";
import { resolveSettings } from "../settings.js";
import { asEntry } from "./context.js";

/** A target with the settings the spec gives its language and the names its files would declare with them. */
export interface DeclaringTarget {
  readonly target: Target;
  readonly settings: SettingValues;
  readonly declared: Required<Declarations>;
}

/**
 * Every target of the registry that declares names, with the spec's (possibly invalid) settings resolved
 * as the model will resolve them. Shared by the settings rules (names must differ, no keyword) and the
 * evolution rules (no alias may take a declared name).
 */
export function declaringTargets(registry: Registry, settings: unknown): DeclaringTarget[] {
  const configured = asEntry(settings);
  return registry.targets.flatMap((target) => {
    if (target.declares === undefined) return [];
    const values = resolveSettings(target.language, configured?.[target.language.id]);
    return [{ target, settings: values, declared: declarationsOf(target, values) }];
  });
}
