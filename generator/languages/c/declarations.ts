import type { SettingValues } from "../../spec/model.js";
import type { Declarations } from "../target.js";
import { deprecatedMacro, includeGuard } from "./language.js";

/**
 * The names the C header declares, all made from the prefix: the enum type and the structs (types), the
 * tables, counts, lookup and version (values), and the header's own macros. Types and values share C's
 * one namespace of ordinary identifiers; their suffixes keep them apart. The source file defines the same
 * names, so both targets print them from here.
 */
export function cDeclarations(settings: SettingValues): Required<Declarations> {
  const prefix = settings["prefix"] ?? "";
  return {
    types: { code: prefix, info: `${prefix}_info`, categoryInfo: `${prefix}_category_info` },
    values: {
      table: `${prefix}_table`,
      count: `${prefix}_count`,
      find: `${prefix}_find`,
      categoryTable: `${prefix}_category_table`,
      categoryCount: `${prefix}_category_count`,
      version: `${prefix}_table_version`,
      includeGuard: includeGuard(settings),
      deprecatedMacro: deprecatedMacro(settings),
    },
    members: {},
  };
}
