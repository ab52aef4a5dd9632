import type { Registry } from "../registry.js";
import { buildModel, type Model, type SpecData } from "../spec/model.js";

/**
 * A small model in which every optional field is set somewhere: a deprecated code with its replacement,
 * legacy names from every alias source, platform conflicts with and without the SDK's name,
 * `since` everywhere, reservations of numbers with a name, of a name only and of a number only. A consumer's template is rendered with it too (the result thrown away), so
 * that a misspelt field inside `{{#if deprecated}}` is found even while the table deprecates nothing.
 */
export function sampleModel(registry: Registry, source: string): Model {
  // SCREAMING_SNAKE names fit every source, former names included; each source gets its own.
  const aliases = (suffix: string) => Object.fromEntries(registry.aliasSources.map((aliasSource) => [aliasSource.id, [`LEGACY_${aliasSource.id.toUpperCase()}_${suffix}`]]));
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
        // Without its optional name: a template's {{else}} for it is tried too.
        conflicts: [{ platform: "Sample SDK", meaning: "Something else again." }],
      },
    ],
    // Each form a reservation takes: numbers and a name, a name only, one number only.
    reserved: [
      { range: { first: 2000, last: 2099 }, name: "SAMPLE_RETIRED", reason: "Retired.", since: "2.1.0" },
      { name: "SAMPLE_NAME_ONLY", reason: "A name retired." },
      { code: 3000, reason: "A number retired." },
    ],
  };
  return buildModel(data, source, registry);
}
