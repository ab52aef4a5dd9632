import type { Registry } from "../registry.js";
import { resolveSettings } from "./settings.js";

/** Whether a code reports success, information (such as a partial success) or an error. */
export type StatusKind = "success" | "info" | "error";

/** The kinds in the order outputs list them. */
export const statusKinds: readonly StatusKind[] = ["success", "info", "error"];

/** Why and since when a code should no longer be used, and what to use instead. */
export interface Deprecation {
  readonly since: string;
  readonly reason: string;
  /** The canonical name of the code to use instead. */
  readonly replacedBy: string | undefined;
}

/** A platform whose SDK gives this number another meaning. */
export interface Conflict {
  readonly platform: string;
  readonly name: string | undefined;
  readonly meaning: string;
}

/** One status code, with every optional field filled in. */
export interface CodeModel {
  readonly code: number;
  readonly name: string;
  readonly category: string;
  readonly message: string;
  readonly kind: StatusKind;
  readonly retryable: boolean;
  /** The spec version that introduced the code; undefined when it predates the recorded history. */
  readonly since: string | undefined;
  readonly deprecated: Deprecation | undefined;
  /** Legacy names by alias source (registry.aliasSources: `former`, `desktop`, `ios`, `android`), as the spec lists them; each list possibly empty. */
  readonly aliases: Readonly<Record<string, readonly string[]>>;
  readonly conflicts: readonly Conflict[];
}

/** Numbers (one, or a range) and/or a name that no code may use again. */
export interface ReservedModel {
  /** The first and last reserved number, equal for one number; undefined when only a name is reserved. */
  readonly first: number | undefined;
  readonly last: number | undefined;
  readonly name: string | undefined;
  readonly reason: string;
  readonly since: string | undefined;
}

/** One category and its codes, sorted by code. */
export interface CategoryModel {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly codes: readonly CodeModel[];
}

/** One language's settings, defaults filled in: `{ typeName: "StatusCode", package: "statuscodes" }`. */
export type SettingValues = Readonly<Record<string, string>>;

/** The spec's settings: each registered language's values (defaults filled in), and output paths. */
export interface Settings {
  /** By language id, for every language that has settings. */
  readonly languages: Readonly<Record<string, SettingValues>>;
  /** Output path per target id, as the spec set it; targets not named here use their default. */
  readonly outputs: Readonly<Record<string, string>>;
}

/** What every template sees: normalized, sorted and frozen. */
export interface Model {
  /** The spec's path as the generated headers name it, such as `spec/status-codes.yaml`. */
  readonly source: string;
  /** The spec's own version; undefined in a spec that does not declare one. */
  readonly version: string | undefined;
  /** In the spec's order, which is the order people read them in. */
  readonly categories: readonly CategoryModel[];
  /** Every code, sorted by number. */
  readonly codes: readonly CodeModel[];
  readonly kinds: readonly StatusKind[];
  /** Sorted by first number; reserved names without a number come last, by name. */
  readonly reserved: readonly ReservedModel[];
  /** Where legacy names come from, in the registry's order: the keys of every code's `aliases`. */
  readonly aliasSources: readonly AliasSourceModel[];
  readonly settings: Settings;
}

/** Where legacy names come from: its id (the key in `aliases`) and its name for people ("the iOS SDK"). */
export interface AliasSourceModel {
  readonly id: string;
  readonly name: string;
}

/** The spec's data once it has passed validation (optional fields may still be missing). */
export interface SpecData {
  readonly version?: string;
  /** `outputs`, and an entry per language id holding that language's settings. */
  readonly settings?: Readonly<Record<string, Readonly<Record<string, string>> | undefined>>;
  readonly categories: readonly { readonly id: string; readonly title: string; readonly description: string }[];
  readonly codes: readonly {
    readonly code: number;
    readonly name: string;
    readonly category: string;
    readonly message: string;
    readonly kind?: StatusKind;
    readonly retryable?: boolean;
    readonly since?: string;
    readonly deprecated?: { readonly since: string; readonly reason: string; readonly replacedBy?: string };
    readonly aliases?: Readonly<Record<string, readonly string[]>>;
    readonly conflicts?: readonly { readonly platform: string; readonly name?: string; readonly meaning: string }[];
  }[];
  readonly reserved?: readonly {
    readonly code?: number;
    readonly range?: { readonly first: number; readonly last: number };
    readonly name?: string;
    readonly reason: string;
    readonly since?: string;
  }[];
}

/** Builds the model templates see: defaults filled in, codes sorted by number, everything frozen. */
export function buildModel(data: SpecData, source: string, registry: Registry): Model {
  return buildModelInOrder(data, source, registry).model;
}

/** buildModel's model, with the spec index of each of its codes (the model sorts them by number). */
export function buildModelInOrder(data: SpecData, source: string, registry: Registry): { model: Model; order: readonly number[] } {
  const noAliases = noAliasesFor(registry);
  const inSpecOrder = data.codes
    .map(
      (entry): CodeModel => ({
        code: entry.code,
        name: entry.name,
        category: entry.category,
        message: entry.message,
        kind: entry.kind ?? "error",
        retryable: entry.retryable ?? false,
        since: entry.since,
        // Fields in one fixed order, whatever order the spec wrote them in: outputs print them in this order.
        deprecated: entry.deprecated && { since: entry.deprecated.since, reason: entry.deprecated.reason, replacedBy: entry.deprecated.replacedBy },
        // Most codes have no aliases or conflicts: they share one empty value rather than hold their own.
        aliases: entry.aliases === undefined ? noAliases : { ...noAliases, ...entry.aliases },
        conflicts: entry.conflicts?.map((conflict) => ({ platform: conflict.platform, name: conflict.name, meaning: conflict.meaning })) ?? none,
      }),
    );
  // Sorted as indexes, a stable sort like sorting the codes themselves, so that each code's spec index is known.
  const order = inSpecOrder.map((_, index) => index).sort((a, b) => (inSpecOrder[a] as CodeModel).code - (inSpecOrder[b] as CodeModel).code);
  const codes = order.map((index) => inSpecOrder[index] as CodeModel);
  const reserved = (data.reserved ?? [])
    .map(reservedEntry)
    .sort((a, b) => (a.first ?? Infinity) - (b.first ?? Infinity) || (a.name ?? "").localeCompare(b.name ?? ""));
  // Grouped in one pass: a filter per category would be quadratic in a spec of many small categories.
  const byCategory = new Map<string, CodeModel[]>(data.categories.map((category) => [category.id, []]));
  for (const code of codes) byCategory.get(code.category)?.push(code);
  const categories = data.categories.map(
    (category): CategoryModel => ({
      id: category.id,
      title: category.title,
      description: category.description,
      codes: byCategory.get(category.id) ?? none,
    }),
  );
  const settings: Settings = {
    languages: Object.fromEntries(registry.languages.filter((language) => language.settings !== undefined).map((language) => [language.id, resolveSettings(language, data.settings?.[language.id])])),
    outputs: { ...data.settings?.["outputs"] },
  };
  const aliasSources = registry.aliasSources.map((aliasSource) => ({ id: aliasSource.id, name: aliasSource.displayName }));
  return { model: deepFreeze({ source, version: data.version, categories, codes, kinds: statusKinds, reserved, aliasSources, settings }), order };
}

/** A spec's reserved entry as the model holds it: one number is a span of one. */
export function reservedEntry(entry: NonNullable<SpecData["reserved"]>[number]): ReservedModel {
  return { first: entry.code ?? entry.range?.first, last: entry.code ?? entry.range?.last, name: entry.name, reason: entry.reason, since: entry.since };
}

const none: readonly never[] = Object.freeze([]);

/** Every alias source with an empty list, made once per registry and shared by codes without aliases. */
const noAliasesByRegistry = new WeakMap<Registry, Readonly<Record<string, readonly string[]>>>();
function noAliasesFor(registry: Registry): Readonly<Record<string, readonly string[]>> {
  let empty = noAliasesByRegistry.get(registry);
  if (empty === undefined) {
    empty = Object.freeze(Object.fromEntries(registry.aliasSources.map((aliasSource) => [aliasSource.id, none])));
    noAliasesByRegistry.set(registry, empty);
  }
  return empty;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
