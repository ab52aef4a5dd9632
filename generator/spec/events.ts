import { constructFromEvents, type Event } from "js-yaml";
import type { SpecPath } from "../shared/diagnostics.js";

/** js-yaml's event types and scalar styles (EVENT_ID, SCALAR_STYLE). */
const DOCUMENT = 1;
const SEQUENCE = 2;
const MAPPING = 3;
const SCALAR = 4;
const ALIAS = 5;
const POP = 6;
const SINGLE_QUOTED = 2;
const DOUBLE_QUOTED = 3;

/** A problem the structure walk finds, at an offset of the text. */
export interface StructureProblem {
  readonly offset: number;
  readonly message: string;
}

/** What the structure walk refuses beyond: see the limits in load.ts. */
export interface StructureLimits {
  /** Alias nodes in the spec. */
  readonly aliases: number;
  /** Nodes once every alias is counted as what it names. */
  readonly expandedNodes: number;
  /** Text once every alias is counted as what it names (the sum of scalars' lengths in the source). */
  readonly expandedText: number;
  /** Keys in one mapping. */
  readonly keys: number;
  /** Different key texts in the whole spec. */
  readonly distinctKeys: number;
  /** Levels of nesting, aliases counted as the depth of what they name. */
  readonly depth: number;
}

/** What an anchor names, as the walk measures it. */
interface Anchored {
  readonly size: number;
  readonly text: number;
  readonly height: number;
}

/** An open collection during the walk. */
interface Frame {
  readonly event: number;
  readonly type: number;
  /** Nodes below it so far, aliases counted at the size of what they name. */
  size: number;
  /** For a mapping: whether the next node is a key. */
  expectKey: boolean;
  /** For a mapping: its keys so far. */
  keys: number;
  /** The anchor this collection defines, while it is open. */
  readonly anchor: string | undefined;
  /** Scalar text below it so far (source length), aliases counted at what they name. */
  text: number;
  /** Levels below and including it: 1 for an empty collection. */
  height: number;
}

/** What the parser says of too deep a spec, worded for a spec's author (the same words as load.ts's). */
export function nestingMessage(limit: number): string {
  return `nested more than ${limit} levels deep; a spec needs four (settings, a list, an entry, a field)`;
}

/**
 * A parsed spec's event stream (js-yaml's flat list of document, collection, scalar, alias and end events,
 * with source offsets): what the YAML parser gives before any value is built. One linear pass finds what
 * the parser lets through but a spec must not hold; `locate` then maps a path into the data back to an
 * offset, following the events.
 */
export class SpecEvents {
  /** For each collection or document event, the index of its end event. */
  private readonly ends: Int32Array;
  /** Children of a collection once looked up: for a mapping, key and value event pairs. */
  private readonly children = new Map<number, Int32Array>();
  /** A mapping's keys as the data holds them (String() of the key's value), once looked up. */
  private readonly keys = new Map<number, Map<string, number>>();

  constructor(
    private readonly events: readonly Event[],
    private readonly source: string,
  ) {
    this.ends = new Int32Array(events.length).fill(-1);
  }

  /**
   * One pass over the events: the number of documents and where the second starts, keys that are lists or
   * mappings, aliases that would make an endless structure, and aliases that expand the data beyond
   * `limits` (a "billion laughs" needs no more than a few lines). Also records where each collection ends.
   */
  check(limits: StructureLimits): { documents: number; problems: StructureProblem[] } {
    const problems: StructureProblem[] = [];
    const stack: Frame[] = [];
    const anchors = new Map<string, Anchored>();
    const open = new Set<string>();
    // Different key texts: a spec's keys are its fields' names, a few dozen. Each new key text costs the
    // built data a new object shape, so a million different keys cost a gigabyte.
    const keyTexts = new Set<string>();
    let documents = 0;
    let aliases = 0;
    let deepReported = false;
    // Every node and every scalar's text so far, each alias counted as what it names: what the data will hold once built.
    let total = 0;
    let text = 0;
    for (let index = 0; index < this.events.length; index++) {
      const event = this.events[index] as Event;
      const parent = stack.at(-1);
      const asKey = parent?.type === MAPPING && parent.expectKey;
      if (parent?.type === MAPPING) parent.expectKey = !parent.expectKey;
      if (asKey && event.type !== POP && parent !== undefined && ++parent.keys === limits.keys + 1) {
        problems.push({ offset: this.offsetOf(index), message: `a mapping of more than ${limits.keys.toLocaleString("en")} keys; no mapping of a spec needs a hundred` });
      }
      if (asKey && event.type === SCALAR && keyTexts.size <= limits.distinctKeys) {
        keyTexts.add(this.source.slice(event.valueStart, Math.min(event.valueEnd, event.valueStart + 200)));
        if (keyTexts.size === limits.distinctKeys + 1) {
          problems.push({ offset: this.offsetOf(index), message: `more than ${limits.distinctKeys.toLocaleString("en")} different keys; a spec's keys are its fields' names, a few dozen` });
        }
      }
      if (event.type === POP) {
        const frame = stack.pop();
        if (frame === undefined) continue;
        this.ends[frame.event] = index;
        if (frame.anchor !== undefined) {
          anchors.set(frame.anchor, { size: frame.size, text: frame.text, height: frame.height });
          open.delete(frame.anchor);
        }
        const outer = stack.at(-1);
        if (outer !== undefined) {
          outer.size += frame.size;
          outer.text += frame.text;
          outer.height = Math.max(outer.height, frame.height + 1);
        }
        continue;
      }
      if (event.type === DOCUMENT) {
        documents++;
        stack.push({ event: index, type: DOCUMENT, size: 0, expectKey: false, keys: 0, anchor: undefined, text: 0, height: 0 });
        continue;
      }
      // Levels above this node: every open collection (the document is none).
      const depth = stack.length - (stack[0]?.type === DOCUMENT ? 1 : 0);
      const anchor = event.type === ALIAS ? undefined : this.anchorOf(event);
      if ((event.type === SEQUENCE || event.type === MAPPING) && asKey) {
        problems.push({ offset: event.start, message: "a key must be a name, not a list or a mapping (a complex key); write it as plain text" });
      }
      if (event.type === SEQUENCE || event.type === MAPPING) {
        // The parser counts most ways of nesting; a mapping implied inside a flow list (`[a: [a: …]]`) it does not.
        if (depth + 1 > limits.depth && !deepReported) {
          deepReported = true;
          problems.push({ offset: event.start, message: nestingMessage(limits.depth) });
        }
        if (anchor !== undefined) open.add(anchor);
        stack.push({ event: index, type: event.type, size: 1, expectKey: event.type === MAPPING, keys: 0, anchor, text: 0, height: 1 });
        total++;
        continue;
      }
      let size = 1;
      let length = event.type === SCALAR ? Math.max(0, event.valueEnd - event.valueStart) : 0;
      let height = 0;
      if (event.type === ALIAS) {
        const name = this.source.slice(event.anchorStart, event.anchorEnd);
        aliases++;
        if (open.has(name)) {
          problems.push({ offset: event.anchorStart - 1, message: `the alias *${name} stands inside the node &${name} it names, which makes the data endless; write the value out` });
          size = 0;
        } else {
          const named = anchors.get(name);
          size = named?.size ?? 1;
          length = named?.text ?? 0;
          height = named?.height ?? 0;
        }
        if (aliases === limits.aliases + 1) {
          problems.push({ offset: event.anchorStart - 1, message: `too many alias expansions (over ${limits.aliases}); a spec needs none, and many are a "billion laughs" attack` });
        }
        if (depth + height > limits.depth && !deepReported) {
          deepReported = true;
          problems.push({ offset: event.anchorStart - 1, message: `${nestingMessage(limits.depth)} (counting what the alias *${name} stands for)` });
        }
      } else if (event.type === SCALAR && anchor !== undefined) {
        anchors.set(anchor, { size: 1, text: length, height: 0 });
      }
      const frame = stack.at(-1);
      if (frame !== undefined) {
        frame.size += size;
        frame.text += length;
        frame.height = Math.max(frame.height, height + 1);
      }
      const [nodesBefore, textBefore] = [total, text];
      total += size;
      text += length;
      const nodesPassed = nodesBefore <= limits.expandedNodes && total > limits.expandedNodes;
      if (event.type === ALIAS && nodesPassed) {
        problems.push({ offset: this.offsetOf(index), message: `aliases expand the spec to more than ${limits.expandedNodes.toLocaleString("en")} nodes, a "billion laughs" attack; write the values out` });
      }
      // One expansion problem is enough: past the node limit, the text limit says nothing new.
      if (event.type === ALIAS && textBefore <= limits.expandedText && text > limits.expandedText && total <= limits.expandedNodes) {
        problems.push({ offset: this.offsetOf(index), message: `aliases expand the spec's text to more than ${(limits.expandedText / 2 ** 20).toLocaleString("en")} Mi characters; write the values out` });
      }
    }
    return { documents, problems };
  }

  /** The offset where the node at event `index` starts (the quote of a quoted scalar, its key for a missing value). */
  offsetOf(index: number): number {
    const event = this.events[index];
    if (event === undefined || event.type === DOCUMENT || event.type === POP) return 0;
    if (event.type === SEQUENCE || event.type === MAPPING) return event.start;
    if (event.type === ALIAS) return event.anchorStart - 1;
    if (event.valueStart >= 0) return event.style === SINGLE_QUOTED || event.style === DOUBLE_QUOTED ? event.valueStart - 1 : event.valueStart;
    // An empty value (`key:` and nothing) has no text of its own: point at what comes before it.
    return index > 0 ? this.offsetOf(index - 1) : 0;
  }

  /**
   * The offset of the value at `path` (or of its key when `key` is set), or of the deepest node on the way
   * when the path does not exist in the file.
   */
  locate(path: SpecPath, key = false): number {
    let node = this.events[0]?.type === DOCUMENT ? 1 : 0;
    for (const [depth, segment] of path.entries()) {
      const event = this.events[node];
      if (event?.type === MAPPING) {
        const pair = this.keyIndex(node).get(String(segment));
        if (pair === undefined) break;
        if (key && depth === path.length - 1) return this.offsetOf(pair);
        node = this.next(pair);
      } else if (event?.type === SEQUENCE && typeof segment === "number") {
        const item = this.childrenOf(node)[segment];
        if (item === undefined) break;
        node = item;
      } else {
        break;
      }
    }
    return this.offsetOf(node);
  }

  /** The event after the node at `index` and everything inside it. */
  private next(index: number): number {
    const event = this.events[index];
    return event?.type === SEQUENCE || event?.type === MAPPING ? this.endOf(index) + 1 : index + 1;
  }

  /** The index of a collection's end event. */
  private endOf(index: number): number {
    const known = this.ends[index] ?? -1;
    if (known >= 0) return known;
    // check() records every end; a locate before it (never in practice) walks the collection.
    let depth = 0;
    for (let current = index; current < this.events.length; current++) {
      const type = this.events[current]?.type;
      if (type === SEQUENCE || type === MAPPING) depth++;
      else if (type === POP && --depth === 0) return current;
    }
    return this.events.length - 1;
  }

  /** The events of a collection's children (for a mapping: key, value, key, value, and so on), built once. */
  private childrenOf(index: number): Int32Array {
    let children = this.children.get(index);
    if (children === undefined) {
      const found: number[] = [];
      const end = this.endOf(index);
      for (let child = index + 1; child < end; child = this.next(child)) found.push(child);
      children = Int32Array.from(found);
      this.children.set(index, children);
    }
    return children;
  }

  /** A mapping's key events by the key the data holds for each (the last one, as the data keeps the last). */
  private keyIndex(index: number): Map<string, number> {
    let keys = this.keys.get(index);
    if (keys === undefined) {
      keys = new Map();
      const children = this.childrenOf(index);
      for (let position = 0; position < children.length; position += 2) {
        const keyEvent = children[position] as number;
        keys.set(this.keyText(keyEvent), keyEvent);
      }
      this.keys.set(index, keys);
    }
    return keys;
  }

  /** A key as the data holds it: a plain word as written; anything else built by the parser, as a string. */
  private keyText(index: number): string {
    const event = this.events[index];
    if (event?.type === ALIAS) {
      // `*k : value`: the key is what the anchor before it names.
      const name = this.source.slice(event.anchorStart, event.anchorEnd);
      for (let earlier = index - 1; earlier >= 0; earlier--) {
        if (this.anchorOf(this.events[earlier] as Event) === name) return this.keyText(earlier);
      }
      return "";
    }
    if (event?.type !== SCALAR) return "";
    const text = this.source.slice(event.valueStart, event.valueEnd);
    if (event.style === 1 && event.tagStart < 0 && /^[A-Za-z_][\w-]*$/.test(text) && !/^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/.test(text)) return text;
    const [value] = constructFromEvents([this.events[0] as Event, event, { type: POP }], { source: this.source });
    return String(value);
  }

  /** The anchor a node defines, if any. */
  private anchorOf(event: Event): string | undefined {
    if (event.type === DOCUMENT || event.type === POP || event.type === ALIAS || event.anchorStart < 0) return undefined;
    return this.source.slice(event.anchorStart, event.anchorEnd);
  }
}
