import {
  comparePositions,
  positionOf,
  type LogPosition,
  type RecordedEvent,
} from './recorded-event';

export type Direction = 'forwards' | 'backwards';
export type StreamStart = 'start' | 'end' | bigint;
export type AllStart = 'start' | 'end' | LogPosition;

/**
 * A stream read includes the start revision in both directions. Backwards from R a real server
 * reads the revision window [R - count + 1, R], so past the end only part of it holds events.
 */
export function selectStreamEvents(
  events: readonly RecordedEvent[],
  from: StreamStart,
  direction: Direction,
  count: bigint,
): RecordedEvent[] {
  const last = BigInt(events.length - 1);
  if (direction === 'forwards') {
    const start = from === 'start' ? 0n : from === 'end' ? last + 1n : from;
    return take(events, start, count, 1);
  }
  const end = from === 'start' ? 0n : from === 'end' ? last : from;
  return end > last ? take(events, last, count - (end - last), -1) : take(events, end, count, -1);
}

/** `$all` forwards from P includes P; backwards from P is strictly before P. */
export function selectAllEvents(
  all: readonly RecordedEvent[],
  from: AllStart,
  direction: Direction,
  count: bigint,
  matches: (event: RecordedEvent) => boolean,
): RecordedEvent[] {
  const selected: RecordedEvent[] = [];
  const step = direction === 'forwards' ? 1 : -1;
  let index = direction === 'forwards' ? firstForwards(all, from) : lastBackwards(all, from);
  for (; index >= 0 && index < all.length && BigInt(selected.length) < count; index += step) {
    const event = all[index];
    if (event !== undefined && matches(event)) selected.push(event);
  }
  return selected;
}

/** Index of the first event strictly after `from` (exclusive subscription start). */
export function firstIndexAfter(all: readonly RecordedEvent[], from: AllStart): number {
  if (from === 'start') return 0;
  if (from === 'end') return all.length;
  return lowerBound(all, (event) => comparePositions(positionOf(event), from) > 0);
}

function firstForwards(all: readonly RecordedEvent[], from: AllStart): number {
  if (from === 'start') return 0;
  if (from === 'end') return all.length;
  return lowerBound(all, (event) => comparePositions(positionOf(event), from) >= 0);
}

function lastBackwards(all: readonly RecordedEvent[], from: AllStart): number {
  if (from === 'start') return -1;
  if (from === 'end') return all.length - 1;
  return lowerBound(all, (event) => comparePositions(positionOf(event), from) >= 0) - 1;
}

/** Index of the first event for which `isAtOrPast` holds (events are in position order). */
function lowerBound(all: readonly RecordedEvent[], isAtOrPast: (e: RecordedEvent) => boolean) {
  let low = 0;
  let high = all.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const event = all[middle];
    if (event !== undefined && isAtOrPast(event)) high = middle;
    else low = middle + 1;
  }
  return low;
}

function take(events: readonly RecordedEvent[], start: bigint, count: bigint, step: 1 | -1) {
  const selected: RecordedEvent[] = [];
  if (start < 0n || start >= BigInt(events.length)) return selected;
  for (let i = Number(start); i >= 0 && i < events.length; i += step) {
    if (BigInt(selected.length) >= count) break;
    const event = events[i];
    if (event !== undefined) selected.push(event);
  }
  return selected;
}
