import { InvalidRequest } from './grpc-errors';
import { ReadReq } from './proto';
import type { RecordedEvent } from './recorded-event';

/** A server-side `$all` filter and the checkpoint interval that goes with it. */
export interface EventFilter {
  matches(event: RecordedEvent): boolean;
  /** Checkpoint every this many events: multiplier x search window. */
  readonly checkpointInterval: number;
}

const DEFAULT_SEARCH_WINDOW = 32;
const FilterOptions = ReadReq.Options.FilterOptions;

/**
 * On stream name or event type; a non-empty regex wins over prefixes. Regexes are unanchored
 * unless they anchor themselves and run as JavaScript regexes (a real server runs .NET ones).
 * An empty prefix list matches nothing.
 */
export function parseFilter(options: ReadReq.Options.FilterOptions): EventFilter {
  const subject = subjectOf(options);
  const expression = options.getStreamIdentifier() ?? options.getEventType();
  if (expression === undefined) throw new InvalidRequest('A filter needs an expression');
  const regex = expression.getRegex();
  const prefixes = expression.getPrefixList();
  const test =
    regex.length > 0 ? regexTest(regex) : (value: string) => startsWithAny(value, prefixes);
  const multiplier = options.getCheckpointintervalmultiplier();
  if (multiplier <= 0) throw new InvalidRequest('The checkpoint interval multiplier must be > 0');
  return {
    matches: (event) => test(subject(event)),
    checkpointInterval: multiplier * searchWindowOf(options),
  };
}

function subjectOf(options: ReadReq.Options.FilterOptions): (event: RecordedEvent) => string {
  switch (options.getFilterCase()) {
    case FilterOptions.FilterCase.STREAM_IDENTIFIER:
      return (event) => event.streamName;
    case FilterOptions.FilterCase.EVENT_TYPE:
      return (event) => event.type;
    default:
      throw new InvalidRequest('A filter applies to the stream name or the event type');
  }
}

function searchWindowOf(options: ReadReq.Options.FilterOptions): number {
  switch (options.getWindowCase()) {
    case FilterOptions.WindowCase.COUNT:
      return DEFAULT_SEARCH_WINDOW;
    case FilterOptions.WindowCase.MAX: {
      const max = options.getMax();
      if (max <= 0) throw new InvalidRequest('The maximum search window must be > 0');
      return max;
    }
    default:
      throw new InvalidRequest('A filter needs a search window (max or count)');
  }
}

function regexTest(source: string): (value: string) => boolean {
  try {
    const regex = new RegExp(source);
    return (value) => regex.test(value);
  } catch {
    throw new InvalidRequest(`Invalid filter regex: ${source}`);
  }
}

function startsWithAny(value: string, prefixes: readonly string[]): boolean {
  return prefixes.some((prefix) => value.startsWith(prefix));
}
