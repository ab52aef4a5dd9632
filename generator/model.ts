/** Whether a code reports success, information (such as a partial success) or an error. */
export type StatusKind = "success" | "info" | "error";

/** The kinds in the order outputs list them. */
export const statusKinds: readonly StatusKind[] = ["success", "info", "error"];

/** One status code, with every optional field filled in. */
export interface CodeModel {
  readonly code: number;
  readonly name: string;
  readonly category: string;
  readonly message: string;
  readonly kind: StatusKind;
  readonly retryable: boolean;
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
  /** In the spec's order, which is the order people read them in. */
  readonly categories: readonly CategoryModel[];
  /** Every code, sorted by number. */
  readonly codes: readonly CodeModel[];
  readonly kinds: readonly StatusKind[];
  readonly settings: Settings;
}

/** The spec's data once it has passed validation (optional fields may still be missing). */
export interface SpecData {
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
      }),
    )
    .sort((a, b) => a.code - b.code);
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
  return deepFreeze({ source, categories, codes, kinds: statusKinds, settings });
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
