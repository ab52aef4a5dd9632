/**
 * Deterministic synthetic specs of any size: valid, with realistic messages and several categories, for
 * the crash-safety tests and the benchmark. The same arguments always give the same text.
 */

const categories = [
  ["general", "General", "Codes any request can return."],
  ["team", "Team", "Codes returned by team operations."],
  ["chatroom", "Chat room", "Codes returned by chat room operations."],
  ["signaling", "Signaling service", "Codes returned by the signaling service."],
  ["registration", "Account registration service", "Codes returned by the registration service."],
] as const;

const subjects = ["account", "team", "chat room", "message", "invitation", "member", "channel", "device", "session", "token"];
const problems = ["does not exist", "already exists", "is banned", "is muted", "exceeds the upper limit", "times out", "is not allowed", "is invalid"];
const words = ["ACCOUNT", "TEAM", "ROOM", "MESSAGE", "INVITE", "MEMBER", "CHANNEL", "DEVICE", "SESSION", "TOKEN"];

/** A small deterministic pseudo-random sequence (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A spec with `count` codes. `variant` changes every message (and nothing else), so two variants render to
 * files of the same names with different bytes.
 */
export function syntheticSpec(count: number, variant = "", seed = 1): string {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const lines = ["# Synthetic spec for tests and benchmarks.", "version: 1.0.0", "categories:"];
  for (const [id, title, description] of categories) {
    lines.push(`  - id: ${id}`, `    title: ${title}`, `    description: ${description}`);
  }
  lines.push("codes:");
  for (let index = 0; index < count; index++) {
    const [category] = categories[index % categories.length] ?? categories[0];
    const name = `${pick(words)}_${pick(words)}_${index}`;
    const message = `The ${pick(subjects)} ${pick(problems)}${variant === "" ? "" : ` (${variant})`}, case ${index}.`;
    lines.push(`  - code: ${100_000 + index}`, `    name: ${name}`, `    category: ${category}`);
    if (index % 7 === 0) lines.push("    retryable: true");
    lines.push(`    message: ${message}`);
  }
  return `${lines.join("\n")}\n`;
}

/** A code entry of the real spec, as far as realShapeSpec needs it. */
interface RealEntry {
  readonly name: string;
  readonly category: string;
  readonly message: string;
  readonly kind?: string;
  readonly retryable?: boolean;
  readonly aliases?: Readonly<Record<string, readonly string[]>>;
  readonly conflicts?: readonly { readonly platform: string; readonly name?: string; readonly meaning: string }[];
}

/** A YAML plain scalar when the text allows one, else a double-quoted one (JSON's escapes are YAML's). */
function scalar(text: string): string {
  return /^[A-Za-z][^:#\n"'{}[\],&*!|>%@`]*$/.test(text) && !/\s$/.test(text) ? text : JSON.stringify(text);
}

/**
 * A spec of `count` codes in the real spec's own shape (`realSpecText`): its entries repeated under new
 * numbers, each with its aliases (made unique) and conflicts, names up to 60 characters and the real
 * messages plus a suffix. `npm run bench`'s second shape: a budget must hold for realistic specs, not only
 * for the short names and messages of syntheticSpec.
 */
export function realShapeSpec(realSpecText: string, parse: (text: string) => unknown, count: number, variant = ""): string {
  const real = parse(realSpecText) as { categories: { id: string; title: string; description: string }[]; codes: RealEntry[] };
  const lines = ["# Real-shape synthetic spec for tests and benchmarks.", "version: 1.0.0", "categories:"];
  for (const { id, title, description } of real.categories) {
    lines.push(`  - id: ${id}`, `    title: ${scalar(title)}`, `    description: ${scalar(description)}`);
  }
  lines.push("codes:");
  for (let index = 0; index < count; index++) {
    const entry = real.codes[index % real.codes.length] as RealEntry;
    const suffix = `_${index}`;
    const code = 1_000 + index;
    lines.push(`  - code: ${code}`, `    name: ${`${entry.name}_COPY`.slice(0, 60 - suffix.length)}${suffix}`, `    category: ${entry.category}`);
    if (entry.kind !== undefined) lines.push(`    kind: ${entry.kind}`);
    if (entry.retryable === true) lines.push("    retryable: true");
    lines.push(`    message: ${scalar(`${entry.message} (copy ${index}${variant === "" ? "" : `, ${variant}`})`)}`);
    // The Android SDK's names are Java shorts: they stand only for numbers up to 32,767.
    const aliases = Object.entries(entry.aliases ?? {}).filter(([source]) => source !== "android" || code <= 32_767);
    if (aliases.length > 0) {
      lines.push("    aliases:");
      for (const [language, names] of aliases) lines.push(`      ${language}: [${names.map((name) => `${name}${suffix}`).join(", ")}]`);
    }
    if (entry.conflicts !== undefined && entry.conflicts.length > 0) {
      lines.push("    conflicts:");
      for (const conflict of entry.conflicts) {
        lines.push(`      - platform: ${scalar(conflict.platform)}`);
        if (conflict.name !== undefined) lines.push(`        name: ${conflict.name}`);
        lines.push(`        meaning: ${scalar(conflict.meaning)}`);
      }
    }
  }
  return `${lines.join("\n")}\n`;
}
