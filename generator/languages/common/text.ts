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

/**
 * The characters an escaper rewrites: those `mustEscape` flags plus its own. `pattern` finds the first such
 * character at the regular expression engine's speed, so text that needs nothing, the common case, is not
 * walked in JavaScript at all; `all` finds them one after another (see rewriteFew); `flags` holds one flag
 * per UTF-16 code unit for the rewriting pass over a text with many (one array read a unit, however many
 * ranges there are). The flags are made on first use: a run that escapes no long text never needs them, and
 * making a 64 KiB table for each escaper when the command loads cost a fresh run about a millisecond.
 */
export class EscapedCharacters {
  readonly pattern: RegExp;
  readonly all: RegExp;
  readonly #ranges: readonly (readonly [number, number])[];
  readonly #chars: readonly string[];
  #flags: Uint8Array | undefined;

  /** The code points of `ranges` (inclusive) and the characters `chars`, each of which must be one UTF-16 unit. */
  constructor(ranges: readonly (readonly [number, number])[], chars: readonly string[]) {
    this.#ranges = ranges;
    this.#chars = chars;
    for (const char of chars) {
      // Nothing above U+FFFF is ever escaped, so a flag per unit is enough.
      if (char.length !== 1) throw new Error(`an escaped character must be one UTF-16 unit, not ${JSON.stringify(char)}`);
    }
    const classes = ranges.map(([first, last]) => `\\u{${hex(first, 1)}}-\\u{${hex(last, 1)}}`);
    const singles = chars.map((char) => `\\u{${hex(char.charCodeAt(0), 1)}}`);
    const source = `[${[...classes, ...singles].join("")}]`;
    this.pattern = new RegExp(source, "u");
    this.all = new RegExp(source, "gu");
  }

  get flags(): Uint8Array {
    if (this.#flags === undefined) {
      const flags = new Uint8Array(0x10000);
      for (const [first, last] of this.#ranges) flags.fill(1, first, last + 1);
      for (const char of this.#chars) flags[char.charCodeAt(0)] = 1;
      this.#flags = flags;
    }
    return this.#flags;
  }
}

/** The characters `mustEscape` flags plus `extra`, each of which must be one UTF-16 unit. */
export function escapedCharacters(extra: Iterable<string>): EscapedCharacters {
  return new EscapedCharacters(escapeRanges, [...extra]);
}

const mustEscapeCharacters = escapedCharacters([]);

/** True for a code point that must be written as an escape (see escapeRanges). */
export function mustEscape(codePoint: number): boolean {
  return codePoint <= 0xffff && mustEscapeCharacters.flags[codePoint] === 1;
}

/**
 * A regular expression character class, for the `u` flag, of the code points `mustEscape` flags plus
 * `extra` characters.
 */
export function needsEscapePattern(extra: Iterable<string>): RegExp {
  return escapedCharacters(extra).pattern;
}

/** Upper-case hexadecimal, left-padded with zeros to `width` digits. */
export function hex(codePoint: number, width: number): string {
  return codePoint.toString(16).toUpperCase().padStart(width, "0");
}

/**
 * Rewrites the characters of `text` that `characters` holds, in one pass that costs the same however
 * hostile the text: each UTF-16 unit of the result is written once into a buffer, which becomes one string
 * at the end. (Adding a character at a time to a string made every escaper slow and hungry for memory on
 * long texts of special characters; an array of pieces, one per escape, still cost three times as much.)
 * `rewrite` gets the code point and its index in `text` and returns its replacement, or undefined to keep
 * it. A surrogate pair is kept as it is (nothing above U+FFFF is flagged); a lone surrogate is a code point
 * of its own. Returns `text` itself when nothing changed.
 */
export function rewriteEscaped(text: string, characters: EscapedCharacters, rewrite: (codePoint: number, index: number) => string | undefined): string {
  const first = text.search(characters.pattern);
  if (first < 0) return text;
  const few = rewriteFew(text, characters.all, first, rewrite);
  if (few !== undefined) return few;
  const flags = characters.flags;
  const length = text.length;
  let out = takeBuffer(length);
  let size = 0;
  let units = 0; // every unit written, OR-ed: at most 0xFF means the result fits a one-byte string
  let changed = false;
  for (let index = 0; index < length; index++) {
    const unit = text.charCodeAt(index);
    units |= unit;
    if (index < first || flags[unit] === 0) {
      out[size++] = unit;
      continue;
    }
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out[size++] = unit;
        out[size++] = next;
        index++;
        continue;
      }
    }
    const replacement = rewrite(unit, index);
    if (replacement === undefined) {
      out[size++] = unit;
      continue;
    }
    changed = true;
    // Room for this replacement and the rest of the text; a later replacement makes its own.
    const needed = size + replacement.length + length - index;
    if (needed > out.length) out = grown(out, size, needed);
    for (let at = 0; at < replacement.length; at++) {
      const replacementUnit = replacement.charCodeAt(at);
      units |= replacementUnit;
      out[size++] = replacementUnit;
    }
  }
  const result = changed ? decode(out, size, units <= 0xff) : text;
  spareBuffer = out;
  return result;
}

/** Characters to rewrite up to which rewriteFew joins slices of the text; past them, the one pass does. */
const fewRewrites = 8;

/**
 * rewriteEscaped for a text with a few characters to rewrite, the usual text: the characters are found by
 * the regular expression engine, from `first`, and the text between them is sliced, not walked a unit at a
 * time (a fresh run walks in V8's interpreter, where that loop cost about 3 ms for the real spec).
 * `undefined` past fewRewrites characters, and rewriteEscaped's one pass starts over (rewrite is a pure
 * function of its arguments and the text, so calling it again for the same characters is harmless).
 */
function rewriteFew(text: string, all: RegExp, first: number, rewrite: (codePoint: number, index: number) => string | undefined): string | undefined {
  let result = "";
  let kept = 0;
  for (let count = 1, from = first; ; count++) {
    // Set before each search: a rewrite may itself rewrite a text with the same characters.
    all.lastIndex = from;
    const match = all.exec(text);
    if (match === null) break;
    // Nothing above U+FFFF is flagged: a match is one unit (a lone surrogate included).
    if (count > fewRewrites || match[0].length !== 1) return undefined;
    const index = match.index;
    from = index + 1;
    const replacement = rewrite(text.charCodeAt(index), index);
    if (replacement === undefined) continue;
    result += text.slice(kept, index) + replacement;
    kept = index + 1;
  }
  return kept === 0 ? text : result + text.slice(kept);
}

/**
 * The buffer the last rewrite used, for the next: taken while a rewrite runs, so that one started from
 * inside a `rewrite` callback gets a buffer of its own.
 */
let spareBuffer: Uint16Array | undefined;

function takeBuffer(capacity: number): Uint16Array {
  const buffer = spareBuffer !== undefined && spareBuffer.length >= capacity ? spareBuffer : new Uint16Array(Math.max(capacity, 1 << 16));
  spareBuffer = undefined;
  return buffer;
}

/** A buffer of at least `capacity` units holding the first `kept` units of `buffer`. */
function grown(buffer: Uint16Array, kept: number, capacity: number): Uint16Array {
  const bigger = new Uint16Array(Math.max(capacity, buffer.length * 2));
  bigger.set(buffer.subarray(0, kept));
  return bigger;
}

/** Where decode narrows a result to bytes; nothing runs between filling and reading it. Made on first use. */
let bytes = new Uint8Array(0);

/**
 * The first `size` units of `units` as a string: a one-byte string when every unit fits a byte (V8 keeps
 * such a string, most escaped text, at half the memory), else a two-byte one.
 */
function decode(units: Uint16Array, size: number, oneByte: boolean): string {
  if (!oneByte) return Buffer.from(units.buffer, units.byteOffset, size * 2).toString("utf16le");
  if (bytes.length < size) bytes = new Uint8Array(Math.max(size, 1 << 16, bytes.length * 2));
  bytes.set(units.subarray(0, size));
  return Buffer.from(bytes.buffer, bytes.byteOffset, size).toString("latin1");
}

/**
 * `escape` remembered per code point: made once for each character it is asked about, and looked up
 * without a map while one character repeats. Escapers make one per call when the escape is theirs to be
 * given, or one for good when it is fixed (at most one entry per BMP character).
 */
export function perCodePoint(escape: (codePoint: number) => string): (codePoint: number) => string {
  let known: Map<number, string> | undefined;
  let last = -1;
  let lastEscape = "";
  return (codePoint) => {
    if (codePoint === last) return lastEscape;
    known ??= new Map();
    let result = known.get(codePoint);
    if (result === undefined) {
      result = escape(codePoint);
      known.set(codePoint, result);
    }
    last = codePoint;
    lastEscape = result;
    return result;
  };
}

/** The escapes every C-family string literal shares. */
export const commonEscapes: Readonly<Record<string, string>> = {
  "\\": "\\\\",
  '"': '\\"',
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
};

/** An escape table as `quoted` uses it: its characters, and each escape by UTF-16 unit. */
interface QuotedTable {
  readonly characters: EscapedCharacters;
  readonly byUnit: readonly (string | undefined)[];
}

/** Each escape table `quoted` has been given, made ready once. */
const quotedTables = new WeakMap<object, QuotedTable>();

/**
 * A double-quoted literal: characters in `escapes` are replaced by their escape, characters that
 * `mustEscape` are written by `escapeCodePoint`, everything else is kept as it is.
 */
export function quoted(
  value: string,
  escapes: Readonly<Record<string, string>>,
  escapeCodePoint: (codePoint: number) => string,
): string {
  let table = quotedTables.get(escapes);
  if (table === undefined) {
    const byUnit: (string | undefined)[] = [];
    for (const [char, escape] of Object.entries(escapes)) byUnit[char.charCodeAt(0)] = escape;
    table = { characters: escapedCharacters(Object.keys(escapes)), byUnit };
    quotedTables.set(escapes, table);
  }
  const { characters, byUnit } = table;
  // Most texts need no escape: no escaping functions are made for them (a run quotes thousands of texts).
  if (!characters.pattern.test(value)) return `"${value}"`;
  const escape = perCodePoint(escapeCodePoint);
  return `"${rewriteEscaped(value, characters, (codePoint) => byUnit[codePoint] ?? escape(codePoint))}"`;
}

const commentCharacters = escapedCharacters(["\t"]);

/** One line of a comment: tabs become spaces, characters that `mustEscape` are shown by `show`. */
export function commentLine(line: string, show: (codePoint: number) => string): string {
  const escape = perCodePoint((codePoint) => (codePoint === 0x09 ? " " : show(codePoint)));
  return rewriteEscaped(line, commentCharacters, escape);
}

/**
 * Every line of `text` made safe as commentLine makes one, the lines joined by LF: what
 * `splitLines(text).map((line) => commentLine(line, show)).join("\n")` gives, in one pass over the whole
 * text rather than a few steps per line (a message of 5,000 short lines is 5,000 lines).
 */
export function commentText(text: string, show: (codePoint: number) => string): string {
  const escape = perCodePoint((codePoint) => (codePoint === 0x09 ? " " : show(codePoint)));
  return rewriteEscaped(text, commentCharacters, (codePoint, index) => {
    if (codePoint === 0x0a) return undefined;
    // A CR ends a line too; the CR of a CRLF gives way to its LF.
    if (codePoint === 0x0d) return text.charCodeAt(index + 1) === 0x0a ? "" : "\n";
    return escape(codePoint);
  });
}

/** Line feeds alone: where prefixLines starts a line. */
const lineFeeds = new EscapedCharacters([], ["\n"]);

/**
 * The LF-separated lines of `text`, each after `prefix` and, when it is not empty, a space: how a comment
 * lays out its lines (`prefix` ` *` or `///`), in one pass whatever the number of lines.
 */
export function prefixLines(text: string, prefix: string): string {
  // One line (most comments): nothing to rewrite.
  if (!text.includes("\n")) return text === "" ? prefix : `${prefix} ${text}`;
  const bare = `\n${prefix}`;
  const spaced = `\n${prefix} `;
  const rest = rewriteEscaped(text, lineFeeds, (_, index) => (index + 1 === text.length || text.charCodeAt(index + 1) === 0x0a ? bare : spaced));
  return `${text === "" || text.charCodeAt(0) === 0x0a ? prefix : `${prefix} `}${rest}`;
}

/**
 * Whether `text` is all ASCII: then a class of ASCII letters and digits matches what Unicode's letter and
 * number categories would, without compiling their tables for the expression (a millisecond or more of a
 * fresh run).
 */
export function isAscii(text: string): boolean {
  return /^[\x00-\x7f]*$/.test(text);
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

/**
 * `RATE_LIMIT` → `rateLimit`: the words split at `_` and `-` (leading, repeated and trailing ones count for
 * nothing), the first lower case, each later one with its first UTF-16 unit upper case. A word at a time,
 * never a character at a time: a 20,000-character category id costs one pass.
 */
export function lowerCamelCase(name: string): string {
  const pieces: string[] = [];
  for (const word of name.split(/[_-]+/)) {
    if (word === "") continue;
    pieces.push(pieces.length === 0 ? lowerEachUnit(word) : word.charAt(0).toUpperCase() + lowerEachUnit(word.slice(1)));
  }
  return pieces.join("");
}

/**
 * Each UTF-16 unit lower-cased on its own, as the casing has always been done, so that no name changes:
 * lower-casing the whole string at once is the same, and native, unless it holds a surrogate pair (𐐀 has a
 * lower case of its own) or a capital sigma (whose lower case depends on the letter after it).
 */
function lowerEachUnit(text: string): string {
  if (!/[\u03A3\uD800-\uDFFF]/.test(text)) return text.toLowerCase();
  return text.split("").map((unit) => unit.toLowerCase()).join("");
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
