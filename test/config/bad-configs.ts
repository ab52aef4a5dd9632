/**
 * Configs that must be refused, with the fragments their messages must contain (file:line:column first).
 * Each runs through the CLI in a project whose spec is the real one: exit 1, the message, nothing written.
 */
export const badConfigs: [name: string, config: string, files: Record<string, string>, expected: string[]][] = [
  ["a misspelt key", "targets:\n  - target: typescript\ntarget: x\n", {}, [`status-codegen.config.yaml:3:1 target: unknown field "target"; did you mean "targets"?`]],
  ["no targets", "out: gen\n", {}, [`status-codegen.config.yaml:1:1 missing required field "targets"`]],
  ["an unknown built-in target", "targets:\n  - target: typscript\n", {}, [`status-codegen.config.yaml:2:13 targets[0].target: unknown target "typscript"; did you mean "typescript"?`]],
  ["an unknown language", "targets:\n  - template: t.hbs\n    language: jsn\n    output: a.txt\n", { "t.hbs": "x\n" }, [`status-codegen.config.yaml:3:15 targets[0].language: unknown language "jsn"; did you mean "json"?`]],
  ["a template without a language", "targets:\n  - template: t.hbs\n    output: a.txt\n", { "t.hbs": "x\n" }, ["status-codegen.config.yaml:2:5 targets[0]: a template needs the `language`"]],
  ["a built-in target with a language", "targets:\n  - target: swift\n    language: json\n", {}, ["status-codegen.config.yaml:3:15 targets[0].language: a built-in target has its own language (swift)"]],
  ["both a target and a template", "targets:\n  - target: swift\n    template: t.hbs\n", { "t.hbs": "x\n" }, ["status-codegen.config.yaml:3:15 targets[0].template: give `target` (a built-in target) or `template`"]],
  ["an option the target's language does not have", "targets:\n  - target: kotlin\n    options: { pakage: a.b }\n", {}, [`status-codegen.config.yaml:3:16 targets[0].options.pakage: unknown field "pakage"; did you mean "package"?`]],
  ["an option of another language", "targets:\n  - target: typescript\n    options: { package: a.b }\n", {}, [`status-codegen.config.yaml:3:16 targets[0].options.package: unknown field "package"`]],
  ["an option the language refuses", "targets:\n  - target: kotlin\n    options: { package: com.in.x, typeName: Int }\n", {}, [
    `status-codegen.config.yaml:3:25 targets[0].options.package: "in" is a Kotlin keyword`,
    `status-codegen.config.yaml:3:45 targets[0].options.typeName: "Int" is a name the Kotlin output relies on or shadows`,
  ]],
  ["a missing template file", "targets:\n  - template: codegen/none.hbs\n    language: json\n    output: a.txt\n", {}, ["status-codegen.config.yaml:2:15 targets[0].template: there is no template file at"]],
  ["a template without an output", "targets:\n  - template: t.hbs\n    language: json\n", { "t.hbs": "x\n" }, ["status-codegen.config.yaml:2:5 targets[0]: a template needs an `output`"]],
  ["two targets writing one path", "targets:\n  - target: typescript\n    output: a/x.ts\n  - target: json\n    output: a/x.ts\n", {}, [`status-codegen.config.yaml:5:13 targets[1].output: targets "typescript" and "json" would both write a/x.ts`]],
  ["two paths alike but for case", "targets:\n  - target: typescript\n    output: a/X.ts\n  - target: json\n    output: a/x.ts\n", {}, ["status-codegen.config.yaml:5:13 targets[1].output: a/X.ts (\"typescript\") and a/x.ts (\"json\") differ only in case"]],
  ["a path that leaves out", "targets:\n  - target: typescript\n    output: ../x.ts\n", {}, ["status-codegen.config.yaml:3:13 targets[0].output: must be a relative file path inside the output directory"]],
  ["a spec that does not resolve", "spec: nopackage/spec.yaml\ntargets:\n  - target: typescript\n", {}, [`status-codegen.config.yaml:1:7 spec: "nopackage/spec.yaml" does not resolve`]],
  ["two targets of one name", "targets:\n  - target: typescript\n  - target: typescript\n    output: b.ts\n", {}, [`status-codegen.config.yaml:3:5 targets[1]: two targets are named "typescript" (targets[0], line 2); give one a \`name\` of its own`]],
  ["two Kotlin targets declaring one type in one package", "targets:\n  - target: kotlin\n  - target: kotlin\n    name: again\n    output: k/Again.kt\n", {}, [`status-codegen.config.yaml:3:5 targets[1]: targets "kotlin" and "again" would both declare StatusCode in Kotlin package com.commsease.im.status`]],
  ["a template naming a field that does not exist", "targets:\n  - template: t.hbs\n    language: json\n    output: a.txt\n", { "t.hbs": "{{#each codes}}\n{{nmae}}\n{{/each}}\n" }, [`t.hbs:2:3 no field or helper "nmae" here; did you mean "name"?`]],
  ["a template naming a helper that does not exist", "targets:\n  - template: t.hbs\n    language: json\n    output: a.txt\n", { "t.hbs": "{{shout header}}\n" }, [`t.hbs:1:3 no field or helper "shout" here`]],
  ["a template that does not parse", "targets:\n  - template: t.hbs\n    language: json\n    output: a.txt\n", { "t.hbs": "ok\n{{#each codes}\n" }, ["t.hbs:2:14 Handlebars syntax error: unexpected"]],
  ["a YAML error in the config", "targets:\n  - target: [typescript\n", {}, ["status-codegen.config.yaml:3:1 YAML syntax error"]],
];
