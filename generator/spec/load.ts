import { constructFromEvents, CORE_SCHEMA, defineScalarTag, parseEvents, Schema, strTag, type Event } from "js-yaml";
import { excerpt, quote, type Diagnostic, type SpecPath } from "../shared/diagnostics.js";
import { nestingMessage, SpecEvents } from "./events.js";
import { LineIndex } from "./lines.js";
import { plainEvents } from "./plain-events.js";
import { maxSpecBytes } from "./read.js";

/** A parsed spec: its plain data plus what is needed to point at any place in the file. */
export interface LoadedSpec {
  /** The data as plain JavaScript values, not yet validated. */
  readonly data: unknown;
  /** Line and column of the value at `path`, or of its key when `key` is set (for "unknown field" errors). */
  locate(path: SpecPath, key?: boolean): { line: number; column: number };
}

/**
 * Nesting deeper than this is refused by the parser, at the place it goes deeper: the spec needs four
 * levels, and every way YAML nests (brackets, indentation, `- - -`, `? ` keys, with anchors or tags between)
 * counts, as the parser itself counts them.
 */
export const maxNesting = 64;

/**
 * More YAML nodes than this are refused before parsing, so that what passes parses in about a second and
 * under 600 MiB (measured: README, "Limits"). Counted generously, wherever these characters stand, quoted or
 * not, whatever white space or line end follows: `[`, `{`, `,`, `&`, `!`, `*`, and `-`, `?`, `:` before
 * white space or the end. 100,000 codes of the real spec's shape count about 1,020,000.
 */
export const maxNodes = 1_200_000;

/** Alias nodes beyond this many are refused; a spec needs none. Their expansion is bounded by maxNodes too. */
export const maxAliases = 100;

/**
 * Keys beyond this many in one mapping are refused: the largest mapping of a spec has a dozen, and a
 * million keys would cost the parser and the schema check a gigabyte between them.
 */
export const maxKeys = 1_000;

/**
 * Different key texts beyond this many are refused: a spec's keys are the names of its fields, a few
 * dozen, and every different key gives the built data a new object shape (a list of a million one-key
 * mappings with different keys costs gigabytes; with the same key, a few hundred megabytes).
 */
export const maxDistinctKeys = 10_000;

/**
 * Aliases may not expand the spec's text (the scalars' lengths, each alias counted as what it names) beyond
 * this: twice the largest file. One long string named a hundred times would otherwise be read a hundred
 * times by every check.
 */
export const maxExpandedText = 2 * maxSpecBytes;

/**
 * js-yaml's core schema, but every string made flat as soon as it is made. js-yaml joins a quoted or folded
 * string a piece at a time, and V8 keeps such a string as a tree of its pieces until something reads it
 * whole: 2,200 messages of 5,000 `\n` escapes each held 22 million pieces for the whole run (validating
 * them took 6 s and 840 MB; flat, they take a fraction of that). Reading one character flattens the
 * string, and its pieces die young.
 */
const flatStringSchema = new Schema([
  ...CORE_SCHEMA.tags,
  defineScalarTag(strTag.tagName, {
    resolve: (source) => {
      source.charCodeAt(0);
      return source;
    },
    identify: strTag.identify,
  }),
]);

/** The count maxNodes limits: one regular expression over the whole text, which no quoting can hide from. */
export function countNodes(text: string): number {
  // `:` before `,`, `]` or `}` too: `[k:,k:]` is a list of mappings, three nodes an entry.
  return text.match(/[[{,&!*]|[-?:](?=[ \t\r\n,\]}]|$)/g)?.length ?? 0;
}

/**
 * Parses spec text as YAML (js-yaml's event parser, YAML 1.2 core schema), keeping what is needed to locate
 * any path. Syntax errors, several documents, keys that are lists or mappings and alias bombs come back as
 * located diagnostics; the data is absent when the text is not usable.
 */
export function loadSpec(text: string): { spec?: LoadedSpec; diagnostics: Diagnostic[] } {
  const lines = new LineIndex(text);
  const at = (offset: number, message: string): Diagnostic => ({ severity: "error", ...lines.position(offset), path: "", message });
  const nodes = countNodes(text);
  if (nodes > maxNodes) {
    const message = `the spec has more than ${maxNodes.toLocaleString("en")} YAML nodes (lists, mappings, keys and their punctuation); the limit keeps parsing fast and small (100,000 codes count about 1,020,000)`;
    return { diagnostics: [at(0, message)] };
  }
  let events: Event[];
  try {
    // The plain block YAML specs are written in is read without js-yaml's scanner (see plain-events.ts).
    events = plainEvents(text) ?? parseEvents(text, { maxDepth: maxNesting });
  } catch (error) {
    return { diagnostics: [yamlError(error, text, at)] };
  }
  const structure = new SpecEvents(events, text);
  const { documents, problems } = structure.check({ aliases: maxAliases, expandedNodes: maxNodes, expandedText: maxExpandedText, keys: maxKeys, distinctKeys: maxDistinctKeys, depth: maxNesting });
  const diagnostics = problems.map((problem) => at(problem.offset, problem.message));
  if (documents > 1) diagnostics.push(at(secondDocument(text, events), "the spec must be one YAML document; remove the `---` separator and merge what follows it"));
  if (diagnostics.length > 0) return { diagnostics };
  let data: unknown;
  try {
    [data] = constructFromEvents(events, { source: text, schema: flatStringSchema });
  } catch (error) {
    return { diagnostics: [yamlError(error, text, at)] };
  }
  const locate = (path: SpecPath, key = false) => lines.position(structure.locate(path, key));
  return { spec: { data, locate }, diagnostics };
}

/** The offset of the second document's `---`, or of its first node. */
function secondDocument(text: string, events: readonly Event[]): number {
  const starts = events.flatMap((event, index) => (event.type === 1 ? [index] : []));
  const first = events[(starts[1] ?? 0) + 1];
  const offset = first === undefined ? text.length : first.type === 2 || first.type === 3 ? first.start : first.type === 4 ? Math.max(first.valueStart, 0) : 0;
  const marker = text.lastIndexOf("---", offset);
  return marker >= 0 ? marker : offset;
}

/** A js-yaml error as a located diagnostic, reworded where a spec author needs to know what to do. */
function yamlError(error: unknown, text: string, at: (offset: number, message: string) => Diagnostic): Diagnostic {
  const { reason, mark } = error as { reason?: string; mark?: { position: number } };
  if (reason === undefined || mark === undefined) throw error;
  const offset = Math.min(mark.position, text.length);
  const word = /^[^\s:,[\]{}]*/.exec(text.slice(offset))?.[0] ?? "";
  // A quoted key is marked just inside its quote; the key starts at the quote.
  const quoted = reason === "duplicated mapping key" && (text[offset - 1] === '"' || text[offset - 1] === "'");
  return at(quoted ? offset - 1 : offset, yamlMessage(reason, text, offset, word));
}

function yamlMessage(reason: string, text: string, offset: number, word: string): string {
  if (reason === "duplicated mapping key") {
    // js-yaml marks a quoted key just inside its opening quote (JSON's keys are all quoted).
    const opening = text[offset - 1];
    const closing = opening === '"' ? closingQuote(text, offset) : opening === "'" ? text.indexOf("'", offset) : -1;
    const raw = closing !== -1 ? text.slice(offset, closing) : (/^[^:\n]*/.exec(text.slice(offset))?.[0].trim().replace(/^(["'])(.*)\1$/, "$2") ?? "");
    // A double-quoted key may spell its letters with escapes (`"n\x61me"`): name it as it reads.
    const key = opening === '"' ? decodedDoubleQuoted(raw) : raw;
    return `duplicate key ${quote(key)}: a key may appear only once in a mapping`;
  }
  if (reason.startsWith("tab characters must not be used in indentation")) return "tabs cannot indent YAML; indent with spaces";
  if (reason.startsWith("nesting exceeded maxDepth")) return nestingMessage(maxNesting);
  const alias = /^unidentified alias "(.*)"$/.exec(reason)?.[1];
  if (alias !== undefined) return `undefined alias *${alias}: no anchor &${alias} comes before it; define the anchor first, or write the value out`;
  if (reason.startsWith("unknown") && reason.includes("tag")) {
    return `unsupported tag ${excerpt(word, 40)}: a spec needs no tags; write the value as plain text (quote it to make it a string)`;
  }
  const hints: Readonly<Record<string, string>> = {
    "deficient indentation": "a line is indented less than the value it continues; is a bracket or a quote above left open?",
    "bad indentation of a mapping entry": "align the key with the keys around it, and give each key its own line (`a: b: c` is not YAML)",
    "end of the stream or a document separator is expected": "a list item and a mapping key cannot stand at one level; check the indentation",
  };
  const hint = hints[reason];
  return `YAML syntax error: ${reason}${hint === undefined ? "" : `; ${hint}`}`;
}

/** The offset of the quote that ends a double-quoted scalar starting at `from` (after its opening quote). */
function closingQuote(text: string, from: number): number {
  for (let index = from; index < text.length; index++) {
    if (text[index] === "\\") index++;
    else if (text[index] === '"') return index;
  }
  return -1;
}

/** A double-quoted key's text with YAML's escapes read (those JSON shares, and \xXX); as written when it cannot be read. */
function decodedDoubleQuoted(raw: string): string {
  try {
    return JSON.parse(`"${raw.replace(/\\x([0-9a-fA-F]{2})/g, "\\u00$1")}"`) as string;
  } catch {
    return raw;
  }
}
