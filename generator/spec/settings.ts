import { defaultSettings, type Language } from "../languages/language.js";
import type { SettingValues } from "./model.js";

/**
 * One language's settings: its defaults, then what `configured` (the spec's `settings.<id>`, possibly not
 * yet validated) sets to a string. Validation rules read settings through here too, so they judge the
 * same values the model will hold.
 */
export function resolveSettings(language: Language, configured: unknown): SettingValues {
  const values: Record<string, string> = { ...defaultSettings(language) };
  if (typeof configured !== "object" || configured === null || Array.isArray(configured)) return values;
  for (const field of Object.keys(values)) {
    const value = (configured as Record<string, unknown>)[field];
    if (typeof value === "string") values[field] = value;
  }
  return values;
}
