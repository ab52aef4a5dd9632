/**
 * Readers of string literals, one per escape grammar, written from each language's reference rather than
 * from our writers: reading back what a writer wrote must give the text it was given. Each throws on
 * anything its language would reject or read differently (an unknown escape, a raw line break, an
 * unescaped quote, a Kotlin `$` that starts a template).
 */

import { DOMParser } from "@xmldom/xmldom";
import { sections } from "../../support/markdown-sections.js";

/** Reads a literal back to the text it holds; throws on anything its language would refuse or read otherwise. */
export type Reader = (literal: string) => string;

function unquoted(literal: string): string {
  if (literal.length < 2 || !literal.startsWith('"') || !literal.endsWith('"')) throw new Error(`not a double-quoted literal: ${literal}`);
  return literal.slice(1, -1);
}

/** Walks a literal's body; `escape` reads the escape after a backslash at `index`, returning its text and length. */
export function read(literal: string, escape: (body: string, index: number) => [string, number], raw: (char: string, body: string, index: number) => void = () => {}): string {
  const body = unquoted(literal);
  let out = "";
  for (let index = 0; index < body.length; ) {
    const char = body[index] as string;
    if (char === "\\") {
      const [text, length] = escape(body, index + 1);
      out += text;
      index += 1 + length;
      continue;
    }
    if (char === '"') throw new Error(`unescaped quote in ${literal}`);
    if (/[\n\r\u2028\u2029\u0085]/.test(char)) throw new Error(`raw line break in ${literal}`);
    raw(char, body, index);
    out += char;
    index++;
  }
  return out;
}

export function hexEscape(body: string, at: number, digits: number): [string, number] {
  const hex = body.slice(at, at + digits);
  if (!new RegExp(`^[0-9A-Fa-f]{${digits}}$`).test(hex)) throw new Error(`bad escape at ${at}: ${body.slice(at - 1, at + digits)}`);
  return [String.fromCodePoint(Number.parseInt(hex, 16)), digits];
}

export const simple = (table: Readonly<Record<string, string>>, body: string, at: number): [string, number] | undefined => {
  const char = body[at] ?? "";
  return table[char] === undefined ? undefined : [table[char], 1];
};

/** Swift: \0 \\ \t \n \r \" \' and \u{1–8 hex digits} (The Swift Programming Language, String Literals). */
const swiftReader: Reader = (literal) =>
  read(literal, (body, at) => {
    const known = simple({ "0": "\0", "\\": "\\", t: "\t", n: "\n", r: "\r", '"': '"', "'": "'" }, body, at);
    if (known !== undefined) return known;
    const match = /^u\{([0-9A-Fa-f]{1,8})\}/.exec(body.slice(at));
    if (match === null) throw new Error(`bad Swift escape: ${body.slice(at - 1, at + 4)}`);
    return [String.fromCodePoint(Number.parseInt(match[1] ?? "", 16)), match[0].length];
  });

/** Kotlin: \t \b \n \r \' \" \\ \$ and \uXXXX; a raw `$` before a letter, `_` or `{` starts a template. */
const kotlinReader: Reader = (literal) =>
  read(
    literal,
    (body, at) => {
      const known = simple({ t: "\t", b: "\b", n: "\n", r: "\r", "'": "'", '"': '"', "\\": "\\", $: "$" }, body, at);
      if (known !== undefined) return known;
      if (body[at] !== "u") throw new Error(`bad Kotlin escape: ${body.slice(at - 1, at + 2)}`);
      const [text] = hexEscape(body, at + 1, 4);
      return [text, 5];
    },
    (char, body, index) => {
      if (char === "$" && /[A-Za-z_{`]/.test(body[index + 1] ?? "")) throw new Error(`Kotlin string template starts at ${index}: ${body.slice(index, index + 4)}`);
    },
  );

/**
 * Go interpreted string literals (The Go Programming Language Specification, Rune literals and String
 * literals): \a \b \f \n \r \t \v \\ \" (not \'), \ooo and \xhh (single bytes), \uXXXX and
 * \UXXXXXXXX (a code point, never a surrogate half). A string is bytes: the escapes' bytes and each raw
 * character's UTF-8 bytes, read back as UTF-8, which must be valid to give text.
 */
const goReader: Reader = (literal) => {
  const bytes: number[] = [];
  // Raw characters come a UTF-16 unit at a time: a pair is encoded once both halves are in.
  let raw = "";
  const utf8 = (text: string) => {
    bytes.push(...Buffer.from(raw + text, "utf8"));
    raw = "";
  };
  const codePoint = (hex: string): string => {
    const value = Number.parseInt(hex, 16);
    if (value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) throw new Error(`Go refuses the escape of U+${hex}`);
    return String.fromCodePoint(value);
  };
  read(
    literal,
    (body, at) => {
      utf8("");
      const known = simple({ a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\", '"': '"' }, body, at);
      if (known !== undefined) {
        utf8(known[0]);
        return ["", 1];
      }
      const rest = body.slice(at);
      const octal = /^[0-7]{3}/.exec(rest);
      if (octal !== null) {
        const value = Number.parseInt(octal[0], 8);
        if (value > 255) throw new Error(`Go octal escape over a byte: \\${octal[0]}`);
        bytes.push(value);
        return ["", 3];
      }
      const byte = /^x([0-9A-Fa-f]{2})/.exec(rest);
      if (byte !== null) {
        bytes.push(Number.parseInt(byte[1] ?? "", 16));
        return ["", 3];
      }
      const unicode = /^(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8}))/.exec(rest);
      if (unicode === null) throw new Error(`bad Go escape: ${body.slice(at - 1, at + 4)}`);
      utf8(codePoint(unicode[1] ?? unicode[2] ?? ""));
      return ["", unicode[0].length];
    },
    (char) => {
      raw += char;
    },
  );
  utf8("");
  return new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array(bytes));
};

/** JSON (and TypeScript, whose double-quoted literals our writer keeps JSON-compatible). */
const jsonReader: Reader = (literal) => {
  if (/[\u2028\u2029]/.test(literal)) throw new Error("raw line separator");
  return JSON.parse(literal) as string;
};

/**
 * Markdown text, placed in a table cell and read by a CommonMark parser that allows `<br>` (as GitHub
 * does), with the two documented limits applied to what it must give back: CRLF and CR read as LF, and
 * C0/C1 controls, which HTML forbids, read as U+FFFD.
 */
export function readMarkdownCell(text: string): string {
  const [section] = sections(`## T\n\n| Cell |\n| --- |\n| ${text} |\n`);
  const cell = section?.rows[0]?.[0];
  if (cell === undefined) throw new Error(`no table cell in: ${text}`);
  return cell;
}

/** What a Markdown reader gives back for `text`, by the two documented limits. */
export function asMarkdownReads(text: string): string {
  return text.replace(/\r\n|\r/g, "\n").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, "\uFFFD");
}

/** XML character data, read by a W3C DOM parser: the text of `<r>…</r>`. */
export function readXmlText(text: string): string {
  const document = new DOMParser().parseFromString(`<r>${text}</r>`, "text/xml");
  return document.documentElement?.textContent ?? "";
}

/** What an XML reader gives back for `text`: XML 1.0 cannot hold C0 controls but tab and line breaks, nor U+FFFE and U+FFFF. */
export function asXmlReads(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "\uFFFD");
}

/**
 * Readers of running text (Language.text), by language id, with what each gives back by its documented
 * limits: the text a reader of that language gets, and the text it should be.
 */
export const textReaders: Readonly<Record<string, { read: (written: string) => string; expected: (text: string) => string }>> = {
  markdown: { read: readMarkdownCell, expected: asMarkdownReads },
  xml: { read: readXmlText, expected: asXmlReads },
};

/** The reader for each escape grammar, by language id. */
export const literalReaders: Readonly<Record<string, Reader>> = {
  typescript: jsonReader,
  json: jsonReader,
  swift: swiftReader,
  kotlin: kotlinReader,
  go: goReader,
};
