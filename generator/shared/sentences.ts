import type { CodeModel, Deprecation } from "../spec/model.js";

/**
 * The sentences every target uses for deprecations and legacy names, so that a compiler warning on iOS,
 * one on Android and the reference say the same thing.
 */

/** The text as a sentence another can follow. */
export function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** `a, b and c`. */
export function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1) ?? ""}`;
}

/** `431`, or `20000–20099` for a range: how every output and message writes reserved numbers. */
export function describeSpan(first: number, last: number): string {
  return first === last ? String(first) : `${first}–${last}`;
}

/** What a compiler prints after "'X' is deprecated": the reason, then since when. */
export function deprecationMessage(deprecated: Deprecation): string {
  return `${sentence(deprecated.reason)} Deprecated since ${deprecated.since}.`;
}

/**
 * What a compiler prints for a legacy name: where it comes from and which code it stands for, with the
 * SDK's own spelling when the language spells it otherwise ("codeFrequently … (NIMRemoteErrorCodeFrequently)").
 */
export function aliasMessage(legacy: { readonly identifier: string; readonly name: string; readonly fromName: string; readonly code: CodeModel }): string {
  const original = legacy.identifier === legacy.name ? "" : ` (${legacy.name})`;
  return `${legacy.identifier} is a name from ${legacy.fromName}${original} for ${legacy.code.code} ${legacy.code.name}.`;
}
