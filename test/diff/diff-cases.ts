import { base } from "../spec/bad-specs.js";

/**
 * Spec pairs for `status-codegen diff`, one or more per rule: the earlier spec, the later one, the findings
 * expected (as `old|new:line:col severity RULE`, in report order) and the exit code. The earlier spec is
 * `previous` unless a case gives its own; `later` edits it. Line numbers matter to the tests.
 */

/**
 * The earlier spec: bad-specs.ts's base fixture with its version moved to the top, legacy names for 416,
 * a deprecated 431, a platform conflict on 801 and a reserved 999.
 */
export const previous = `version: 1.0.0\n${base.replace("version: 1.0.0\n", "")}`
  .replace(
    "    message: Rate upper limit is reached.\n",
    "    message: Rate upper limit is reached.\n    aliases:\n      desktop: [kNIMResFrequently]\n      ios: [NIMRemoteErrorCodeFrequently]\n      android: [RES_EFREQUENTLY]\n",
  )
  .replace("  - code: 801\n", "  - code: 431\n    name: DUPLICATE_HTTP_REQUEST\n    category: general\n    message: HTTP request is repeated.\n    deprecated: { since: 1.0.0, reason: The server no longer sends it. }\n  - code: 801\n")
  .replace(
    "exceeds the upper limit.\n",
    "exceeds the upper limit.\n    conflicts:\n      - { platform: iOS, name: NIMRemoteErrorCodeTeamMemberLimit, meaning: Another limit. }\nreserved:\n  - code: 999\n    name: PACK_ERROR\n    reason: Packing moved to the client.\n",
  );

/** `previous` with each [from, to] replaced in turn, and its version set; fails loudly on a missing piece. */
export function later(version: string, ...edits: [from: string, to: string][]): string {
  let text = previous.replace("version: 1.0.0", `version: ${version}`);
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`test bug: the spec has no ${JSON.stringify(from)}`);
    text = text.replace(from, to);
  }
  return text;
}

const code801 = `  - code: 801
    name: TEAM_MEMBER_LIMIT
    category: team
    message: The number of team members exceeds the upper limit.
    conflicts:
      - { platform: iOS, name: NIMRemoteErrorCodeTeamMemberLimit, meaning: Another limit. }
`;
const code431 = `  - code: 431
    name: DUPLICATE_HTTP_REQUEST
    category: general
    message: HTTP request is repeated.
    deprecated: { since: 1.0.0, reason: The server no longer sends it. }
`;
const reserved = "reserved:\n";
const deprecation = "    deprecated: { since: 1.0.0, reason: The server no longer sends it. }\n";

export interface DiffCase {
  readonly name: string;
  readonly old?: string;
  readonly new: string;
  readonly findings: readonly string[];
  readonly exit: 0 | 1;
}

export const diffCases: readonly DiffCase[] = [
  { name: "nothing changed", new: previous, findings: [], exit: 0 },
  {
    name: "a code added, with since",
    new: later("1.1.0", [code801, `${code801}  - code: 802\n    name: TEAM_ACCESS_DENIED\n    category: team\n    since: 1.1.0\n    message: No permissions.\n`]),
    findings: ["new:35:5 safe CODE_ADDED"],
    exit: 0,
  },
  {
    name: "a code removed without being reserved",
    new: later("1.1.0", [code801, ""]),
    findings: ["old:29:5 breaking CODE_REMOVED"],
    exit: 1,
  },
  {
    name: "a code removed without being reserved, in a new major version",
    new: later("2.0.0", [code801, ""]),
    findings: ["old:29:5 breaking CODE_REMOVED"],
    exit: 0,
  },
  {
    name: "a deprecated code retired: removed, its number and name reserved",
    new: later("2.0.0", [code431, ""], [reserved, `${reserved}  - code: 431\n    name: DUPLICATE_HTTP_REQUEST\n    reason: Retired.\n`]),
    findings: ["old:24:5 safe CODE_RETIRED", "new:31:5 safe RESERVED_ADDED"],
    exit: 0,
  },
  {
    name: "a code removed and reserved without a deprecation first",
    new: later("2.0.0", [code801, ""], [reserved, `${reserved}  - code: 801\n    name: TEAM_MEMBER_LIMIT\n    reason: Teams moved.\n`]),
    findings: ["old:29:5 dangerous CODE_RETIRED_WITHOUT_DEPRECATION", "new:30:5 safe RESERVED_ADDED"],
    exit: 0,
  },
  {
    name: "a number changed for a name",
    new: later("1.1.0", ["  - code: 801", "  - code: 820"]),
    findings: ["new:29:11 breaking CODE_NUMBER_CHANGED"],
    exit: 1,
  },
  {
    name: "a name changed for a number",
    new: later("1.1.0", ["name: RATE_LIMIT", "name: RATE_LIMITED"]),
    findings: ["new:16:11 breaking CODE_RENAMED"],
    exit: 1,
  },
  {
    name: "a name changed, with the old name kept as a former name: still breaking (exhaustive switches)",
    new: later("1.1.0", ["name: RATE_LIMIT", "name: RATE_LIMITED"], ["      desktop: [kNIMResFrequently]\n", "      former: [RATE_LIMIT]\n      desktop: [kNIMResFrequently]\n"]),
    findings: ["new:16:11 breaking CODE_RENAMED", "new:21:7 safe ALIAS_ADDED"],
    exit: 1,
  },
  {
    name: "two names swapped between numbers",
    new: later("1.1.0", ["name: RATE_LIMIT", "name: SWAP"], ["name: DUPLICATE_HTTP_REQUEST", "name: RATE_LIMIT"], ["name: SWAP", "name: DUPLICATE_HTTP_REQUEST"]),
    findings: ["new:16:11 breaking CODE_RENAMED", "new:25:11 breaking CODE_RENAMED"],
    exit: 1,
  },
  {
    name: "a category changed",
    new: later("1.1.0", ["    category: team\n    message: The number", "    category: general\n    message: The number"]),
    findings: ["new:31:15 breaking CATEGORY_CHANGED"],
    exit: 1,
  },
  {
    name: "a kind flipped",
    new: later("1.1.0", ["kind: success", "kind: error"]),
    findings: ["new:13:11 breaking KIND_CHANGED"],
    exit: 1,
  },
  {
    name: "retryable changed",
    new: later("1.1.0", ["    retryable: true\n", "    retryable: false\n"]),
    findings: ["new:18:16 dangerous RETRYABLE_CHANGED"],
    exit: 0,
  },
  {
    name: "a message changed in meaning",
    new: later("1.0.1", ["message: HTTP request is repeated.", "message: The device is not trusted."]),
    findings: ["new:27:14 dangerous MESSAGE_CHANGED"],
    exit: 0,
  },
  {
    name: "a message clarified (case and punctuation)",
    new: later("1.0.1", ["message: Rate upper limit is reached.", "message: Rate  Upper limit is reached!"]),
    findings: ["new:19:14 safe MESSAGE_CLARIFIED"],
    exit: 0,
  },
  {
    name: "a deprecation added",
    new: later("1.1.0", ["    category: team\n    message: The number of team members exceeds the upper limit.\n", "    category: team\n    message: The number of team members exceeds the upper limit.\n    deprecated: { since: 1.1.0, reason: Use per-team limits., replacedBy: RATE_LIMIT }\n"]),
    findings: ["new:33:17 safe DEPRECATION_ADDED"],
    exit: 0,
  },
  {
    name: "a deprecation removed",
    new: later("1.1.0", ["    deprecated: { since: 1.0.0, reason: The server no longer sends it. }\n", ""]),
    findings: ["new:24:5 safe DEPRECATION_REMOVED"],
    exit: 0,
  },
  {
    name: "a deprecation changed",
    new: later("1.0.1", ["reason: The server no longer sends it.", "reason: The server stopped sending it in 2022."]),
    findings: ["new:28:17 safe DEPRECATION_CHANGED"],
    exit: 0,
  },
  {
    name: "an alias removed",
    new: later("1.1.0", ["      ios: [NIMRemoteErrorCodeFrequently]\n", ""]),
    findings: ["new:15:5 breaking ALIAS_REMOVED"],
    exit: 1,
  },
  {
    name: "a reserved entry removed",
    new: later("1.1.0", ["reserved:\n  - code: 999\n    name: PACK_ERROR\n    reason: Packing moved to the client.\n", ""]),
    findings: ["old:36:5 breaking RESERVED_REMOVED"],
    exit: 1,
  },
  {
    name: "a reserved number and name reused after the reservation was dropped",
    new: later(
      "1.1.0",
      ["reserved:\n  - code: 999\n    name: PACK_ERROR\n    reason: Packing moved to the client.\n", ""],
      [code801, `${code801}  - code: 999\n    name: PACK_ERROR\n    category: general\n    message: Packaging error.\n`],
    ),
    findings: ["new:35:11 breaking RESERVED_NUMBER_REUSED", "old:36:5 breaking RESERVED_REMOVED"],
    exit: 1,
  },
  {
    name: "a reserved name reused at another number",
    new: later(
      "1.1.0",
      ["    name: PACK_ERROR\n", ""],
      [code801, `${code801}  - code: 998\n    name: PACK_ERROR\n    category: general\n    message: Packaging error.\n`],
    ),
    findings: ["new:36:11 breaking RESERVED_NAME_REUSED", "old:36:5 breaking RESERVED_REMOVED"],
    exit: 1,
  },
  {
    name: "a category removed along with its code",
    new: later("2.0.0", ["  - id: team\n    title: Team\n    description: Team codes.\n", ""], [code801, ""], [reserved, `${reserved}  - code: 801\n    name: TEAM_MEMBER_LIMIT\n    reason: Teams moved.\n`]),
    findings: ["old:6:9 breaking CATEGORY_REMOVED", "old:29:5 dangerous CODE_RETIRED_WITHOUT_DEPRECATION", "new:27:5 safe RESERVED_ADDED"],
    exit: 0,
  },
  {
    name: "a category added and one reworded",
    new: later("1.1.0", ["description: Team codes.", "description: Codes of team operations.\n  - id: chatroom\n    title: Chat room\n    description: Chat room codes."]),
    findings: ["new:6:5 safe CATEGORY_TEXT_CHANGED", "new:9:9 safe CATEGORY_ADDED"],
    exit: 0,
  },
  {
    name: "a setting changed",
    new: later("1.1.0", ["version: 1.1.0\n", "version: 1.1.0\nsettings:\n  kotlin:\n    package: com.example.codes\n"]),
    findings: ["new:4:14 breaking SETTING_CHANGED"],
    exit: 1,
  },
  {
    name: "the version went back",
    old: later("1.2.0"),
    new: later("1.1.0"),
    findings: ["new:1:10 breaking VERSION_DECREASED"],
    exit: 1,
  },
  {
    name: "a change without a new version",
    new: later("1.0.0", ["message: Rate upper limit is reached.", "message: Rate upper limit is reached!"]),
    findings: ["new:1:10 dangerous VERSION_NOT_RAISED", "new:19:14 safe MESSAGE_CLARIFIED"],
    exit: 0,
  },
  {
    name: "since changed",
    old: later("1.1.0", ["    kind: success\n", "    kind: success\n    since: 1.0.0\n"]),
    new: later("1.2.0", ["    kind: success\n", "    kind: success\n    since: 1.1.0\n"]),
    findings: ["new:14:12 dangerous SINCE_CHANGED"],
    exit: 0,
  },
  {
    name: "platform conflicts changed",
    new: later("1.0.1", ["meaning: Another limit.", "meaning: A different limit."]),
    findings: ["new:34:7 safe CONFLICTS_CHANGED"],
    exit: 0,
  },
  {
    name: "a symbol in a message changed: a change in meaning, not wording",
    old: later("1.0.0", ["message: HTTP request is repeated.", "message: Quota is 1,000."]),
    new: later("1.0.1", ["message: HTTP request is repeated.", "message: Quota is 1.000%."]),
    findings: ["new:27:14 dangerous MESSAGE_CHANGED"],
    exit: 0,
  },
  {
    name: "a new code dated to a version already released",
    new: later("1.1.0", [code801, `${code801}  - code: 802\n    name: TEAM_ACCESS_DENIED\n    category: team\n    since: 1.0.0\n    message: No permissions.\n`]),
    findings: ["new:38:12 dangerous HISTORY_BACKDATED", "new:35:5 safe CODE_ADDED"],
    exit: 0,
  },
  {
    name: "a retired name brought back as another code's alias",
    new: later("1.1.0", [code431, ""], [reserved, `${reserved}  - code: 431\n    reason: Retired.\n`], ["    kind: success\n", "    kind: success\n    aliases: { former: [DUPLICATE_HTTP_REQUEST] }\n"]),
    findings: ["new:10:5 breaking NAME_REUSED", "old:24:5 dangerous RETIRED_NAME_NOT_RESERVED", "new:14:14 safe ALIAS_ADDED", "old:24:5 safe CODE_RETIRED", "new:32:5 safe RESERVED_ADDED"],
    exit: 1,
  },
  {
    name: "a renamed number whose old name moved to a new number",
    new: later("1.1.0", ["name: TEAM_MEMBER_LIMIT", "name: TEAM_FULL"], [reserved, `  - code: 805\n    name: TEAM_MEMBER_LIMIT\n    category: team\n    message: Moved.\n${reserved}`]),
    findings: ["new:30:11 breaking CODE_RENAMED", "new:35:11 breaking CODE_NUMBER_CHANGED"],
    exit: 1,
  },
  {
    name: "the version removed",
    old: later("1.0.0", [deprecation, ""]),
    new: later("1.0.0", ["version: 1.0.0\n", ""], [deprecation, ""], ["message: Rate upper limit is reached.", "message: Rate upper limit is reached!"]),
    findings: ["new:1:1 breaking VERSION_REMOVED", "new:18:14 safe MESSAGE_CLARIFIED"],
    exit: 1,
  },
  {
    name: "a version adopted: breaking changes from an unversioned spec are a first major release",
    old: later("1.0.0", ["version: 1.0.0\n", ""], [deprecation, ""]),
    new: later("1.0.0", [deprecation, ""], ["name: RATE_LIMIT", "name: RATE_LIMITED"]),
    findings: ["new:16:11 breaking CODE_RENAMED"],
    exit: 0,
  },
  {
    name: "a code retired with its number reserved but not its names",
    new: later("2.0.0", [code431, ""], [reserved, `${reserved}  - code: 431\n    reason: Retired.\n`]),
    findings: ["old:24:5 dangerous RETIRED_NAME_NOT_RESERVED", "old:24:5 safe CODE_RETIRED", "new:31:5 safe RESERVED_ADDED"],
    exit: 0,
  },
  {
    name: "a former name made the canonical name again is not a removed alias",
    old: later("1.0.0", ["name: RATE_LIMIT", "name: RATE_LIMITED"], ["      desktop: [kNIMResFrequently]\n", "      former: [RATE_LIMIT]\n      desktop: [kNIMResFrequently]\n"]),
    new: later("2.0.0", ["      desktop: [kNIMResFrequently]\n", "      former: [RATE_LIMITED]\n      desktop: [kNIMResFrequently]\n"]),
    findings: ["new:16:11 breaking CODE_RENAMED", "new:21:7 safe ALIAS_ADDED"],
    exit: 0,
  },
  {
    name: "a decimal point added before a digit changes the meaning",
    old: later("1.0.0", ["message: HTTP request is repeated.", "message: Wait 5 seconds."]),
    new: later("1.0.1", ["message: HTTP request is repeated.", "message: Wait .5 seconds."]),
    findings: ["new:27:14 dangerous MESSAGE_CHANGED"],
    exit: 0,
  },
];
