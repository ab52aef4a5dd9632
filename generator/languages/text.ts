/**
 * Character classes and word splitting shared by every language helper. Each language decides how to
 * write a character; this module only decides which characters must never appear raw in generated code.
 */

/**
 * True for code points that must be written as an escape in any generated literal or comment: C0 and C1
 * controls, DEL, line and paragraph separators, the byte-order mark, bidirectional controls (which can make
 * code read differently from how it compiles), invisible formatting characters (soft hyphen, zero-width
 * space, word joiner and its kin) and lone surrogates. Zero-width joiners stay: emoji and many scripts need
 * them.
 */
export function mustEscape(codePoint: number): boolean {
  return (
    codePoint < 0x20 ||
    (codePoint >= 0x7f && codePoint <= 0x9f) ||
    codePoint === 0x2028 ||
    codePoint === 0x2029 ||
    codePoint === 0xfeff ||
    codePoint === 0x00ad ||
    codePoint === 0x180e ||
    codePoint === 0x200b ||
    (codePoint >= 0x2060 && codePoint <= 0x2064) ||
    (codePoint >= 0xfff9 && codePoint <= 0xfffb) ||
    codePoint === 0x200e ||
    codePoint === 0x200f ||
    codePoint === 0x061c ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2066 && codePoint <= 0x2069) ||
    (codePoint >= 0xd800 && codePoint <= 0xdfff)
  );
}

/** Upper-case hexadecimal, left-padded with zeros to `width` digits. */
export function hex(codePoint: number, width: number): string {
  return codePoint.toString(16).toUpperCase().padStart(width, "0");
}

/**
 * Rewrites `text` code point by code point: `escape` returns the replacement for a code point, or
 * undefined to keep it as it is.
 */
export function mapCodePoints(text: string, escape: (char: string, codePoint: number) => string | undefined): string {
  let out = "";
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    out += escape(char, codePoint) ?? char;
  }
  return out;
}

/** The escapes every C-family string literal shares. */
export const commonEscapes: Readonly<Record<string, string>> = {
  "\\": "\\\\",
  '"': '\\"',
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
};

/**
 * A double-quoted literal: characters in `escapes` are replaced by their escape, characters that
 * `mustEscape` are written by `escapeCodePoint`, everything else is kept as it is.
 */
export function quoted(
  value: string,
  escapes: Readonly<Record<string, string>>,
  escapeCodePoint: (codePoint: number) => string,
): string {
  const body = mapCodePoints(value, (char, codePoint) => {
    const escape = escapes[char];
    if (escape !== undefined) return escape;
    return mustEscape(codePoint) ? escapeCodePoint(codePoint) : undefined;
  });
  return `"${body}"`;
}

/** One line of a comment: tabs become spaces, characters that `mustEscape` are shown by `show`. */
export function commentLine(line: string, show: (codePoint: number) => string): string {
  return mapCodePoints(line, (char, codePoint) => {
    if (char === "\t") return " ";
    return mustEscape(codePoint) ? show(codePoint) : undefined;
  });
}

/** Splits on CRLF, CR or LF: the line breaks a spec author can type. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** The lower-case words of a SCREAMING_SNAKE name or a kebab-case id: `FOO__BAR` and `foo-bar` give `foo`, `bar`. */
export function words(name: string): string[] {
  return name
    .split(/[_-]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** `RATE_LIMIT` → `rateLimit`. */
export function lowerCamelCase(name: string): string {
  const [first = "", ...rest] = words(name);
  return first + rest.map(capitalize).join("");
}

/** `av-call` → `AV_CALL`. */
export function screamingSnakeCase(name: string): string {
  return words(name).join("_").toUpperCase();
}

/** `StatusCode` → `statusCode`: the value-side name that goes with a type name. */
export function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
