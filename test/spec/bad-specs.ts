/**
 * Specs that must be refused, shared by the validation tests (message and place) and the CLI tests (exit
 * code, and out/ left byte for byte as it was). Each case: a name, the spec text, and the fragments its
 * diagnostics must contain, one per expected line, errors sorted by place and then warnings.
 */

/** A small valid spec; each case below changes a line or two of it. Line numbers matter to the tests. */
export const base = `categories:
  - id: general
    title: General
    description: Codes any request can return.
  - id: team
    title: Team
    description: Team codes.
codes:
  - code: 200
    name: OK
    category: general
    kind: success
    message: The operation succeeded.
  - code: 416
    name: RATE_LIMIT
    category: general
    retryable: true
    message: Rate upper limit is reached.
  - code: 801
    name: TEAM_MEMBER_LIMIT
    category: team
    message: The number of team members exceeds the upper limit.
version: 1.0.0
`;

/** `base` with one piece of text replaced; fails loudly when the piece is not there. */
export function edit(from: string, to: string): string {
  if (!base.includes(from)) throw new Error(`test bug: base has no ${JSON.stringify(from)}`);
  return base.replace(from, to);
}

export const badSpecs: [name: string, text: string, expected: string[]][] = [
  ["YAML syntax", edit("    title: Team", "    title: [Team"), ["spec.yaml:7:5 YAML syntax error:"]],
  ["duplicate key", edit("    kind: success", "    kind: success\n    kind: info"), [`spec.yaml:13:5 duplicate key "kind"`]],
  ["several documents", `${base}---\n${base}`, ["spec.yaml:24:1 the spec must be one YAML document"]],
  ["tab indentation", "codes:\n\t- code: 1\n", ["spec.yaml:2:1 tabs cannot indent YAML"]],
  [
    "an alias bomb",
    `a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 11 }, (_, i) => `b${i}: &b${i} [${Array(10).fill(i === 0 ? "*a" : `*b${i - 1}`).join(", ")}]`).join("\n")}\n`,
    // 10¹¹ values from 111 aliases: the expansion passes the node limit in b4, the alias count at b9.
    ["spec.yaml:6:55 aliases expand the spec to more than 1,200,000 nodes", "spec.yaml:12:12 too many alias expansions (over 100)"],
  ],
  ["deep nesting by mappings implied in flow lists", `x: ${"[a: ".repeat(70)}b${"]".repeat(70)}\n`, ["spec.yaml:1:253 nested more than 64 levels deep"]],
  [
    "deep nesting by aliases of deep anchors",
    `a1: &a1 ${"[".repeat(40)}x${"]".repeat(40)}\na2: &a2 ${"[".repeat(40)}*a1${"]".repeat(40)}\n`,
    ["spec.yaml:2:49 nested more than 64 levels deep; a spec needs four (settings, a list, an entry, a field) (counting what the alias *a1 stands for)"],
  ],
  ["a quoted duplicate key", `"version": 1.0.0\n"version": 1.0.1\n`, [`spec.yaml:2:1 duplicate key "version"`]],
  ["a duplicate key spelt with escapes", `"version": 1.0.0\n"vers\\x69on": 1.0.1\n`, [`spec.yaml:2:1 duplicate key "version"`]],
  [
    "thousands of different keys",
    `codes:\n${Array.from({ length: 10_001 }, (_, index) => `  - k${index}:\n`).join("")}`,
    ["spec.yaml:10001:5 more than 10,000 different keys; a spec's keys are its fields' names, a few dozen"],
  ],
  [
    "a long text named by aliases until it passes twice the file limit",
    `categories:\n  - { id: g, title: G, description: &d "${"x".repeat(2_000_000)}" }\ncodes: [${Array.from({ length: 40 }, () => "*d").join(", ")}]\n`,
    ["spec.yaml:3:"],
  ],
  [
    "an alias as a key, wrong where the value is",
    edit("    name: OK\n", "    &k name: OK\n").replace("    name: RATE_LIMIT\n", "    *k : rate limit\n"),
    ["spec.yaml:15:10 codes[1].name: must be SCREAMING_SNAKE_CASE"],
  ],
  [
    "values of 100,000 characters, quoted as excerpts in every message",
    edit("    kind: success\n", `    kind: success\n    deprecated: { since: 1.0.0, reason: R., replacedBy: ${"A".repeat(100_000)} }\n`) + `settings:\n  outputs:\n    json: a/${"b".repeat(100_000)}.json\n    typescript: a/${"b".repeat(100_000)}.json\n`,
    [
      "spec.yaml:13:57 codes[0].deprecated.replacedBy: is longer than the 64 characters allowed",
      `spec.yaml:13:57 codes[0].deprecated.replacedBy: no code is named ${"A".repeat(60)}… (100,000 characters); replacedBy must be the name of a code in this spec`,
      "spec.yaml:27:11 settings.outputs.json:",
      `spec.yaml:27:11 settings.outputs.json: targets "typescript" and "json" would both write a/${"b".repeat(58)}… (100,007 characters)`,
      "spec.yaml:28:17 settings.outputs.typescript:",
    ],
  ],
  ["empty file", "# only a comment\n", ["spec.yaml:1:1 the spec is empty"]],
  ["deep nesting", `codes: ${"[".repeat(100)}${"]".repeat(100)}\n`, ["spec.yaml:1:71 nested more than 64 levels deep"]],
  ["codes not a list", base.replace(/codes:\n[\s\S]*$/, "codes: 416\nversion: 1.0.0\n"), ["spec.yaml:8:8 codes: must be a list, not the integer 416"]],
  ["root not a mapping", "- 1\n- 2\n", ["spec.yaml:1:1 must be a mapping, not a list"]],
  ["missing field", edit("    message: Rate upper limit is reached.\n", ""), [`spec.yaml:14:5 codes[1]: missing required field "message"`]],
  [
    "unknown field, with a suggestion",
    edit("    message: Rate upper", "    mesage: Rate upper"),
    [`spec.yaml:14:5 codes[1]: missing required field "message"`, `spec.yaml:18:5 codes[1].mesage: unknown field "mesage"; did you mean "message"?`],
  ],
  ["code as a string", edit("code: 416", `code: "416"`), [`spec.yaml:14:11 codes[1].code: must be an integer, not a string ("416")`]],
  ["code as a float", edit("code: 416", "code: 416.5"), ["spec.yaml:14:11 codes[1].code: must be an integer, not the number 416.5"]],
  ["code out of range", edit("code: 416", "code: -1"), ["spec.yaml:14:11 codes[1].code: must be >= 0"]],
  ["code above 2^31-1", edit("code: 416", "code: 2147483648"), ["spec.yaml:14:11 codes[1].code: must be <= 2147483647"]],
  ["code as a boolean", edit("code: 416", "code: true"), ["spec.yaml:14:11 codes[1].code: must be an integer, not boolean true"]],
  ["message with leading white space", edit("message: Rate upper limit is reached.", `message: " Rate"`), ["spec.yaml:18:14 codes[1].message: must not be empty, nor start or end with white space"]],
  ["an unquoted NULL as a name", edit("name: RATE_LIMIT", "name: NULL"), ["spec.yaml:15:11 codes[1].name: must be a string, not null (an empty value); put it in quotes to make it a string"]],
  ["name not SCREAMING_SNAKE", edit("name: RATE_LIMIT", "name: rateLimit"), ["spec.yaml:15:11 codes[1].name: must be SCREAMING_SNAKE_CASE"]],
  ["name starting with a digit", edit("name: RATE_LIMIT", "name: 2FA_FAILED"), ["spec.yaml:15:11 codes[1].name: must be SCREAMING_SNAKE_CASE"]],
  ["blank message", edit("message: Rate upper limit is reached.", `message: "  "`), ["spec.yaml:18:14 codes[1].message: must not be empty"]],
  ["padded message", edit("message: Rate upper limit is reached.", `message: "Rate "`), ["spec.yaml:18:14 codes[1].message: must not be empty, nor start or end with white space"]],
  ["unknown kind", edit("kind: success", "kind: fine"), ["spec.yaml:12:11 codes[0].kind: must be one of success, info, error"]],
  ["retryable not a boolean", edit("retryable: true", "retryable: yes"), [`spec.yaml:17:16 codes[1].retryable: must be true or false, not a string ("yes")`]],
  ["duplicate code", edit("code: 416", "code: 200"), [`spec.yaml:14:11 codes[1].code: duplicate code 200: codes[0] on line 9 has it already`]],
  ["duplicate name", edit("name: RATE_LIMIT", "name: OK"), [`spec.yaml:15:11 codes[1].name: duplicate name "OK": codes[0] on line 10 has it already`]],
  [
    "names that collide after Swift casing",
    edit("name: RATE_LIMIT", "name: TEAM_MEMBER__LIMIT"),
    [
      `spec.yaml:20:11 codes[2].name: "TEAM_MEMBER_LIMIT" and "TEAM_MEMBER__LIMIT" (codes[1], line 15) are both "teamMemberLimit" in Swift; rename one of them`,
      // C makes each run of underscores one, since C++ reserves every identifier holding `__`.
      `spec.yaml:20:11 codes[2].name: "TEAM_MEMBER_LIMIT" and "TEAM_MEMBER__LIMIT" (codes[1], line 15) are both "STATUS_CODE_TEAM_MEMBER_LIMIT" in C; rename one of them`,
      `spec.yaml:20:11 codes[2].name: "TEAM_MEMBER_LIMIT" and "TEAM_MEMBER__LIMIT" (codes[1], line 15) are both "TeamMemberLimit" in C#; rename one of them`,
      `spec.yaml:20:11 codes[2].name: "TEAM_MEMBER_LIMIT" and "TEAM_MEMBER__LIMIT" (codes[1], line 15) are both "StatusCodeTeamMemberLimit" in Objective-C; rename one of them`,
      `spec.yaml:20:11 codes[2].name: "TEAM_MEMBER_LIMIT" and "TEAM_MEMBER__LIMIT" (codes[1], line 15) are both "TeamMemberLimit" in Go; rename one of them`,
    ],
  ],
  [
    "a name no Swift spelling can use",
    edit("name: RATE_LIMIT", "name: ALL_CASES"),
    [`spec.yaml:15:11 codes[1].name: "ALL_CASES" cannot be used: Swift cannot name a case "allCases": it would clash with CaseIterable's allCases; choose another name`],
  ],
  [
    "unknown category",
    edit("category: team", "category: teams"), [
    `spec.yaml:21:15 codes[2].category: unknown category "teams"; did you mean "team"?`,
    `spec.yaml:5:9 categories[1].id: warning: category "team" has no codes`,
    ],
  ],
  [
    "duplicate category",
    edit("  - id: team", "  - id: general"), [
    `spec.yaml:5:9 categories[1].id: duplicate category id "general": categories[0] on line 2 has it already`,
    `spec.yaml:21:15 codes[2].category: unknown category "team"; categories are: general`,
    ],
  ],
  [
    "category ids that collide after Swift casing",
    edit("  - id: team\n", "  - id: a1\n").replace("  - id: general", "  - id: a-1").replace(/category: (general|team)/g, "category: a1"),
    [
    `spec.yaml:5:9 categories[1].id: "a1" and "a-1" (categories[0], line 2) are both "a1" in Swift; rename one of them`,
    `spec.yaml:5:9 categories[1].id: "a1" and "a-1" (categories[0], line 2) are both "StatusCategoryA1" in Objective-C; rename one of them`,
    `spec.yaml:2:9 categories[0].id: warning: category "a-1" has no codes`,
    ],
  ],
  ["a lone surrogate", edit("message: Rate upper limit is reached.", `message: "Rate \\uD800"`), ["spec.yaml:18:14 codes[1].message: contains a lone UTF-16 surrogate"]],
  ["a NUL in a category's title", edit("    title: Team", `    title: "Te\\0am"`), ["spec.yaml:6:12 categories[1].title: contains a NUL character"]],
  ["a lone surrogate in a deprecation's reason", edit("    kind: success\n", `    kind: success\n    deprecated: { since: 1.0.0, reason: "Old \\uD800" }\n`), ["spec.yaml:13:41 codes[0].deprecated.reason: contains a lone UTF-16 surrogate"]],
  ["a NUL in a conflict's meaning", edit("    retryable: true\n", `    retryable: true\n    conflicts: [{ platform: Android, meaning: "Other\\0" }]\n`), ["spec.yaml:18:47 codes[1].conflicts[0].meaning: contains a NUL character"]],
  ["a NUL in a reserved number's reason", `${base}reserved:\n  - code: 999\n    reason: "Gone\\0"\n`, ["spec.yaml:26:13 reserved[0].reason: contains a NUL character"]],
  ["a Kotlin keyword in the package", `settings:\n  kotlin:\n    package: com.example.in\n${base}`, [`spec.yaml:3:14 settings.kotlin.package: "in" is a Kotlin keyword`]],
  ["an unknown target in outputs", `settings:\n  outputs:\n    swfit: x/A.swift\n${base}`, [`spec.yaml:3:5 settings.outputs.swfit: unknown target "swfit"; did you mean "swift"?`]],
  ["an output path leaving the output directory", `settings:\n  outputs:\n    swift: ../A.swift\n${base}`, [`spec.yaml:3:12 settings.outputs.swift: must be a relative file path inside the output directory`]],
  ["output paths that differ only in case", `settings:\n  outputs:\n    swift: Kotlin/StatusCode.kt\n${base}`, [`differ only in case; they are one file on macOS and Windows`]],
  ["an output path that another needs as a folder", `settings:\n  outputs:\n    swift: typescript\n${base}`, [`one would need the other as a folder`]],
  ["a trailing slash in an output path", `settings:\n  outputs:\n    swift: swift/\n${base}`, [`spec.yaml:3:12 settings.outputs.swift: must be a relative file path`]],
  ["a type name the output relies on", `settings:\n  typescript:\n    typeName: Map\n${base}`, [`spec.yaml:3:15 settings.typescript.typeName: "Map" is a name the TypeScript output relies on or shadows; choose another`]],
  ["a type name the TypeScript output uses as a utility type", `settings:\n  typescript:\n    typeName: Exclude\n${base}`, [`spec.yaml:3:15 settings.typescript.typeName: "Exclude" is a name the TypeScript output relies on or shadows; choose another`]],
  ["a Kotlin type name that is an annotation the output uses", `settings:\n  kotlin:\n    kindTypeName: JvmField\n${base}`, [`spec.yaml:3:19 settings.kotlin.kindTypeName: "JvmField" is a name the Kotlin output relies on or shadows; choose another`]],
  ["a Swift type name from the standard library", `settings:\n  swift:\n    categoryTypeName: Int\n${base}`, [`spec.yaml:3:23 settings.swift.categoryTypeName: "Int" is a name the Swift output relies on`]],
  ["type names declared twice", `settings:\n  kotlin:\n    typeName: Same\n    kindTypeName: Same\n${base}`, [`spec.yaml:3:5 settings.kotlin: the Kotlin output would declare "Same" twice`]],
  ["a derived TypeScript name declared twice", `settings:\n  typescript:\n    categoryTypeName: StatusCodeInfo\n${base}`, [`the TypeScript output would declare "StatusCodeInfo" twice`]],
  ["a package under kotlin.", `settings:\n  kotlin:\n    package: kotlin.status\n${base}`, [`spec.yaml:3:14 settings.kotlin.package: packages under "kotlin." are reserved`]],
  [
    // kotlinc: "enum entry 'CAT' is uninitialized here", "unresolved reference 'GENERAL' on receiver of type 'StatusCode'".
    "a code named like the Kotlin category type",
    `settings:\n  kotlin:\n    categoryTypeName: CAT\n${edit("name: RATE_LIMIT", "name: CAT")}`,
    [
      "spec.yaml:18:11 codes[1].name: CAT is also the Kotlin category type's name (settings.kotlin.categoryTypeName, line 3): inside the StatusCode enum each entry names its category as CAT.X, and there CAT would mean this code's entry, so the file would not compile; rename the code or choose another categoryTypeName",
    ],
  ],
  [
    "a code named like the Kotlin kind type",
    `settings:\n  kotlin:\n    typeName: Codes\n    kindTypeName: OK\n${base}`,
    ["spec.yaml:14:11 codes[0].name: OK is also the Kotlin kind type's name (settings.kotlin.kindTypeName, line 4): inside the Codes enum each entry names its kind as OK.X, and there OK would mean this code's entry"],
  ],
  ["a type name over 64 characters", `settings:\n  swift:\n    kindTypeName: K${"t".repeat(64)}\n${base}`, ["spec.yaml:3:19 settings.swift.kindTypeName: is longer than the 64 characters allowed"]],
  [
    // Unbounded, it validated and then made generate run out of string length (1.9 GB) on a code of 1,000 aliases a language.
    "a type name of 200,000 characters",
    `settings:\n  typescript:\n    typeName: S${"t".repeat(200_000)}\n${base.replace("    retryable: true\n", `    retryable: true\n    aliases:\n      desktop: [${Array.from({ length: 1_000 }, (_, index) => `kA${index}`).join(", ")}]\n`)}`,
    ["spec.yaml:3:15 settings.typescript.typeName: is longer than the 64 characters allowed"],
  ],
  ["a Kotlin package over 200 characters", `settings:\n  kotlin:\n    package: com.${"x".repeat(197)}\n${base}`, ["spec.yaml:3:14 settings.kotlin.package: is longer than the 200 characters allowed"]],
  ["a Kotlin package of 33 segments", `settings:\n  kotlin:\n    package: p${".p".repeat(32)}\n${base}`, ["spec.yaml:3:14 settings.kotlin.package: has more than the 32 dot-separated segments a package may have"]],
  [
    // Unbounded, kotlinc overflowed its stack on it.
    "a Kotlin package of 8,001 segments",
    `settings:\n  kotlin:\n    package: p${".p".repeat(8_000)}\n${base}`,
    ["spec.yaml:3:14 settings.kotlin.package: has more than the 32 dot-separated segments a package may have", "spec.yaml:3:14 settings.kotlin.package: is longer than the 200 characters allowed"],
  ],
  ["binary data as a message", edit("message: Rate upper limit is reached.", "message: !!binary aGVsbG8="), ["spec.yaml:18:14 unsupported tag !!binary: a spec needs no tags"]],
  ["a name over 64 characters", edit("name: RATE_LIMIT", `name: ${"A".repeat(65)}`), ["spec.yaml:15:11 codes[1].name: is longer than the 64 characters allowed"]],
  [
    "a code outside its category's range",
    edit("    description: Team codes.\n", "    description: Team codes.\n    range: { first: 801, last: 815 }\n").replace("code: 801", "code: 901"),
    [`spec.yaml:20:11 codes[2].code: 901 is outside 801–815, the range of category "team" (line 8); check the number or the category`],
  ],
  [
    "a range that ends before it starts",
    edit("    description: Team codes.\n", "    description: Team codes.\n    range: { first: 815, last: 801 }\n"),
    [`spec.yaml:8:12 categories[1].range: first (815) is greater than last (801)`],
  ],
  // C: the prefix names the enum type and starts every other name, so it must be a C name neither language reserves.
  ["a C or C++ keyword as the C prefix", `settings:\n  c:\n    prefix: class\n${base}`, [`spec.yaml:3:13 settings.c.prefix: "class" is a C or C++ keyword; the enum type takes the prefix as its name`]],
  ["a standard C name as the C prefix", `settings:\n  c:\n    prefix: size_t\n${base}`, [`spec.yaml:3:13 settings.c.prefix: "size_t" is a standard C name; the enum type takes the prefix as its name`]],
  ["a C prefix with a double underscore, which C++ reserves", `settings:\n  c:\n    prefix: status__code\n${base}`, ["spec.yaml:3:13 settings.c.prefix: must be a lower-case snake_case C name such as status_code"]],
  ["a C prefix starting with an underscore, which C reserves", `settings:\n  c:\n    prefix: _status\n${base}`, ["spec.yaml:3:13 settings.c.prefix: must be a lower-case snake_case C name such as status_code"]],
  ["a C prefix over 48 characters", `settings:\n  c:\n    prefix: s${"x".repeat(48)}\n${base}`, ["spec.yaml:3:13 settings.c.prefix: is longer than the 48 characters allowed"]],
  ["C header and source at one path", `settings:\n  outputs:\n    c-source: c/status_codes.h\n${base}`, [`targets "c-header" and "c-source" would both write c/status_codes.h`]],
  ["two targets writing one file", `settings:\n  outputs:\n    swift: kotlin/StatusCode.kt\n${base}`, [`targets "swift" and "kotlin" would both write kotlin/StatusCode.kt`]],
  // Evolution: versions, deprecations, reserved numbers and names, aliases.
  ["a version that is not MAJOR.MINOR.PATCH", edit("version: 1.0.0", "version: v1.0"), ["spec.yaml:23:10 version: must be a version MAJOR.MINOR.PATCH"]],
  ["a since later than the version", edit("    kind: success\n", "    kind: success\n    since: 1.1.0\n"), ["spec.yaml:13:12 codes[0].since: 1.1.0 is later than the spec's version 1.0.0"]],
  ["a since without a version", edit("    kind: success\n", "    kind: success\n    since: 1.0.0\n").replace("version: 1.0.0\n", ""), ["spec.yaml:13:12 codes[0].since: `since` needs the spec's own version"]],
  ["a deprecation without a reason", edit("    kind: success\n", "    kind: success\n    deprecated: { since: 1.0.0 }\n"), [`spec.yaml:13:17 codes[0].deprecated: missing required field "reason"`]],
  ["a deprecation before the code was introduced", edit("    kind: success\n", "    kind: success\n    since: 1.0.0\n    deprecated: { since: 0.9.0, reason: Old. }\n"), ["spec.yaml:14:26 codes[0].deprecated.since: a code cannot be deprecated (0.9.0) before it was introduced (1.0.0)"]],
  ["a replacement that does not exist", edit("    kind: success\n", "    kind: success\n    deprecated: { since: 1.0.0, reason: Old., replacedBy: RATE_LIMITED }\n"), ["spec.yaml:13:59 codes[0].deprecated.replacedBy: no code is named RATE_LIMITED"]],
  ["a code replaced by itself", edit("    kind: success\n", "    kind: success\n    deprecated: { since: 1.0.0, reason: Old., replacedBy: OK }\n"), ["spec.yaml:13:59 codes[0].deprecated.replacedBy: a code cannot be replaced by itself"]],
  [
    "a replacement that is deprecated too",
    edit("    kind: success\n", "    kind: success\n    deprecated: { since: 1.0.0, reason: Old., replacedBy: RATE_LIMIT }\n").replace("    retryable: true\n", "    retryable: true\n    deprecated: { since: 1.0.0, reason: Old too. }\n"),
    ["spec.yaml:13:59 codes[0].deprecated.replacedBy: RATE_LIMIT is deprecated too (line 19); point at the code that replaces it"],
  ],
  ["a reserved number in use", edit("version: 1.0.0\n", "version: 1.0.0\nreserved:\n  - { code: 416, reason: Retired in 2020. }\n"), ["spec.yaml:14:11 codes[1].code: 416 is reserved (reserved[0], line 25): Retired in 2020. Choose another number."]],
  ["a reserved range holding a code", edit("version: 1.0.0\n", "version: 1.0.0\nreserved:\n  - { range: { first: 800, last: 899 }, reason: Kept for teams v2 }\n"), ["spec.yaml:19:11 codes[2].code: 801 is reserved (reserved[0], line 25): Kept for teams v2. Choose another number."]],
  ["a reserved name in use", edit("version: 1.0.0\n", "version: 1.0.0\nreserved:\n  - { name: RATE_LIMIT, reason: Renamed. }\n"), ["spec.yaml:15:11 codes[1].name: RATE_LIMIT is reserved (reserved[0], line 25): Renamed. Choose another name."]],
  ["a reserved entry that reserves nothing", edit("version: 1.0.0\n", "version: 1.0.0\nreserved:\n  - { reason: Nothing. }\n"), ["spec.yaml:25:5 reserved[0]: say what is reserved: a `code`, a `range` or a `name`"]],
  ["a reserved entry with a code and a range", edit("version: 1.0.0\n", "version: 1.0.0\nreserved:\n  - { code: 1, range: { first: 2, last: 3 }, reason: Both. }\n"), ["spec.yaml:25:23 reserved[0].range: give either `code` or `range`, not both"]],
  [
    "overlapping reservations",
    edit("version: 1.0.0\n", "version: 1.0.0\nreserved:\n  - { range: { first: 900, last: 950 }, reason: A. }\n  - { code: 920, reason: B. }\n"),
    ["spec.yaml:26:5 reserved[1]: reserves 920, which overlaps 900–950 of reserved[0] (line 25); merge them"],
  ],
  ["Self as a Swift alias", edit("    retryable: true\n", "    retryable: true\n    aliases: { ios: [Self] }\n"), [`spec.yaml:18:22 codes[1].aliases.ios[0]: "Self" cannot be a Swift alias: Swift cannot declare "Self", even in backticks`]],
  ["an alias that is a type the Kotlin file declares", edit("    retryable: true\n", "    retryable: true\n    aliases: { android: [StatusCategory] }\n"), [
    `spec.yaml:18:26 codes[1].aliases.android[0]: "StatusCategory" is already a type the Kotlin output declares; an alias must name one code only`,
    `spec.yaml:18:26 codes[1].aliases.android[0]: "StatusCategory" is already a type the Java output declares; an alias must name one code only`,
  ]],
  ["an alias that shadows Object.prototype in TypeScript", edit("    retryable: true\n", "    retryable: true\n    aliases: { desktop: [toString] }\n"), [`spec.yaml:18:26 codes[1].aliases.desktop[0]: "toString" cannot be a TypeScript alias: every object has toString already`]],
  [
    "a reserved name brought back as an alias",
    edit("version: 1.0.0\n", "version: 1.0.0\nreserved:\n  - { code: 500, name: OLD_ERR, reason: Gone. }\n").replace("    retryable: true\n", "    retryable: true\n    aliases: { ios: [oldErr] }\n"),
    [`spec.yaml:18:22 codes[1].aliases.ios[0]: "oldErr" is already the Swift spelling of the reserved name OLD_ERR, retired for good (line 26)`],
  ],
  [
    "a name that a language spells like a reserved one",
    edit("version: 1.0.0\n", "version: 1.0.0\nreserved:\n  - { code: 500, name: RATE__LIMIT, reason: Gone. }\n"),
    [
      `spec.yaml:15:11 codes[1].name: RATE_LIMIT is "rateLimit" in Swift, the spelling of the reserved name RATE__LIMIT (line 25); choose another name`,
      `spec.yaml:15:11 codes[1].name: RATE_LIMIT is "STATUS_CODE_RATE_LIMIT" in C, the spelling of the reserved name RATE__LIMIT (line 25); choose another name`,
      `spec.yaml:15:11 codes[1].name: RATE_LIMIT is "RateLimit" in C#, the spelling of the reserved name RATE__LIMIT (line 25); choose another name`,
      `spec.yaml:15:11 codes[1].name: RATE_LIMIT is "StatusCodeRateLimit" in Objective-C, the spelling of the reserved name RATE__LIMIT (line 25); choose another name`,
      `spec.yaml:15:11 codes[1].name: RATE_LIMIT is "RateLimit" in Go, the spelling of the reserved name RATE__LIMIT (line 25); choose another name`,
    ],
  ],
  ["an alias that is a Kotlin member", edit("    retryable: true\n", "    retryable: true\n    aliases: { android: [ordinal] }\n"), [`spec.yaml:18:26 codes[1].aliases.android[0]: "ordinal" cannot be a Kotlin alias: every Kotlin enum has a member "ordinal"`, `spec.yaml:18:26 codes[1].aliases.android[0]: "ordinal" cannot be a Java alias: every Java enum has a member "ordinal"`]],
  ["__proto__ as a TypeScript alias", edit("    retryable: true\n", "    retryable: true\n    aliases: { desktop: [__proto__] }\n"), [`spec.yaml:18:26 codes[1].aliases.desktop[0]: "__proto__" cannot be a TypeScript alias`, `spec.yaml:18:26 codes[1].aliases.desktop[0]: "__proto__" cannot be a C alias: C++ reserves every identifier holding __`]],
  ["an alias that is a Kotlin member", edit("    retryable: true\n", "    retryable: true\n    aliases: { android: [ordinal] }\n"), [
    `spec.yaml:18:26 codes[1].aliases.android[0]: "ordinal" cannot be a Kotlin alias: every Kotlin enum has a member "ordinal"`,
    `spec.yaml:18:26 codes[1].aliases.android[0]: "ordinal" cannot be a Java alias: every Java enum has a member "ordinal"`,
  ]],
  ["__proto__ as a TypeScript alias", edit("    retryable: true\n", "    retryable: true\n    aliases: { desktop: [__proto__] }\n"), [`spec.yaml:18:26 codes[1].aliases.desktop[0]: "__proto__" cannot be a TypeScript alias`, `spec.yaml:18:26 codes[1].aliases.desktop[0]: "__proto__" cannot be a C alias: C++ reserves every identifier holding __`]],
  ["an alias equal to another code's name", edit("    retryable: true\n", "    retryable: true\n    aliases: { ios: [ok] }\n"), [`spec.yaml:18:22 codes[1].aliases.ios[0]: "ok" is already the Swift name of OK (line 10); an alias must name one code only`]],
  [
    "one alias on two codes",
    edit("    retryable: true\n", "    retryable: true\n    aliases: { android: [RES_X] }\n").replace("    category: team\n", "    category: team\n    aliases: { android: [RES_X] }\n"),
    [
      `spec.yaml:23:26 codes[2].aliases.android[0]: "RES_X" is already a Kotlin alias of RATE_LIMIT (line 18); an alias must name one code only`,
      `spec.yaml:23:26 codes[2].aliases.android[0]: "RES_X" is already a Java alias of RATE_LIMIT (line 18); an alias must name one code only`,
    ],
  ],
  [
    "a conflict naming one of the code's own aliases",
    edit("    retryable: true\n", "    retryable: true\n    aliases: { android: [RES_X] }\n    conflicts: [{ platform: Android, name: RES_X, meaning: Other. }]\n"),
    ["spec.yaml:19:44 codes[1].conflicts[0].name: RES_X is listed as an alias of this code too"],
  ],
  [
    "an iOS name Swift imports as a member every enum has",
    edit("    retryable: true\n", "    retryable: true\n    aliases: { ios: [NIMRemoteErrorCodeSelf] }\n"),
    [`spec.yaml:18:22 codes[1].aliases.ios[0]: "NIMRemoteErrorCodeSelf" cannot be a Swift alias: every Swift enum of this kind has a static member "self"`],
  ],
  [
    "two iOS names Swift imports alike",
    edit("    retryable: true\n", "    retryable: true\n    aliases: { ios: [NIMRemoteErrorCodeURLFrequently, NIMRemoteErrorCodeUrlFrequently] }\n"),
    [`spec.yaml:18:55 codes[1].aliases.ios[1]: "NIMRemoteErrorCodeUrlFrequently" (Swift urlFrequently) is already a Swift alias of RATE_LIMIT (line 18); an alias must name one code only`],
  ],
  [
    "aliases listed by language, as they once were",
    edit("    retryable: true\n", "    retryable: true\n    aliases: { swift: [NIMRemoteErrorCodeFrequently] }\n"),
    [`spec.yaml:18:16 codes[1].aliases.swift: unknown field "swift"; aliases are listed by where the names come from (former, desktop, ios, android), not by language: move these names to ios`],
  ],
  [
    "an Android name for a number no short holds",
    edit("  - code: 801\n", "  - code: 40000\n").replace("    category: team\n", "    category: team\n    aliases: { android: [RES_BIG] }\n"),
    ["spec.yaml:22:25 codes[2].aliases.android: 40000 is larger than 32,767, and the Android SDK's ResponseCode constants are Java shorts: no name of the Android SDK can stand for it"],
  ],
  [
    "a former name that is the code's own",
    edit("    retryable: true\n", "    retryable: true\n    aliases: { former: [RATE_LIMIT] }\n"),
    [
      `spec.yaml:18:25 codes[1].aliases.former[0]: "RATE_LIMIT" is already the TypeScript name of RATE_LIMIT (line 15)`,
      `spec.yaml:18:25 codes[1].aliases.former[0]: "RATE_LIMIT" (Swift rateLimit) is already the Swift name of RATE_LIMIT (line 15)`,
      `spec.yaml:18:25 codes[1].aliases.former[0]: "RATE_LIMIT" is already the Kotlin name of RATE_LIMIT (line 15)`,
      `spec.yaml:18:25 codes[1].aliases.former[0]: "RATE_LIMIT" (C STATUS_CODE_RATE_LIMIT) is already the C name of RATE_LIMIT (line 15)`,
      `spec.yaml:18:25 codes[1].aliases.former[0]: "RATE_LIMIT" (C# RateLimit) is already the C# name of RATE_LIMIT (line 15)`,
      `spec.yaml:18:25 codes[1].aliases.former[0]: "RATE_LIMIT" (Objective-C StatusCodeRateLimit) is already the Objective-C name of RATE_LIMIT (line 15)`,
      `spec.yaml:18:25 codes[1].aliases.former[0]: "RATE_LIMIT" is already the Java name of RATE_LIMIT (line 15)`,
      `spec.yaml:18:25 codes[1].aliases.former[0]: "RATE_LIMIT" (Go RateLimit) is already the Go name of RATE_LIMIT (line 15)`,
    ],
  ],
  [
    "a code spelt like the table's version member",
    edit("    name: RATE_LIMIT\n", "    name: TABLE_VERSION\n"),
    [
      `spec.yaml:15:11 codes[1].name: "TABLE_VERSION" cannot be used: the Java code enum declares a static field TABLE_VERSION, the table's version; choose another name`,
      `spec.yaml:15:11 codes[1].name: TABLE_VERSION is "tableVersion" in Swift, a member the Swift output declares on StatusCode; choose another name`,
      `spec.yaml:15:11 codes[1].name: TABLE_VERSION is "TABLE_VERSION" in Kotlin, a member the Kotlin output declares on StatusCode; choose another name`,
    ],
  ],
  ["an npm package name npm refuses", `settings:\n  typescript:\n    npmPackage: "@CommsEase/Status Codes"\n${base}`, ["spec.yaml:3:17 settings.typescript.npmPackage: must be an npm package name such as @commsease/status-codes"]],
  ["an npm package name with a ~, which npm no longer takes", `settings:\n  typescript:\n    npmPackage: "@commsease/status~codes"\n${base}`, ["spec.yaml:3:17 settings.typescript.npmPackage: must be an npm package name such as @commsease/status-codes"]],
  ["an npm package name starting with -", `settings:\n  typescript:\n    npmPackage: "-status-codes"\n${base}`, ["spec.yaml:3:17 settings.typescript.npmPackage: must be an npm package name such as @commsease/status-codes"]],
  ["a Node.js module as the npm package", `settings:\n  typescript:\n    npmPackage: http\n${base}`, [`spec.yaml:3:17 settings.typescript.npmPackage: "http" is a module Node.js provides; npm refuses it as a new package's name`]],
  ["node_modules as the npm package", `settings:\n  typescript:\n    npmPackage: "@x/node_modules"\n${base}`, [`spec.yaml:3:17 settings.typescript.npmPackage: npm refuses the package name "@x/node_modules"`]],
  ["a Swift module the platform has", `settings:\n  swift:\n    moduleName: Foundation\n${base}`, [`spec.yaml:3:17 settings.swift.moduleName: "Foundation" is a module the platform provides; an app could not import both`]],
  ["a Swift module that is no identifier", `settings:\n  swift:\n    moduleName: status-codes\n${base}`, ["spec.yaml:3:17 settings.swift.moduleName: must be a Swift module name such as StatusCodes"]],
  ["a Maven groupId Maven refuses", `settings:\n  kotlin:\n    groupId: com..commsease\n${base}`, ["spec.yaml:3:14 settings.kotlin.groupId: must be a Maven coordinate such as com.commsease.im"]],
  ["a Maven artifactId with a space", `settings:\n  kotlin:\n    artifactId: "status codes"\n${base}`, ["spec.yaml:3:17 settings.kotlin.artifactId: must be a Maven coordinate such as status-codes"]],
  ["a TypeScript constant that is a reserved word", `settings:\n  typescript:\n    typeName: Thi\n${base}`, [`spec.yaml:3:5 settings.typescript: the TypeScript output would declare a constant named "this", a reserved word`]],
  // A CommonJS module (the output compiled as one, the npm package's index.cjs) has `exports` at its top level already.
  ["a TypeScript list named exports", `settings:\n  typescript:\n    categoryTypeName: Export\n${base}`, [`spec.yaml:3:5 settings.typescript: the TypeScript output would declare a constant named "exports", a reserved word`]],
  ["two categories with one title", edit("    title: Team", "    title: General"), [`spec.yaml:6:12 categories[1].title: duplicate category title "General": categories[0] on line 3 has it already`]],
  ["a field that YAML reads as a boolean key", edit("    retryable: true\n", "    retryable: true\n    true: 1\n"), [`spec.yaml:18:5 codes[1].true: unknown field "true"`]],
  [
    "a retired legacy alias brought back",
    edit("version: 1.0.0\n", "version: 1.0.0\nreserved:\n  - { name: kNIMResFrequently, reason: Retired with 417. }\n").replace("    retryable: true\n", "    retryable: true\n    aliases: { desktop: [kNIMResFrequently] }\n"),
    [
      `spec.yaml:18:26 codes[1].aliases.desktop[0]: "kNIMResFrequently" is already the TypeScript spelling of the reserved name kNIMResFrequently, retired for good (line 26)`,
      `spec.yaml:18:26 codes[1].aliases.desktop[0]: "kNIMResFrequently" is already the C spelling of the reserved name kNIMResFrequently, retired for good (line 26)`,
      `spec.yaml:18:26 codes[1].aliases.desktop[0]: "kNIMResFrequently" is already the C# spelling of the reserved name kNIMResFrequently, retired for good (line 26)`,
    ],
  ],
  // The red-team classes (issue 15): every way YAML nests counts toward the 64 levels, at its place.
  ["nesting behind anchors between brackets", `codes: ${"[&a ".repeat(100)}\n`, ["spec.yaml:1:257 nested more than 64 levels deep"]],
  ["nesting behind tags between brackets", `codes: ${"[!t ".repeat(100)}\n`, ["spec.yaml:1:257 nested more than 64 levels deep"]],
  ["nested complex keys", `codes:\n${"? ".repeat(100)}a\n`, ["spec.yaml:2:128 nested more than 64 levels deep"]],
  ["nesting by one space of indentation a level", `${Array.from({ length: 100 }, (_, i) => `${" ".repeat(i)}k${i}:`).join("\n")} v\n`, ["spec.yaml:64:64 nested more than 64 levels deep"]],
  ["brackets after a block scalar's indicator", `a: >-\n${"[".repeat(100)}\n`, ["spec.yaml:2:64 nested more than 64 levels deep"]],
  ["an undefined alias, at its place", edit("message: Rate upper limit is reached.", "message: *nope"), ["spec.yaml:18:15 undefined alias *nope: no anchor &nope comes before it"]],
  [
    "a spec whose lines end in CR alone, located by its own lines",
    edit("category: team", "category: teams").replace(/\n/g, "\r"),
    [`spec.yaml:21:15 codes[2].category: unknown category "teams"; did you mean "team"?`, `spec.yaml:5:9 categories[1].id: warning: category "team" has no codes`],
  ],
  [
    "a spec whose lines end in CR or LF, located by its own lines",
    edit("category: team", "category: teams").replace(/\n(?=    )/g, "\r"),
    [`spec.yaml:21:15 codes[2].category: unknown category "teams"; did you mean "team"?`, `spec.yaml:5:9 categories[1].id: warning: category "team" has no codes`],
  ],
  ["a complex key, located at the key", edit("    retryable: true\n", "    retryable: true\n    ? [a, b]\n    : 1\n"), ["spec.yaml:18:7 a key must be a name, not a list or a mapping (a complex key)"]],
  [
    "an output file name too long for the temporary file beside it",
    `settings:\n  outputs:\n    swift: ios/${"A".repeat(240)}.swift\n${base}`,
    [`spec.yaml:3:12 settings.outputs.swift: "swift" would write a file named "${"A".repeat(40)}…", 246 bytes long; at most 233 fit beside the temporary file each write uses`],
  ],
  [
    "an output folder name over the file system's 255 bytes",
    `settings:\n  outputs:\n    swift: ${"f".repeat(256)}/A.swift\n${base}`,
    [`spec.yaml:3:12 settings.outputs.swift: "swift" would write into a folder named "ffff`],
  ],
  [
    "a 20,000-character value, quoted as an excerpt",
    edit("category: team", `category: ${"x".repeat(20_000)}`),
    [`spec.yaml:21:15 codes[2].category: unknown category "${"x".repeat(80)}…"; categories are: general, team`, `spec.yaml:5:9 categories[1].id: warning: category "team" has no codes`],
  ],
  // C#: what no spelling makes a legal enum member, and what its settings cannot be.
  ["a code named like a member every C# enum has", edit("name: RATE_LIMIT", "name: GET_TYPE"), [`spec.yaml:15:11 codes[1].name: "GET_TYPE" cannot be used: every C# enum has a member "GetType", which a code of that name would hide`]],
  ["a code named like C#'s ToString", edit("name: OK", "name: TO_STRING"), [`spec.yaml:10:11 codes[0].name: "TO_STRING" cannot be used: every C# enum has a member "ToString"`]],
  ["a code named like the C# enum itself", edit("name: RATE_LIMIT", "name: STATUS_CODE"), [`spec.yaml:15:11 codes[1].name: "STATUS_CODE" cannot be used: C# cannot name an enum member "StatusCode" like the enum itself (CS0542; settings.csharp.typeName names the enum); choose another name`]],
  ["a C# keyword in the namespace", `settings:\n  csharp:\n    namespace: Acme.class.Status\n${base}`, [`spec.yaml:3:16 settings.csharp.namespace: "class" is a C# keyword and cannot be part of a namespace`]],
  ["a C# namespace under System", `settings:\n  csharp:\n    namespace: System.Status\n${base}`, [`spec.yaml:3:16 settings.csharp.namespace: namespaces under "System." belong to the platform`]],
  ["a C# type named like one of its own members", `settings:\n  csharp:\n    infoTypeName: Message\n${base}`, [`spec.yaml:3:19 settings.csharp.infoTypeName: "Message" is a member of this type`]],
  [
    // mcs: "No logical space left to create more user strings" (a .NET assembly's 24-bit string tokens).
    "texts past the 16 MiB of string literals a C# assembly holds",
    edit("version: 1.0.0\n", `${Array.from({ length: 840 }, (_, index) => `  - { code: ${1000 + index}, name: LONG_${index}, category: team, message: ${String(index).padEnd(10_000, "x")} }\n`).join("")}version: 1.0.0\n`),
    ["spec.yaml:857:60 codes[837].message: the C# output cannot hold the codes from here on: their names and messages, with those before, pass the 16,777,215 bytes"],
  ],
  ["an Objective-C type name with Foundation's prefix", `settings:\n  objc:\n    typeName: NSStatus\n${base}`, [`spec.yaml:3:15 settings.objc.typeName: "NSStatus" begins with NS, the prefix Foundation's own names use; choose another type name`]],
  [
    // In C's one scope a typedef and a function are one name: the kind type would be the function SdkKind(code).
    "an Objective-C kind type named like a function of the code type",
    `settings:\n  objc:\n    typeName: Sdk\n    kindTypeName: SdkKind\n${base}`,
    [`spec.yaml:3:5 settings.objc: the Objective-C output would declare "SdkKind" twice`],
  ],
  [
    "an Objective-C enumerator that would be another type's constant",
    `settings:\n  objc:\n    typeName: Code\n    categoryTypeName: CodeGroup\n${edit("name: RATE_LIMIT", "name: GROUP_TEAM")}`,
    [`spec.yaml:19:11 codes[1].name: "GROUP_TEAM" cannot be used: the code would be "CodeGroupTeam", which begins with CodeGroup, the type whose declarations begin so (its type name begins with Code); choose another name`],
  ],
  [
    "an Objective-C enumerator that would be a keyword",
    `settings:\n  objc:\n    typeName: B\n${edit("name: RATE_LIMIT", "name: O_O_L")}`,
    [`spec.yaml:18:11 codes[1].name: "O_O_L" cannot be used: the code would be "BOOL", a name Objective-C or Foundation already gives a meaning; choose another name`],
  ],
  ["a Java keyword in the package", `settings:\n  java:\n    package: com.example.goto\n${base}`, [`spec.yaml:3:14 settings.java.package: "goto" is a Java keyword and cannot be part of a package name`]],
  ["a package under java.", `settings:\n  java:\n    package: java.status\n${base}`, [`spec.yaml:3:14 settings.java.package: packages under "java." are reserved for the Java platform`]],
  ["a Java type named like a java.lang type", `settings:\n  java:\n    typeName: Integer\n${base}`, [`spec.yaml:3:15 settings.java.typeName: "Integer" is a name the Java output relies on or shadows; choose another`]],
  ["a Java kind type named like the table class nested beside it", `settings:\n  java:\n    kindTypeName: Table\n${base}`, [`spec.yaml:3:5 settings.java: the Java output would declare "Table" twice`]],
  [
    "a code named like the Java kind type",
    `settings:\n  java:\n    kindTypeName: OK\n${base}`,
    ["spec.yaml:13:11 codes[0].name: OK is also the Java kind type's name (settings.java.kindTypeName, line 3): inside the StatusCode enum each entry names its kind as OK.X, and there OK would mean this code's entry"],
  ],
  // Go: module paths, package names and go directives the go command refuses; codes one constant in Go.
  ["a Go module path without a domain", `settings:\n  go:\n    module: status/codes\n${base}`, ["spec.yaml:3:13 settings.go.module: must be a Go module path such as commsease.com/im/status"]],
  ["a Go module path ending in /v1", `settings:\n  go:\n    module: example.com/status/v1\n${base}`, ["spec.yaml:3:13 settings.go.module: a module path cannot end in /v1: a major version suffix is /v2 or later"]],
  ["a Go module path with a Windows device name", `settings:\n  go:\n    module: example.com/aux.status\n${base}`, [`spec.yaml:3:13 settings.go.module: "aux.status" is a name Windows reserves for a device`]],
  ["a Go keyword as the package", `settings:\n  go:\n    package: type\n${base}`, [`spec.yaml:3:14 settings.go.package: "type" is a Go keyword and cannot name a package`]],
  ["a Go predeclared identifier as the package", `settings:\n  go:\n    package: string\n${base}`, [`spec.yaml:3:14 settings.go.package: "string" is one of Go's predeclared identifiers`]],
  ["package main", `settings:\n  go:\n    package: main\n${base}`, [`spec.yaml:3:14 settings.go.package: "main" cannot name the package: package main is a command, which no one can import`]],
  ["a Go package name in camel case", `settings:\n  go:\n    package: statusCodes\n${base}`, ["spec.yaml:3:14 settings.go.package: must be a Go package name such as statuscodes"]],
  ["a go directive with a patch before Go 1.21", `settings:\n  go:\n    goVersion: 1.20.3\n${base}`, ["spec.yaml:3:16 settings.go.goVersion: before Go 1.21 the go directive names a language version without a patch number, such as 1.20"]],
  ["a go directive that is no version", `settings:\n  go:\n    goVersion: go1.22\n${base}`, ["spec.yaml:3:16 settings.go.goVersion: must be a Go version such as 1.21 or 1.22.0"]],
  [
    "two codes that are one Go constant by its initialisms",
    edit("name: RATE_LIMIT", "name: USER_ID").replace("name: TEAM_MEMBER_LIMIT", "name: USER_I_D"),
    [`spec.yaml:20:11 codes[2].name: "USER_I_D" and "USER_ID" (codes[1], line 15) are both "UserID" in Go; rename one of them`],
  ],
  [
    "a code whose Go constant, prefixed as the package declares its name, is another's",
    edit("name: RATE_LIMIT", "name: LOOKUP").replace("name: TEAM_MEMBER_LIMIT", "name: CODE_LOOKUP"),
    [`spec.yaml:20:11 codes[2].name: "CODE_LOOKUP" and "LOOKUP" (codes[1], line 15) are both "CodeLookup" in Go; rename one of them`],
  ],
  // Go: former names are package-level constants spelt as codes are, so one may not be another code's constant.
  [
    "a former name that is another code's Go constant by its initialisms",
    edit("    retryable: true\n", "    retryable: true\n    aliases: { former: [O_K] }\n"),
    [`spec.yaml:18:25 codes[1].aliases.former[0]: "O_K" (Go OK) is already the Go name of OK (line 10); an alias must name one code only`],
  ],
  [
    "a former name whose Go constant, prefixed as the package declares its name, is another code's",
    edit("    retryable: true\n", "    retryable: true\n    aliases: { former: [ALL] }\n").replace("name: TEAM_MEMBER_LIMIT", "name: CODE_ALL"),
    [`spec.yaml:18:25 codes[1].aliases.former[0]: "ALL" (Go CodeAll) is already the Go name of CODE_ALL (line 21); an alias must name one code only`],
  ],
  // C#: aliases are members of the code enum, so none may be a member every enum has, the field an enum
  // keeps its value in, or the enum's own name.
  ["a desktop name that is a member of every C# enum", edit("    retryable: true\n", "    retryable: true\n    aliases: { desktop: [GetType] }\n"), [`spec.yaml:18:26 codes[1].aliases.desktop[0]: "GetType" cannot be a C# alias: every C# enum has a member "GetType"`]],
  ["a desktop name that is the field a C# enum keeps its value in", edit("    retryable: true\n", "    retryable: true\n    aliases: { desktop: [value__] }\n"), [`spec.yaml:18:26 codes[1].aliases.desktop[0]: "value__" cannot be a C alias: C++ reserves every identifier holding __`, `spec.yaml:18:26 codes[1].aliases.desktop[0]: "value__" cannot be a C# alias: a C# enum keeps its value in a field "value__", which no member may be named (CS0076)`]],
  [
    "a desktop name that is the C# enum's own",
    `settings:\n  csharp:\n    typeName: ResponseCode\n${edit("    retryable: true\n", "    retryable: true\n    aliases: { desktop: [ResponseCode] }\n")}`,
    [`spec.yaml:21:26 codes[1].aliases.desktop[0]: "ResponseCode" cannot be a C# alias: C# cannot name an enum member "ResponseCode" like the enum itself (CS0542`],
  ],
  ["a former name that C# spells as a member of every enum", edit("    retryable: true\n", "    retryable: true\n    aliases: { former: [TO_STRING] }\n"), [`spec.yaml:18:25 codes[1].aliases.former[0]: "TO_STRING" cannot be a C# alias: every C# enum has a member "ToString"`]],
  // Objective-C: iOS SDK names that cannot be enumerators in C's one scope (keywords, Foundation's names, the file's own declarations).
  ["YES as an iOS name in Objective-C", edit("    retryable: true\n", "    retryable: true\n    aliases: { ios: [YES] }\n"), [`spec.yaml:18:22 codes[1].aliases.ios[0]: "YES" cannot be a Objective-C alias: "YES" is a keyword, or a name Objective-C or Foundation already gives a meaning`]],
  ["a Foundation name as an iOS name in Objective-C", edit("    retryable: true\n", "    retryable: true\n    aliases: { ios: [NSNotFound] }\n"), [`spec.yaml:18:22 codes[1].aliases.ios[0]: "NSNotFound" cannot be a Objective-C alias: "NSNotFound" is a name Foundation declares or reserves`]],
  ["the name function as an iOS name in Objective-C", edit("    retryable: true\n", "    retryable: true\n    aliases: { ios: [StatusCodeName] }\n"), [`spec.yaml:18:22 codes[1].aliases.ios[0]: "StatusCodeName" cannot be a Objective-C alias: the Objective-C output declares "StatusCodeName" for something else`]],
  ["a kind constant's prefix on an iOS name in Objective-C", edit("    retryable: true\n", "    retryable: true\n    aliases: { ios: [StatusKindFatal] }\n"), [`spec.yaml:18:22 codes[1].aliases.ios[0]: "StatusKindFatal" cannot be a Objective-C alias: "StatusKindFatal" begins with StatusKind, the type whose constants the Objective-C output names so`]],
  // C and C++: desktop names no C header can declare as enumerators (keywords of either language, reserved
  // identifiers, the header's own names, standard names in scope), and a former name spelt as a code is
  // (C makes one underscore of a run, as Swift drops them).
  ["a C keyword as a desktop alias", edit("    retryable: true\n", "    retryable: true\n    aliases: { desktop: [register] }\n"), [`spec.yaml:18:26 codes[1].aliases.desktop[0]: "register" cannot be a C alias: "register" is a C or C++ keyword`]],
  ["a C++ keyword as a desktop alias", edit("    retryable: true\n", "    retryable: true\n    aliases: { desktop: [template] }\n"), [`spec.yaml:18:26 codes[1].aliases.desktop[0]: "template" cannot be a C alias: "template" is a C or C++ keyword`]],
  ["a desktop alias holding __, which C++ reserves", edit("    retryable: true\n", "    retryable: true\n    aliases: { desktop: [kNIMRes__Frequently] }\n"), [`spec.yaml:18:26 codes[1].aliases.desktop[0]: "kNIMRes__Frequently" cannot be a C alias: C++ reserves every identifier holding __`]],
  ["a desktop alias starting with _ and a capital, which C and C++ reserve", edit("    retryable: true\n", "    retryable: true\n    aliases: { desktop: [_KNIMResFrequently] }\n"), [`spec.yaml:18:26 codes[1].aliases.desktop[0]: "_KNIMResFrequently" cannot be a C alias: C and C++ reserve every identifier that starts with _ and a capital letter`]],
  ["a desktop alias starting with _, which C reserves at file scope", edit("    retryable: true\n", "    retryable: true\n    aliases: { desktop: [_kNIMResFrequently] }\n"), [`spec.yaml:18:26 codes[1].aliases.desktop[0]: "_kNIMResFrequently" cannot be a C alias: C reserves identifiers starting with _ at file scope`]],
  ["a desktop alias that is the C header's table", edit("    retryable: true\n", "    retryable: true\n    aliases: { desktop: [status_code_table] }\n"), [`spec.yaml:18:26 codes[1].aliases.desktop[0]: "status_code_table" cannot be a C alias: the C header declares "status_code_table" itself`]],
  ["a desktop alias that is the C header's deprecation macro", edit("    retryable: true\n", "    retryable: true\n    aliases: { desktop: [STATUS_CODE_DEPRECATED_] }\n"), [`spec.yaml:18:26 codes[1].aliases.desktop[0]: "STATUS_CODE_DEPRECATED_" cannot be a C alias: the C header declares "STATUS_CODE_DEPRECATED_" itself`]],
  ["NULL as a desktop alias", edit("    retryable: true\n", "    retryable: true\n    aliases: { desktop: ['NULL'] }\n"), [`spec.yaml:18:26 codes[1].aliases.desktop[0]: "NULL" cannot be a C alias: "NULL" is a standard C name that C code including the header has in scope`]],
  ["EOF as a desktop alias", edit("    retryable: true\n", "    retryable: true\n    aliases: { desktop: [EOF] }\n"), [`spec.yaml:18:26 codes[1].aliases.desktop[0]: "EOF" cannot be a C alias: "EOF" is a standard C name`]],
  ["a desktop alias that is a code's C enumerator", edit("    retryable: true\n", "    retryable: true\n    aliases: { desktop: [STATUS_CODE_OK] }\n"), [`spec.yaml:18:26 codes[1].aliases.desktop[0]: "STATUS_CODE_OK" is already the C name of OK (line 10); an alias must name one code only`]],
  [
    "a former name that C spells as another code's enumerator",
    edit("    retryable: true\n", "    retryable: true\n    aliases: { former: [O_K] }\n").replace("name: OK", "name: O__K"),
    [
      `spec.yaml:18:25 codes[1].aliases.former[0]: "O_K" (Swift oK) is already the Swift name of O__K (line 10)`,
      `spec.yaml:18:25 codes[1].aliases.former[0]: "O_K" (C STATUS_CODE_O_K) is already the C name of O__K (line 10)`,
      `spec.yaml:18:25 codes[1].aliases.former[0]: "O_K" (C# OK) is already the C# name of O__K (line 10)`,
      `spec.yaml:18:25 codes[1].aliases.former[0]: "O_K" (Objective-C StatusCodeOK) is already the Objective-C name of O__K (line 10)`,
      `spec.yaml:18:25 codes[1].aliases.former[0]: "O_K" (Go OK) is already the Go name of O__K (line 10)`,
    ],
  ],
  // Java legacy names: static fields of the code enum; what no spelling makes one, and the names the file has.
  ["a Java keyword as an Android name", edit("    retryable: true\n", "    retryable: true\n    aliases: { android: [goto] }\n"), [`spec.yaml:18:26 codes[1].aliases.android[0]: "goto" cannot be a Java alias: "goto" is a Java keyword`]],
  ["an Android name that is a Java literal", edit("    retryable: true\n", "    retryable: true\n    aliases: { android: [\"null\"] }\n"), [
    `spec.yaml:18:26 codes[1].aliases.android[0]: "null" cannot be a Kotlin alias: "null" is a Kotlin keyword`,
    `spec.yaml:18:26 codes[1].aliases.android[0]: "null" cannot be a Java alias: "null" is a Java keyword`,
  ]],
  [
    "an Android name every Java enum has",
    edit("    retryable: true\n", "    retryable: true\n    aliases: { android: [getDeclaringClass] }\n"),
    [`spec.yaml:18:26 codes[1].aliases.android[0]: "getDeclaringClass" cannot be a Java alias: every Java enum has a member "getDeclaringClass"`],
  ],
  [
    "an Android name that is the Java enum's getter",
    edit("    retryable: true\n", "    retryable: true\n    aliases: { android: [getCode] }\n"),
    [`spec.yaml:18:26 codes[1].aliases.android[0]: "getCode" cannot be a Java alias: the Java StatusCode already has a member "getCode"`],
  ],
  [
    "an Android name that is the type the Java enum's lookup names",
    edit("    retryable: true\n", "    retryable: true\n    aliases: { android: [Arrays] }\n"),
    [`spec.yaml:18:26 codes[1].aliases.android[0]: "Arrays" cannot be a Java alias: the Java code enum names the type Arrays in its body, which a field of that name would hide`],
  ],
  [
    "a former name that is the Java enum's version field",
    edit("    retryable: true\n", "    retryable: true\n    aliases: { former: [TABLE_VERSION] }\n"),
    [
      `spec.yaml:18:25 codes[1].aliases.former[0]: "TABLE_VERSION" (Swift tableVersion) cannot be a Swift alias: the Swift StatusCode already has a member "tableVersion"`,
      `spec.yaml:18:25 codes[1].aliases.former[0]: "TABLE_VERSION" cannot be a Kotlin alias: the Kotlin StatusCode already has a member "TABLE_VERSION"`,
      `spec.yaml:18:25 codes[1].aliases.former[0]: "TABLE_VERSION" cannot be a Java alias: the Java code enum declares a static field TABLE_VERSION, the table's version`,
    ],
  ],
];
