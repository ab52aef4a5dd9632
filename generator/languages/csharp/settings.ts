import { maxTypeNameLength } from "../common/type-names.js";
import type { SettingField } from "../language.js";

/**
 * The C# output's settings: its namespace and the names of the five types it declares. The defaults are
 * the public names issue 13 gives C# consumers (`StatusCode`, `StatusCodeInfo`, `StatusCategoryInfo`,
 * `StatusCodes`), plus `StatusKind` for the kind.
 */

/** Dotted identifiers, each starting with a letter: a namespace as .NET spells one (`CommsEase.Im.Status`). */
const namespacePattern = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$/;

/** The most segments and characters a namespace may have, as for Kotlin packages: real ones have a handful. */
const maxSegments = 32;
const maxLength = 200;

/** Exactly the namespaces the schema accepts, its limits included. */
const acceptedNamespace = new RegExp(`^(?=.{1,${maxLength}}$)[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*){0,${maxSegments - 1}}$`);

/** Roots the platform keeps: types declared under them would pass for the framework's own. */
const reservedRoots = ["System", "Microsoft", "Mono", "UnityEngine"];

/**
 * The namespace. A keyword segment would need `@` in every `using`, and `global` names the global
 * namespace in `global::`, so both are refused rather than escaped.
 */
export function namespaceField(keywords: ReadonlySet<string>): SettingField {
  return {
    schema: {
      description: "C# namespace of the generated file (default CommsEase.Im.Status).",
      type: "string",
      maxLength,
      pattern: namespacePattern.source,
      patternErrorMessage: "must be a C# namespace such as CommsEase.Im.Status: identifiers of letters, digits and _ between single dots",
      allOf: [{ type: "string", pattern: `^[^.]*(\\.[^.]*){0,${maxSegments - 1}}$`, patternErrorMessage: `has more than the ${maxSegments} dot-separated segments a namespace may have` }],
    },
    pattern: acceptedNamespace,
    default: "CommsEase.Im.Status",
    check: (value) => {
      const problems: string[] = [];
      const segments = value.split(".");
      const keyword = segments.find((segment) => keywords.has(segment) || segment === "global");
      if (keyword !== undefined) problems.push(`"${keyword}" is a C# keyword and cannot be part of a namespace`);
      const root = segments[0] ?? "";
      if (reservedRoots.includes(root)) problems.push(`namespaces under "${root}." belong to the platform; choose your own, such as CommsEase.Im.Status`);
      return problems;
    },
  };
}

/** Exactly the type names the schema accepts (common/type-names.ts's pattern and length). */
const acceptedTypeName = new RegExp(`^[A-Z][A-Za-z0-9]{0,${maxTypeNameLength - 1}}$`);

/**
 * A configurable type name. `members` are the names the type itself declares: C# refuses a member named
 * like its enclosing type (CS0542), so the type may not take one of them.
 */
function typeNameField(description: string, fallback: string, members: readonly string[]): SettingField {
  return {
    schema: { description, $ref: "#/$defs/typeName" },
    pattern: acceptedTypeName,
    default: fallback,
    typeName: true,
    check: (value) => (members.includes(value) ? [`"${value}" is a member of this type (${members.join(", ")}), and a C# member cannot be named like its enclosing type`] : []),
  };
}

/** The members each declared type has; the template declares exactly these. */
export const infoMembers = ["Code", "Name", "Category", "Message", "Kind", "IsRetryable", "ToString"] as const;
export const categoryMembers = ["Id", "Title", "Description", "ToString"] as const;
export const kindMembers = ["Success", "Info", "Error"] as const;
export const tableMembers = ["TableVersion", "Categories", "All", "Find"] as const;

export const typeNameFields: Readonly<Record<string, SettingField>> = {
  typeName: typeNameField("The enum of the codes (default StatusCode).", "StatusCode", []),
  infoTypeName: typeNameField("The class describing one code (default StatusCodeInfo).", "StatusCodeInfo", infoMembers),
  categoryTypeName: typeNameField("The class describing one category (default StatusCategoryInfo).", "StatusCategoryInfo", categoryMembers),
  kindTypeName: typeNameField("The enum of the kinds (default StatusKind).", "StatusKind", kindMembers),
  tableTypeName: typeNameField("The static class holding the table: All, Find, Categories, TableVersion (default StatusCodes).", "StatusCodes", tableMembers),
};
