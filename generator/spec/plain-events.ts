import type { Event } from "js-yaml";

/**
 * js-yaml's event stream for the plain block YAML that specs are written in, read line by line with a few
 * regular expressions; `undefined` for anything else, which js-yaml then parses as before.
 *
 * Why: a run starts every function in V8's interpreter, and js-yaml reads a spec one character at a time
 * (about 9 ms of a fresh run for the real spec's 19 KB, the largest share of reading it). Here a line's
 * parts are found by regular expressions, which V8 runs as compiled code from their first uses, and the
 * interpreter runs a few steps per line rather than per character.
 *
 * What it reads: one document whose root is a block mapping at column 0; block mappings with plain keys
 * (`name:`); block sequences (`- `), compact ones at their key's column included; single-line plain,
 * single-quoted and double-quoted scalars; one-line flow sequences and mappings of simple scalars
 * (`[a, b]`, `{ first: 1, last: 2 }`); `>-` folded scalars whose lines share one indentation; comments and
 * blank lines. Whatever else it meets (anchors, tags, literal blocks, multi-line plain scalars, tabs,
 * control characters, a `---`, a value left empty, a line it cannot place), it gives up on the whole text.
 * What it gives is what js-yaml's parseEvents gives for the same text, event for event; the test proves it
 * on the specs and on a fuzz of texts made near and across the edge of what it reads.
 */
export function plainEvents(text: string): Event[] | undefined {
  if (unusualCharacter.test(text) || documentMarker.test(text) || endsInSpaces(text)) return undefined;
  return new PlainReader(text).read();
}

/**
 * Whether the text ends in a line of spaces without a line break: js-yaml then reads a plain scalar before
 * it as one that could go on (its `fast` false), which the reader does not work out; left to js-yaml.
 */
function endsInSpaces(text: string): boolean {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  return end < text.length && (end === 0 || text.charCodeAt(end - 1) === 0x0a);
}

/** js-yaml's event types, scalar styles, chomping modes and collection styles (EVENT_ID and friends). */
const DOCUMENT = 1;
const SEQUENCE = 2;
const MAPPING = 3;
const SCALAR = 4;
const POP = 6;
const PLAIN = 1;
const SINGLE_QUOTED = 2;
const DOUBLE_QUOTED = 3;
const FOLDED = 5;
const CLIP = 1;
const STRIP = 2;
const BLOCK = 1;
const FLOW = 2;

/**
 * Characters left to js-yaml: controls (tab and carriage return included), DEL and C1 (NEL among them),
 * surrogates (so astral characters too), the byte order mark, the line and paragraph separators, and the
 * non-characters U+FFFE and U+FFFF.
 */
const unusualCharacter = /[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]/;
/** A document start or end marker, or a directive, at the start of a line. */
const documentMarker = /^(?:---|\.\.\.|%)/m;
/** The spaces that indent a line. */
const indentation = / */y;
/** A plain key and its colon, which a space or the line's end follows. */
const plainKey = /[A-Za-z0-9_][A-Za-z0-9_.-]*:(?= |\n|$)/y;
/** What may follow a value on its line: spaces, then a comment after at least one space. */
const lineRest = /(?: +#[^\n]*| *)(?=\n|$)/y;
/** A double-quoted scalar on one line, with the escapes YAML defines. */
const doubleQuoted = /"(?:[^"\\\n]|\\(?:["\\/nrt0abefvNLP_ ]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}))*"/y;
/** A single-quoted scalar on one line. */
const singleQuoted = /'(?:[^'\n]|'')*'/y;
/** A plain scalar inside a flow collection, of the characters a name or a number has. */
const flowPlain = /[A-Za-z0-9_$][A-Za-z0-9_$.-]*/y;
/** The first character of a plain scalar that the reader leaves to js-yaml (YAML's indicators, a space). */
const plainStartsWith = /[-?:,[\]{}#&*!|>'"%@` ]/y;
/**
 * A plain scalar's text on its line: up to a comment (` #`) or the spaces before the line's end. Runs of
 * other characters, and runs of spaces that something other than a `#` or the line's end follows: each
 * character is looked at once, however long a run of spaces (a lazy match that looked ahead at each
 * character took minutes over a line of a million spaces).
 */
const plainValue = /(?:[^ \n]+| +(?=[^ \n#]))*/y;
/** From a line's end: blank lines, then a comment line, up to its `#`. */
const nextComment = /(?:\n *(?=\n))*\n *#/y;
/** A `>-` header with nothing after it on its line. */
const foldedHeader = />- *(?=\n|$)/y;

/**
 * Where the run of spaces at `position` ends. The patterns are searched with test(), which leaves where a
 * match ends in lastIndex and, unlike exec(), makes no array and no string (at 10,000 codes, exec's
 * results were 39 MB of the run's garbage).
 */
function spacesEnd(text: string, position: number): number {
  indentation.lastIndex = position;
  indentation.test(text);
  return indentation.lastIndex;
}

/** An open block collection: a mapping at its keys' column, or a sequence at its dashes' column. */
interface Frame {
  readonly kind: typeof MAPPING | typeof SEQUENCE;
  readonly indent: number;
}

/** Deeper than a spec needs (four levels) and far within js-yaml's own limit (load.ts's maxNesting). */
const maxFrames = 32;

class PlainReader {
  private readonly events: Event[] = [{ type: DOCUMENT, explicitStart: false, explicitEnd: false, directives: [] }];
  private readonly frames: Frame[] = [];
  /** The column of a key whose value is the block that follows on the next lines; -1 for the root. */
  private pendingKey: number | undefined = -1;

  constructor(private readonly text: string) {}

  read(): Event[] | undefined {
    const { text } = this;
    let position = 0;
    while (position <= text.length) {
      let lineEnd = text.indexOf("\n", position);
      if (lineEnd === -1) lineEnd = text.length;
      const start = spacesEnd(text, position);
      const indent = start - position;
      // A blank line, or one that holds only a comment.
      if (start === lineEnd || text.charCodeAt(start) === 0x23) {
        position = lineEnd + 1;
        continue;
      }
      const next = this.line(start, indent, lineEnd);
      if (next === undefined) return undefined;
      position = next;
    }
    if (this.pendingKey !== undefined || this.frames.length === 0) return undefined;
    for (let count = this.frames.length; count > 0; count--) this.events.push({ type: POP });
    this.events.push({ type: POP });
    return this.events;
  }

  /** Reads the line whose content starts at `start`, column `indent`; returns where the next line starts. */
  private line(start: number, indent: number, lineEnd: number): number | undefined {
    const dash = this.isDash(start, lineEnd);
    if (this.pendingKey !== undefined) {
      const key = this.pendingKey;
      this.pendingKey = undefined;
      // The value of `key:` opens here: deeper than the key, or a sequence at the key's own column.
      const parent = this.frames[this.frames.length - 1];
      const compact = dash && indent === key && parent?.kind === MAPPING && parent.indent === key;
      if (!(indent > key || compact)) return undefined;
      if (key === -1 && (dash || indent !== 0)) return undefined;
      if (!this.open(dash ? SEQUENCE : MAPPING, indent, start)) return undefined;
    } else {
      let top = this.frames[this.frames.length - 1];
      while (top !== undefined && (top.indent > indent || (top.kind === SEQUENCE && top.indent === indent && !dash))) {
        this.frames.pop();
        this.events.push({ type: POP });
        top = this.frames[this.frames.length - 1];
      }
      if (top === undefined || top.indent !== indent || (top.kind === SEQUENCE) !== dash) return undefined;
    }
    return dash ? this.sequenceEntry(start, indent, lineEnd) : this.mappingEntry(start, lineEnd);
  }

  /** Whether a line's content is a sequence entry's dash (`- ` or `-` at the line's end). */
  private isDash(start: number, lineEnd: number): boolean {
    return this.text.charCodeAt(start) === 0x2d && (start + 1 === lineEnd || this.text.charCodeAt(start + 1) === 0x20);
  }

  private open(kind: typeof MAPPING | typeof SEQUENCE, indent: number, start: number): boolean {
    if (this.frames.length >= maxFrames) return false;
    this.frames.push({ kind, indent });
    this.collection(kind, start, BLOCK);
    return true;
  }

  /** A mapping's or sequence's start event, block or flow. */
  private collection(kind: typeof MAPPING | typeof SEQUENCE, start: number, style: typeof BLOCK | typeof FLOW): void {
    this.events.push({ type: kind, start, anchorStart: -1, anchorEnd: -1, tagStart: -1, tagEnd: -1, style });
  }

  /** `- value` or `- key: ...` (a mapping that starts on the dash's line). */
  private sequenceEntry(start: number, indent: number, lineEnd: number): number | undefined {
    const content = spacesEnd(this.text, start + 1);
    // `-` alone (a nested block follows) or `- - x`: left to js-yaml.
    if (content >= lineEnd || this.isDash(content, lineEnd)) return undefined;
    plainKey.lastIndex = content;
    if (plainKey.test(this.text)) {
      if (!this.open(MAPPING, indent + (content - start), content)) return undefined;
      return this.mappingEntry(content, lineEnd);
    }
    return this.value(content, lineEnd, indent);
  }

  /** `key: value`, or `key:` whose value is the block on the next lines. */
  private mappingEntry(start: number, lineEnd: number): number | undefined {
    plainKey.lastIndex = start;
    if (!plainKey.test(this.text)) return undefined;
    const colon = plainKey.lastIndex - 1;
    this.scalar(start, colon, PLAIN, true);
    const value = spacesEnd(this.text, colon + 1);
    const keyIndent = (this.frames[this.frames.length - 1] as Frame).indent;
    if (value === lineEnd) {
      this.pendingKey = keyIndent;
      return lineEnd + 1;
    }
    return this.value(value, lineEnd, keyIndent);
  }

  /** A node's value that starts at `start` on its line; `blockIndent` is the column of its key or dash. */
  private value(start: number, lineEnd: number, blockIndent: number): number | undefined {
    const { text } = this;
    const first = text.charCodeAt(start);
    let end: number;
    if (first === 0x22 || first === 0x27) {
      const after = this.quotedScalar(start, first === 0x22);
      if (after === undefined) return undefined;
      end = after;
    } else if (first === 0x5b || first === 0x7b) {
      const after = this.flow(start, first === 0x5b);
      if (after === undefined) return undefined;
      end = after;
    } else if (first === 0x3e) {
      foldedHeader.lastIndex = start;
      if (!foldedHeader.test(text)) return undefined;
      return this.folded(lineEnd + 1, blockIndent);
    } else {
      plainStartsWith.lastIndex = start;
      if (plainStartsWith.test(text)) return undefined;
      plainValue.lastIndex = start;
      plainValue.test(text);
      const valueEnd = plainValue.lastIndex;
      // `a: b` inside a plain scalar is a mapping js-yaml refuses; `a:` at its end likewise.
      if (text.charCodeAt(valueEnd - 1) === 0x3a || text.slice(start, valueEnd).includes(": ")) return undefined;
      this.scalar(start, valueEnd, PLAIN, this.endsOnItsLine(valueEnd, lineEnd, blockIndent));
      return lineEnd + 1;
    }
    lineRest.lastIndex = end;
    return lineRest.test(text) ? lineEnd + 1 : undefined;
  }

  /**
   * js-yaml's `fast` for a plain scalar ending at `end`: false when, with no comment after it on its line,
   * the next line that is not blank is a comment deeper than the scalar's block (`blockIndent`), which js-yaml
   * reads as a possible continuation of the scalar before it finds the comment.
   */
  private endsOnItsLine(end: number, lineEnd: number, blockIndent: number): boolean {
    // A comment after it on its line ends it there.
    if (spacesEnd(this.text, end) < lineEnd) return true;
    nextComment.lastIndex = lineEnd;
    if (!nextComment.test(this.text)) return true;
    // The comment's `#` is just before lastIndex; its indentation runs from its line's start.
    const hash = nextComment.lastIndex - 1;
    return hash - (this.text.lastIndexOf("\n", hash) + 1) <= blockIndent;
  }

  /** A one-line `[a, b]` or `{ a: b, c: d }` at `start`; returns the offset after its closing bracket. */
  private flow(start: number, sequence: boolean): number | undefined {
    const { text } = this;
    this.collection(sequence ? SEQUENCE : MAPPING, start, FLOW);
    const close = sequence ? 0x5d : 0x7d;
    let position = spacesEnd(text, start + 1);
    if (text.charCodeAt(position) === close) {
      this.events.push({ type: POP });
      return position + 1;
    }
    for (;;) {
      let after = this.flowScalar(position);
      if (after === undefined) return undefined;
      if (!sequence) {
        if (text.charCodeAt(after) !== 0x3a || text.charCodeAt(after + 1) !== 0x20) return undefined;
        after = this.flowScalar(spacesEnd(text, after + 1));
        if (after === undefined) return undefined;
      }
      position = spacesEnd(text, after);
      const mark = text.charCodeAt(position);
      if (mark === close) {
        this.events.push({ type: POP });
        return position + 1;
      }
      if (mark !== 0x2c) return undefined;
      position = spacesEnd(text, position + 1);
    }
  }

  /** A name-like plain scalar, or a quoted one, inside a flow collection; returns the offset after it. */
  private flowScalar(position: number): number | undefined {
    const first = this.text.charCodeAt(position);
    if (first === 0x22 || first === 0x27) return this.quotedScalar(position, first === 0x22);
    flowPlain.lastIndex = position;
    if (!flowPlain.test(this.text)) return undefined;
    this.scalar(position, flowPlain.lastIndex, PLAIN, true);
    return flowPlain.lastIndex;
  }

  /**
   * A quoted scalar on one line at `start`; returns the offset after its closing quote. js-yaml's `fast`
   * says it holds no escape (`\` in double quotes, `''` in single ones).
   */
  private quotedScalar(start: number, double: boolean): number | undefined {
    const pattern = double ? doubleQuoted : singleQuoted;
    pattern.lastIndex = start;
    if (!pattern.test(this.text)) return undefined;
    const end = pattern.lastIndex;
    this.scalar(start + 1, end - 1, double ? DOUBLE_QUOTED : SINGLE_QUOTED, !this.text.slice(start + 1, end - 1).includes(double ? "\\" : "''"));
    return end;
  }

  /**
   * The lines of a `>-` scalar, from `start`: each at the first line's column, deeper than its key's or
   * dash's (`keyIndent`), blank lines among them empty. It ends at the first line less indented; its text runs
   * to the start of that line, blank lines before it included (as js-yaml records it).
   */
  private folded(start: number, keyIndent: number): number | undefined {
    const { text } = this;
    // Empty lines before the first line of text belong to the scalar; its indentation is that line's.
    let first = start;
    while (text.charCodeAt(first) === 0x0a) first++;
    if (first >= text.length) return undefined;
    const indent = spacesEnd(text, first) - first;
    if (indent <= keyIndent) return undefined;
    let position = first;
    while (position < text.length) {
      let lineEnd = text.indexOf("\n", position);
      if (lineEnd === -1) lineEnd = text.length;
      if (lineEnd !== position) {
        const lineIndent = spacesEnd(text, position) - position;
        // A line of spaces only, or one more indented: folded otherwise than plain lines; left to js-yaml.
        if (position + lineIndent === lineEnd || lineIndent > indent) return undefined;
        if (lineIndent < indent) break;
      }
      position = lineEnd + 1;
    }
    const valueEnd = Math.min(position, text.length);
    this.events.push({ type: SCALAR, valueStart: start, valueEnd, anchorStart: -1, anchorEnd: -1, tagStart: -1, tagEnd: -1, style: FOLDED, chomping: STRIP, indent, fast: false });
    return valueEnd === text.length ? text.length + 1 : valueEnd;
  }

  private scalar(valueStart: number, valueEnd: number, style: number, fast: boolean): void {
    this.events.push({ type: SCALAR, valueStart, valueEnd, anchorStart: -1, anchorEnd: -1, tagStart: -1, tagEnd: -1, style, chomping: CLIP, indent: -1, fast } as Event);
  }
}
