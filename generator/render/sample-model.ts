import type { Registry } from "../registry.js";
import { buildModel, type Model, type SpecData } from "../spec/model.js";

/**
 * A small model in which every optional field is set: a deprecated code with its replacement, legacy
 * names in every language that has them, a platform conflict, `since` everywhere, a reservation of a
 * number, a range and a name. A consumer's template is rendered with it too (the result thrown away), so
 * that a misspelt field inside `{{#if deprecated}}` is found even while the table deprecates nothing.
 */
export function sampleModel(registry: Registry, source: string): Model {
  const aliases = (suffix: string) => Object.fromEntries(registry.aliasLanguages.map((language) => [language.id, [`LEGACY_${suffix}`]]));
  const data: SpecData = {
    version: "2.1.0",
    categories: [{ id: "sample", title: "Sample", description: "Codes that carry every optional field." }],
    codes: [
      {
        code: 1000,
        name: "SAMPLE_OLD",
        category: "sample",
        message: "An old sample code.",
        kind: "error",
        retryable: true,
        since: "1.0.0",
        deprecated: { since: "2.0.0", reason: "Use SAMPLE_NEW.", replacedBy: "SAMPLE_NEW" },
        aliases: aliases("OLD"),
        conflicts: [{ platform: "Sample SDK", name: "SAMPLE_OTHER", meaning: "Something else." }],
      },
      {
        code: 1001,
        name: "SAMPLE_NEW",
        category: "sample",
        message: "A new sample code.",
        kind: "info",
        retryable: false,
        since: "2.0.0",
        aliases: aliases("NEW"),
        conflicts: [{ platform: "Sample SDK", name: "SAMPLE_ANOTHER", meaning: "Something else again." }],
      },
    ],
    reserved: [{ range: { first: 2000, last: 2099 }, name: "SAMPLE_RETIRED", reason: "Retired.", since: "2.1.0" }],
  };
  return buildModel(data, source, registry);
}
