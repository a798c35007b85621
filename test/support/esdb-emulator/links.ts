/**
 * Link events (`$>`): their data is `revision@stream` as UTF-8 text. Read with resolveLinkTos, a
 * server sends the event linked to in `event` and the link itself in `link`; when the target
 * cannot be read (deleted, truncated, never written), `event` is left out.
 */
import type { RecordedEvent } from './recorded-event';

export const LINK_EVENT_TYPE = '$>';

/** What a read sends for one log entry: the event, and the link it was reached through. */
export interface ResolvedEntry {
  readonly event: RecordedEvent | undefined;
  readonly link: RecordedEvent | undefined;
}

export interface LinkTarget {
  readonly streamName: string;
  readonly revision: bigint;
}

export function linkTargetOf(event: RecordedEvent): LinkTarget | undefined {
  if (event.type !== LINK_EVENT_TYPE) return undefined;
  const match = /^(\d{1,20})@(.+)$/s.exec(Buffer.from(event.data).toString('utf8'));
  if (match?.[1] === undefined || match[2] === undefined) return undefined;
  return { revision: BigInt(match[1]), streamName: match[2] };
}

/** The entry as a read sends it: resolved when asked and the event is a link. */
export function resolveEntry(
  event: RecordedEvent,
  resolveLinks: boolean,
  readTarget: (target: LinkTarget) => RecordedEvent | undefined,
): ResolvedEntry {
  const target = resolveLinks ? linkTargetOf(event) : undefined;
  if (target === undefined) return { event, link: undefined };
  return { event: readTarget(target), link: event };
}
