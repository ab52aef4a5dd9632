import { describeSpan } from "./sentences.js";

/** A span of numbers, both ends included. */
export type Span = readonly [first: number, last: number];

/** What a reserved entry holds: numbers from first to last (both undefined when only a name is reserved), a name. */
export interface Reserving {
  readonly first: number | undefined;
  readonly last: number | undefined;
  readonly name: string | undefined;
}

/** What a reserved entry holds, as people write it: `999 PACK_ERROR`, `20000–20099`, `OLD_NAME`. */
export function describeReserved(entry: Reserving): string {
  const numbers = entry.first === undefined ? [] : [describeSpan(entry.first, entry.last as number)];
  return [...numbers, ...(entry.name === undefined ? [] : [entry.name])].join(" ");
}

/**
 * A spec's reservations, for lookups in O(log n): numbers as sorted intervals (a valid spec's do not
 * overlap; validation finds overlaps before it relies on this), names in a map. A diff against 20,000
 * reservations stays fast.
 */
export class ReservedIndex<T extends Reserving> {
  private readonly intervals: T[];
  private readonly names: Map<string, T>;

  constructor(reserved: readonly T[]) {
    this.intervals = reserved.filter((entry) => entry.first !== undefined).sort((a, b) => (a.first as number) - (b.first as number));
    this.names = new Map(reserved.flatMap((entry) => (entry.name === undefined ? [] : [[entry.name, entry] as const])));
  }

  /** The entry that reserves `number`. */
  holding(number: number): T | undefined {
    let [low, high] = [0, this.intervals.length - 1];
    while (low <= high) {
      const middle = (low + high) >> 1;
      const entry = this.intervals[middle] as T;
      if (number < (entry.first as number)) high = middle - 1;
      else if (number > (entry.last as number)) low = middle + 1;
      else return entry;
    }
    return undefined;
  }

  /** The entry that reserves `name`. */
  holdingName(name: string): T | undefined {
    return this.names.get(name);
  }

  /** The parts of [first, last] that no entry reserves, in order. */
  gaps(first: number, last: number): Span[] {
    const gaps: Span[] = [];
    let number = first;
    while (number <= last) {
      const holder = this.holding(number);
      if (holder !== undefined) {
        number = (holder.last as number) + 1;
        continue;
      }
      // Up to the next interval that starts inside the span, or to its end.
      const next = this.firstStartingAfter(number);
      const end = next === undefined || next > last ? last : next - 1;
      gaps.push([number, end]);
      number = end + 1;
    }
    return gaps;
  }

  /** The lowest first number above `number`, by binary search. */
  private firstStartingAfter(number: number): number | undefined {
    let [low, high] = [0, this.intervals.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.intervals[middle]?.first as number) <= number) low = middle + 1;
      else high = middle;
    }
    return this.intervals[low]?.first;
  }

  /** What `entry` reserves that this index does not: its unreserved spans, and its name when not held. */
  missing(entry: Reserving): string[] {
    const spans = entry.first === undefined ? [] : this.gaps(entry.first, entry.last as number).map(([first, last]) => describeSpan(first, last));
    return [...spans, ...(entry.name !== undefined && this.holdingName(entry.name) === undefined ? [entry.name] : [])];
  }
}
