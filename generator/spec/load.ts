import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { Diagnostic, SpecPath } from "../shared/diagnostics.js";

/** A parsed spec: its plain data plus what is needed to point at any place in the file. */
export interface LoadedSpec {
  /** The data as plain JavaScript values, not yet validated. */
  readonly data: unknown;
  /** Line and column of the value at `path`, or of its key when `key` is set (for "unknown field" errors). */
  locate(path: SpecPath, key?: boolean): { line: number; column: number };
}

/** Aliases beyond this many in one document are refused: YAML "billion laughs" input expands exponentially. */
const maxAliasCount = 100;

/**
 * Nesting deeper than this is refused before parsing: the spec needs four levels, and the YAML parser
 * recurses once per level, so a hostile file of a million `[` would otherwise exhaust the stack slowly.
 */
export const maxNesting = 64;

/**
 * More YAML nodes than this are refused before parsing. The yaml package needs tens of microseconds and
 * about a kilobyte per node: 10 MB of `[{},{},…]` would take it minutes and gigabytes. 100,000 codes count
 * about 620,000 (the count is generous: it includes punctuation in messages).
 */
export const maxNodes = 1_000_000;

/** What a cheap pass over the text finds before the real parser runs. */
interface Structure {
  /** Where nesting first goes beyond maxNesting, if it does. */
  readonly tooDeepAt: number | undefined;
  /** Collections, entries and keys, counted generously. */
  readonly nodes: number;
}

/**
 * Counts nodes and finds nesting deeper than maxNesting, in one cheap pass before the real parser runs.
 *
 * Nodes: every character that can make one (`[`, `{`, `,`, and `:` or `-` before a space or line end) is
 * counted wherever it stands, quoted or not, so no quoting trick can hide a flood from the count; text in
 * messages only adds a little. Depth: flow brackets outside quoted scalars, block indentation, and block
 * entries on one line (`- - -`). A quote opens a quoted scalar only where a scalar can start.
 */
function scanStructure(text: string): Structure {
  const nodes = text.match(/[[{,]|[:-](?=[ \n]|$)/g)?.length ?? 0;
  let depth = 0;
  let quote: string | undefined;
  let indent = 0;
  let lineStart = true;
  let entriesOnLine = 0;
  // True where a scalar may begin: at a line start, after `[`, `{`, a flow `,`, `: `, `- ` or `? `.
  let scalarCanStart = true;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (quote !== undefined) {
      if (char === "\\" && quote === '"') index++;
      else if (char === quote) quote = undefined;
      continue;
    }
    if (char === "\n") {
      lineStart = true;
      indent = 0;
      entriesOnLine = 0;
      scalarCanStart = true;
      continue;
    }
    if (char === " ") {
      // Two spaces a level is the usual YAML indentation; allow twice that before objecting.
      if (lineStart && ++indent > maxNesting * 4) return { tooDeepAt: index, nodes };
      continue;
    }
    lineStart = false;
    const next = text[index + 1] ?? "\n";
    const indicator = next === " " || next === "\n";
    if ((char === '"' || char === "'") && scalarCanStart) {
      quote = char;
    } else if (char === "#" && (index === 0 || /\s/.test(text[index - 1] ?? ""))) {
      const end = text.indexOf("\n", index);
      index = (end === -1 ? text.length : end) - 1;
    } else if ((char === "[" || char === "{") && scalarCanStart) {
      // Only where a node can start: inside a plain scalar ("in [0, 100)") a bracket is just text.
      if (++depth > maxNesting) return { tooDeepAt: index, nodes };
      scalarCanStart = true;
    } else if ((char === "]" || char === "}") && depth > 0) {
      depth--;
      scalarCanStart = false;
    } else if (char === "," && depth > 0) {
      scalarCanStart = true;
    } else if (char === "-" && indicator && scalarCanStart) {
      if (++entriesOnLine > maxNesting) return { tooDeepAt: index, nodes };
      scalarCanStart = true;
    } else if ((char === ":" || char === "?") && indicator) {
      scalarCanStart = true;
    } else {
      scalarCanStart = false;
    }
  }
  return { tooDeepAt: undefined, nodes };
}

/**
 * Parses spec text as YAML, keeping source positions. Syntax errors (including duplicate keys and several
 * documents in one file) come back as located diagnostics; the data is absent when the text is not usable.
 */
export function loadSpec(text: string): { spec?: LoadedSpec; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const structure = scanStructure(text);
  if (structure.tooDeepAt !== undefined) {
    const before = text.slice(0, structure.tooDeepAt).split("\n");
    const message = `nested more than ${maxNesting} levels deep; a spec needs four (settings, a list, an entry, a field)`;
    return { diagnostics: [{ severity: "error", line: before.length, column: (before.at(-1) ?? "").length + 1, path: "", message }] };
  }
  if (structure.nodes > maxNodes) {
    const message = `the spec has more than ${maxNodes.toLocaleString("en")} YAML nodes (lists, mappings and keys); the limit keeps parsing fast and small (100,000 codes count about 620,000)`;
    return { diagnostics: [{ severity: "error", line: 1, column: 1, path: "", message }] };
  }
  // logLevel "error": the yaml package would otherwise print its own warnings to the console.
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: "error" });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  const diagnostics: Diagnostic[] = [];
  for (const error of document.errors) {
    // The text from the error to the end of its line, such as the key of a duplicate `key: value`.
    const source = /^[^:\n]*/.exec(text.slice(error.pos[0]))?.[0] ?? "";
    const message = yamlMessage(error.code, error.message, source, "YAML syntax error");
    diagnostics.push({ severity: "error", ...at(error.pos[0]), path: "", message });
  }
  for (const warning of document.warnings) {
    diagnostics.push({ severity: "warning", ...at(warning.pos[0]), path: "", message: yamlMessage(warning.code, warning.message, "", "YAML") });
  }
  if (diagnostics.some((diagnostic) => diagnostic.severity === "error")) return { diagnostics };

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = /alias/i.test(reason)
      ? `too many alias expansions (over ${maxAliasCount}); a spec needs none, and many are a "billion laughs" attack`
      : `cannot read the YAML: ${reason}`;
    diagnostics.push({ severity: "error", line: 1, column: 1, path: "", message });
    return { diagnostics };
  }

  const locate = (path: SpecPath, key = false) => {
    const found = findNode(document, path, key);
    return at(found?.range?.[0] ?? 0);
  };
  return { spec: { data, locate }, diagnostics };
}

/** The node at `path`, or the deepest node on the way there when the path does not exist. */
function findNode(document: Document, path: SpecPath, key: boolean): Node | undefined {
  let node = document.contents ?? undefined;
  for (const [index, segment] of path.entries()) {
    if (isMap(node)) {
      // Data keys are strings; a YAML key may be `true` or `416`, which the data holds as "true" and "416".
      const pair = node.items.find((item) => {
        const value = (item.key as { value?: unknown } | null)?.value;
        return value === segment || (value !== null && value !== undefined && typeof value !== "object" && String(value) === segment);
      });
      if (pair === undefined) return node;
      if (key && index === path.length - 1) return pair.key as Node;
      node = (pair.value as Node | null) ?? (pair.key as Node);
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment] as Node | undefined;
      if (item === undefined) return node;
      node = item;
    } else {
      return node;
    }
  }
  return node;
}

/** The yaml package's message, reworded where a spec author needs to know what to do. */
function yamlMessage(code: string, message: string, source: string, prefix: string): string {
  switch (code) {
    case "MULTIPLE_DOCS":
      return "the spec must be one YAML document; remove the `---` separator and merge what follows it";
    case "DUPLICATE_KEY":
      return `duplicate key ${JSON.stringify(source.trim().replace(/^(["'])(.*)\1$/, "$2"))}: a key may appear only once in a mapping`;
    case "TAB_AS_INDENT":
      return "tabs cannot indent YAML; indent with spaces";
    default:
      // Drop the position the yaml package appends: we print it in front already.
      return `${prefix}: ${message.replace(/ at line \d+, column \d+:?[\s\S]*$/, "").trim()}`;
  }
}
