/**
 * The escapers and casing helpers as they were first written: a character (or a line) at a time, each
 * decision spelt out, slow on long hostile text but plain to read. The generator's own are written for
 * speed (a buffer filled once, whole-text passes); linear-escapers.test.ts holds them to these, character
 * for character, on random text.
 */

/** The code points every output escapes, as the generator's text module lists them. */
const escapeRanges: readonly (readonly [number, number])[] = [
  [0x00, 0x1f], [0x7f, 0x9f], [0xad, 0xad], [0x61c, 0x61c], [0x180e, 0x180e], [0x200b, 0x200b], [0x200e, 0x200f],
  [0x2028, 0x202e], [0x2060, 0x2064], [0x2066, 0x2069], [0xd800, 0xdfff], [0xfeff, 0xfeff], [0xfff9, 0xfffb],
];

export function mustEscape(codePoint: number): boolean {
  return escapeRanges.some(([first, last]) => codePoint >= first && codePoint <= last);
}

function hex(codePoint: number, width: number): string {
  return codePoint.toString(16).toUpperCase().padStart(width, "0");
}

/** `text` code point by code point: `escape` gives a replacement, or undefined to keep the code point. */
function mapCodePoints(text: string, escape: (char: string, codePoint: number) => string | undefined): string {
  let out = "";
  for (const char of text) out += escape(char, char.codePointAt(0) ?? 0) ?? char;
  return out;
}

function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function quoted(value: string, escapes: Readonly<Record<string, string>>, escapeCodePoint: (codePoint: number) => string): string {
  const body = mapCodePoints(value, (char, codePoint) => escapes[char] ?? (mustEscape(codePoint) ? escapeCodePoint(codePoint) : undefined));
  return `"${body}"`;
}

export function commentLine(line: string, show: (codePoint: number) => string): string {
  return mapCodePoints(line, (char, codePoint) => (char === "\t" ? " " : mustEscape(codePoint) ? show(codePoint) : undefined));
}

const commonEscapes: Readonly<Record<string, string>> = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t" };
const u4 = (codePoint: number) => `\\u${hex(codePoint, 4)}`;
const swiftU = (codePoint: number) => `\\u{${hex(codePoint, 1)}}`;

export const jsonString = (value: string) => quoted(value, commonEscapes, u4);
export const kotlinString = (value: string) => quoted(value, { ...commonEscapes, $: "\\$" }, u4);
export const swiftString = (value: string) => quoted(value, commonEscapes, swiftU);

export function blockDocLine(line: string): string {
  return commentLine(line, u4)
    .replace(/\*\//g, "*\\/")
    .replace(/\/\*/g, "/\\*")
    .replace(/^(\s*)@(?=\w)/, "$1\\@")
    .replace(/\[/g, "\\[");
}

export function blockDoc(text: string, indent: string, tags: readonly (readonly [string, string])[] = []): string {
  const lines = splitLines(text).map(blockDocLine);
  for (const [index, [tag, value]] of tags.entries()) {
    if (index === 0) lines.push("");
    const [first = "", ...rest] = splitLines(value).map(blockDocLine);
    lines.push(`@${tag} ${first}`, ...rest);
  }
  if (lines.length === 1) return `/** ${lines[0]} */`;
  const body = lines.map((line) => (line === "" ? `${indent} *` : `${indent} * ${line}`));
  return ["/**", ...body, `${indent} */`].join("\n");
}

export function swiftDoc(text: string, indent: string): string {
  return splitLines(text)
    .map((line) => commentLine(line, swiftU).replace(/^(\s*)([-+*])(?=\s)/, "$1\\$2"))
    .map((line, index) => `${index === 0 ? "" : indent}///${line === "" ? "" : ` ${line}`}`)
    .join("\n");
}

const markup = new Set(["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "$", "#"]);

export function markdownInline(text: string): string {
  const pattern = /(&(?=#?[A-Za-z0-9]+;))|((?<=[A-Za-z]):(?=\/\/))|((?<=\w)@(?=\w))|[^]/gu;
  return text.replace(/\r\n|\r/g, "\n").replace(pattern, (char, entity?: string, scheme?: string, at?: string) => {
    if (entity !== undefined || scheme !== undefined || at !== undefined || markup.has(char)) return `\\${char}`;
    if (char === "\n") return "<br>";
    const codePoint = char.codePointAt(0) ?? 0;
    return char === "\t" || mustEscape(codePoint) ? `&#x${hex(codePoint, 1)};` : char;
  });
}

function forbiddenInXml(codePoint: number): boolean {
  return (codePoint < 0x20 && codePoint !== 0x09 && codePoint !== 0x0a && codePoint !== 0x0d) || codePoint === 0xfffe || codePoint === 0xffff;
}

export function escapeXml(value: string, attribute: boolean): string {
  let out = "";
  for (const char of value) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (char === "&") out += "&amp;";
    else if (char === "<") out += "&lt;";
    else if (char === ">") out += "&gt;";
    else if (attribute && char === '"') out += "&quot;";
    else if (attribute && char === "'") out += "&apos;";
    else if (forbiddenInXml(codePoint)) out += "\uFFFD";
    else if (mustEscape(codePoint)) out += `&#x${hex(codePoint, 1)};`;
    else out += char;
  }
  return out;
}

export function androidString(value: string): string {
  let out = "";
  let previousSpace = false;
  for (const [index, char] of [...value].entries()) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (char === "\\") out += "\\\\";
    else if (char === "'" || char === '"') out += `\\${char}`;
    else if ((char === "@" || char === "?") && index === 0) out += `\\${char}`;
    else if (char === "\n") out += "\\n";
    else if (char === "\t") out += "\\t";
    else if (char === " " && previousSpace) out += "\\u0020";
    else if (codePoint === 0x0d || mustEscape(codePoint) || forbiddenInXml(codePoint)) out += `\\u${hex(codePoint, 4)}`;
    else out += char;
    previousSpace = char === " ";
  }
  return escapeXml(out, false);
}

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
