/** Whether a code reports success, information (such as a partial success) or an error. */
export type StatusKind = "success" | "info" | "error";

/** The kinds in the order outputs list them. */
export const statusKinds: readonly StatusKind[] = ["success", "info", "error"];

/** The targets whose files can carry legacy names (aliases) of a code. */
export const aliasTargets = ["typescript", "swift", "kotlin"] as const;
export type AliasTarget = (typeof aliasTargets)[number];

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
  /** Legacy names per target, as the spec lists them (each list possibly empty). */
  readonly aliases: Readonly<Record<AliasTarget, readonly string[]>>;
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

/** Type names one language uses. */
export interface TypeNames {
  readonly typeName: string;
  readonly categoryTypeName: string;
  readonly kindTypeName: string;
}

export interface Settings {
  readonly typescript: TypeNames;
  readonly swift: TypeNames;
  readonly kotlin: TypeNames & { readonly package: string };
  /** Output path per target name, as the spec set it; targets not named here use their default. */
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
  readonly settings: Settings;
}

/** The spec's data once it has passed validation (optional fields may still be missing). */
export interface SpecData {
  readonly version?: string;
  readonly settings?: {
    readonly typescript?: Partial<TypeNames>;
    readonly swift?: Partial<TypeNames>;
    readonly kotlin?: Partial<TypeNames & { package: string }>;
    readonly outputs?: Readonly<Record<string, string>>;
  };
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
    readonly aliases?: Partial<Record<AliasTarget, readonly string[]>>;
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

/** Type names when the spec's settings name none. */
export const defaultTypeNames: TypeNames = {
  typeName: "StatusCode",
  categoryTypeName: "StatusCategory",
  kindTypeName: "StatusKind",
};

/** The Kotlin package when the spec names none. */
export const defaultKotlinPackage = "statuscodes";

/** Builds the model templates see: defaults filled in, codes sorted by number, everything frozen. */
export function buildModel(data: SpecData, source: string): Model {
  const codes = data.codes
    .map(
      (entry): CodeModel => ({
        code: entry.code,
        name: entry.name,
        category: entry.category,
        message: entry.message,
        kind: entry.kind ?? "error",
        retryable: entry.retryable ?? false,
        since: entry.since,
        deprecated: entry.deprecated && { ...entry.deprecated, replacedBy: entry.deprecated.replacedBy },
        // Most codes have no aliases or conflicts: they share one empty value rather than hold their own.
        aliases: entry.aliases === undefined ? noAliases : { ...noAliases, ...entry.aliases },
        conflicts: entry.conflicts?.map((conflict) => ({ ...conflict, name: conflict.name })) ?? none,
      }),
    )
    .sort((a, b) => a.code - b.code);
  const reserved = (data.reserved ?? [])
    .map(reservedEntry)
    .sort((a, b) => (a.first ?? Infinity) - (b.first ?? Infinity) || (a.name ?? "").localeCompare(b.name ?? ""));
  const categories = data.categories.map(
    (category): CategoryModel => ({
      id: category.id,
      title: category.title,
      description: category.description,
      codes: codes.filter((code) => code.category === category.id),
    }),
  );
  const settings: Settings = {
    typescript: { ...defaultTypeNames, ...data.settings?.typescript },
    swift: { ...defaultTypeNames, ...data.settings?.swift },
    kotlin: { ...defaultTypeNames, package: defaultKotlinPackage, ...data.settings?.kotlin },
    outputs: { ...data.settings?.outputs },
  };
  return deepFreeze({ source, version: data.version, categories, codes, kinds: statusKinds, reserved, settings });
}

/** A spec's reserved entry as the model holds it: one number is a span of one. */
export function reservedEntry(entry: NonNullable<SpecData["reserved"]>[number]): ReservedModel {
  return { first: entry.code ?? entry.range?.first, last: entry.code ?? entry.range?.last, name: entry.name, reason: entry.reason, since: entry.since };
}

const none: readonly never[] = Object.freeze([]);
const noAliases: Readonly<Record<AliasTarget, readonly string[]>> = Object.freeze({ typescript: none, swift: none, kotlin: none });

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
