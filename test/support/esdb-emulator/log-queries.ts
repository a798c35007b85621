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
 * Events the stream's metadata hides (`visible` false: truncated, beyond `$maxCount`, expired)
 * are skipped; forwards, the window then starts at the first visible one.
 */
export function selectStreamEvents(
  events: readonly RecordedEvent[],
  from: StreamStart,
  direction: Direction,
  count: bigint,
  visible: (event: RecordedEvent) => boolean = () => true,
): RecordedEvent[] {
  const last = BigInt(events.length - 1);
  const selected: RecordedEvent[] = [];
  if (direction === 'forwards') {
    const start = from === 'start' ? 0n : from === 'end' ? last + 1n : from;
    for (let i = start; i <= last && BigInt(selected.length) < count; i++) {
      const event = events[Number(i)];
      if (event !== undefined && visible(event)) selected.push(event);
    }
    return selected;
  }
  const end = from === 'start' ? 0n : from === 'end' ? last : from;
  const lowest = end - count + 1n;
  for (let i = end < last ? end : last; i >= 0n && i >= lowest; i--) {
    const event = events[Number(i)];
    if (event !== undefined && visible(event)) selected.push(event);
  }
  return selected;
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
