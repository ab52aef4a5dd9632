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

/** The most alias nodes one spec may hold, the most nodes its aliases may expand it to, the most keys a mapping may hold. */
export interface StructureLimits {
  readonly aliases: number;
  readonly expandedNodes: number;
  readonly keys: number;
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
    const anchors = new Map<string, number>();
    const open = new Set<string>();
    let documents = 0;
    let aliases = 0;
    // Every node so far, each alias counted as the nodes it names: what the data will hold once built.
    let total = 0;
    for (let index = 0; index < this.events.length; index++) {
      const event = this.events[index] as Event;
      const parent = stack.at(-1);
      const asKey = parent?.type === MAPPING && parent.expectKey;
      if (parent?.type === MAPPING) parent.expectKey = !parent.expectKey;
      if (asKey && event.type !== POP && parent !== undefined && ++parent.keys === limits.keys + 1) {
        problems.push({ offset: this.offsetOf(index), message: `a mapping of more than ${limits.keys.toLocaleString("en")} keys; no mapping of a spec needs a hundred` });
      }
      if (event.type === POP) {
        const frame = stack.pop();
        if (frame === undefined) continue;
        this.ends[frame.event] = index;
        if (frame.anchor !== undefined) {
          anchors.set(frame.anchor, frame.size);
          open.delete(frame.anchor);
        }
        const outer = stack.at(-1);
        if (outer !== undefined) outer.size += frame.size;
        continue;
      }
      if (event.type === DOCUMENT) {
        documents++;
        stack.push({ event: index, type: DOCUMENT, size: 0, expectKey: false, keys: 0, anchor: undefined });
        continue;
      }
      const anchor = event.type === ALIAS ? undefined : this.anchorOf(event);
      if ((event.type === SEQUENCE || event.type === MAPPING) && asKey) {
        problems.push({ offset: event.start, message: "a key must be a name, not a list or a mapping (a complex key); write it as plain text" });
      }
      if (event.type === SEQUENCE || event.type === MAPPING) {
        if (anchor !== undefined) open.add(anchor);
        stack.push({ event: index, type: event.type, size: 1, expectKey: event.type === MAPPING, keys: 0, anchor });
        total++;
        continue;
      }
      let size = 1;
      if (event.type === ALIAS) {
        const name = this.source.slice(event.anchorStart, event.anchorEnd);
        aliases++;
        if (open.has(name)) {
          problems.push({ offset: event.anchorStart - 1, message: `the alias *${name} stands inside the node &${name} it names, which makes the data endless; write the value out` });
          size = 0;
        } else {
          size = anchors.get(name) ?? 1;
        }
        if (aliases === limits.aliases + 1) {
          problems.push({ offset: event.anchorStart - 1, message: `too many alias expansions (over ${limits.aliases}); a spec needs none, and many are a "billion laughs" attack` });
        }
      } else if (event.type === SCALAR && anchor !== undefined) {
        anchors.set(anchor, 1);
      }
      const frame = stack.at(-1);
      if (frame !== undefined) frame.size += size;
      const before = total;
      total += size;
      if (event.type === ALIAS && before <= limits.expandedNodes && total > limits.expandedNodes) {
        problems.push({ offset: this.offsetOf(index), message: `aliases expand the spec to more than ${limits.expandedNodes.toLocaleString("en")} nodes, a "billion laughs" attack; write the values out` });
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

  /** The events of a collection's children (for a mapping: key, value, key, value…), built once. */
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
