/**
 * Character classes and word splitting shared by every language helper. Each language decides how to
 * write a character; this module only decides which characters must never appear raw in generated code.
 */

/**
 * Code points that must be written as an escape in any generated literal or comment, as inclusive ranges:
 * C0 and C1 controls and DEL; the soft hyphen, Arabic letter mark, Mongolian vowel separator, zero-width
 * space, word joiner and its kin, and interlinear annotation marks (invisible formatting); bidirectional
 * controls (which can make code read differently from how it compiles); line and paragraph separators;
 * the byte-order mark; lone surrogates. Zero-width joiners stay: emoji and many scripts need them.
 */
const escapeRanges: readonly (readonly [number, number])[] = [
  [0x00, 0x1f],
  [0x7f, 0x9f],
  [0xad, 0xad],
  [0x61c, 0x61c],
  [0x180e, 0x180e],
  [0x200b, 0x200b],
  [0x200e, 0x200f],
  [0x2028, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x2069],
  [0xd800, 0xdfff],
  [0xfeff, 0xfeff],
  [0xfff9, 0xfffb],
];

/** True for a code point that must be written as an escape (see escapeRanges). */
export function mustEscape(codePoint: number): boolean {
  return escapeRanges.some(([first, last]) => codePoint >= first && codePoint <= last);
}

/**
 * A regular expression character class, for the `u` flag, of the code points `mustEscape` flags plus
 * `extra` characters. Escapers test it first and return text that needs nothing as it is: most text does,
 * and walking it code point by code point is what made large specs slow.
 */
export function needsEscapePattern(extra: Iterable<string>): RegExp {
  const ranges = escapeRanges.map(([first, last]) => `\\u{${hex(first, 1)}}-\\u{${hex(last, 1)}}`).join("");
  const chars = [...extra].map((char) => `\\u{${hex(char.codePointAt(0) ?? 0, 1)}}`).join("");
  return new RegExp(`[${ranges}${chars}]`, "u");
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

const quotedPatterns = new WeakMap<object, RegExp>();

/**
 * A double-quoted literal: characters in `escapes` are replaced by their escape, characters that
 * `mustEscape` are written by `escapeCodePoint`, everything else is kept as it is.
 */
export function quoted(
  value: string,
  escapes: Readonly<Record<string, string>>,
  escapeCodePoint: (codePoint: number) => string,
): string {
  let pattern = quotedPatterns.get(escapes);
  if (pattern === undefined) {
    pattern = needsEscapePattern(Object.keys(escapes));
    quotedPatterns.set(escapes, pattern);
  }
  if (!pattern.test(value)) return `"${value}"`;
  const body = mapCodePoints(value, (char, codePoint) => {
    const escape = escapes[char];
    if (escape !== undefined) return escape;
    return mustEscape(codePoint) ? escapeCodePoint(codePoint) : undefined;
  });
  return `"${body}"`;
}

/** One line of a comment: tabs become spaces, characters that `mustEscape` are shown by `show`. */
const commentPattern = needsEscapePattern(["\t"]);

export function commentLine(line: string, show: (codePoint: number) => string): string {
  if (!commentPattern.test(line)) return line;
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

/** `RATE_LIMIT` → `rateLimit`. One pass, no intermediate arrays: it runs for every code of every spec. */
export function lowerCamelCase(name: string): string {
  let out = "";
  let upperNext = false;
  for (let index = 0; index < name.length; index++) {
    const char = name[index] as string;
    if (char === "_" || char === "-") {
      upperNext = out.length > 0;
    } else {
      out += upperNext ? char.toUpperCase() : char.toLowerCase();
      upperNext = false;
    }
  }
  return out;
}

/**
 * `transform` remembered per input: for values that repeat across every code (a category id, a kind),
 * so 100,000 codes cost a handful of calls.
 */
export function memoized(transform: (value: string) => string): (value: string) => string {
  const cache = new Map<string, string>();
  return (value) => {
    let result = cache.get(value);
    if (result === undefined) {
      result = transform(value);
      cache.set(value, result);
    }
    return result;
  };
}

/** `av-call` → `AV_CALL`. */
export function screamingSnakeCase(name: string): string {
  return words(name).join("_").toUpperCase();
}

/** `StatusCode` → `statusCode`: the value-side name that goes with a type name. */
export function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
