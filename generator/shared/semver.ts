/** A spec version: MAJOR.MINOR.PATCH, numbers only (pre-release tags have no meaning for a code table). */
export interface Version {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
}

/** The pattern the schema also uses: no leading zeros, no `v`, no pre-release or build suffix. */
export const versionPattern = /^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})$/;

/** The version `text` spells, or undefined when it is not MAJOR.MINOR.PATCH. */
export function parseVersion(text: unknown): Version | undefined {
  if (typeof text !== "string") return undefined;
  const match = versionPattern.exec(text);
  if (match === null) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}

/** Negative when a comes first, positive when b does, 0 when equal. */
export function compareVersions(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/** compareVersions for version strings; strings that are not versions sort first, by text. */
export function compareVersionTexts(a: string, b: string): number {
  const [va, vb] = [parseVersion(a), parseVersion(b)];
  if (va === undefined || vb === undefined) return va === vb ? a.localeCompare(b) : va === undefined ? -1 : 1;
  return compareVersions(va, vb);
}
