/** The `ReadResp` messages a read or a subscription sends. */
import { ReadResp } from './proto';
import type { ResolvedEntry } from './links';
import type { LogPosition, RecordedEvent } from './recorded-event';
import { uuidToWire, type UuidFormat } from './uuid';
import { encodeStreamName } from './wire-decoding';

/**
 * One log entry: its event (the target of a resolved link, or nothing when that target cannot be
 * read), the link it was reached through, and the position of the entry itself in `commit_position`.
 */
export function entryResponse(entry: ResolvedEntry, uuidFormat: UuidFormat): ReadResp {
  const readEvent = new ReadResp.ReadEvent();
  if (entry.event !== undefined) readEvent.setEvent(recordedEvent(entry.event, uuidFormat));
  if (entry.link !== undefined) readEvent.setLink(recordedEvent(entry.link, uuidFormat));
  const original = entry.link ?? entry.event;
  if (original !== undefined) readEvent.setCommitPosition(original.commit.toString());
  return new ReadResp().setEvent(readEvent);
}

export const eventResponse = (event: RecordedEvent, uuidFormat: UuidFormat): ReadResp =>
  entryResponse({ event, link: undefined }, uuidFormat);

function recordedEvent(
  event: RecordedEvent,
  uuidFormat: UuidFormat,
): ReadResp.ReadEvent.RecordedEvent {
  const recorded = new ReadResp.ReadEvent.RecordedEvent()
    .setId(uuidToWire(event.id, uuidFormat))
    .setStreamIdentifier(encodeStreamName(event.streamName))
    .setStreamRevision(event.revision.toString())
    .setCommitPosition(event.commit.toString())
    .setPreparePosition(event.prepare.toString())
    .setData(event.data)
    .setCustomMetadata(event.customMetadata);
  recorded
    .getMetadataMap()
    .set('type', event.type)
    .set('content-type', event.contentType)
    .set('created', event.created.toString());
  return recorded;
}

export function streamNotFoundResponse(streamName: string): ReadResp {
  const notFound = new ReadResp.StreamNotFound().setStreamIdentifier(encodeStreamName(streamName));
  return new ReadResp().setStreamNotFound(notFound);
}

export function confirmationResponse(subscriptionId: string): ReadResp {
  const confirmation = new ReadResp.SubscriptionConfirmation().setSubscriptionId(subscriptionId);
  return new ReadResp().setConfirmation(confirmation);
}

export function caughtUpResponse(): ReadResp {
  return new ReadResp().setCaughtUp(new ReadResp.CaughtUp());
}

export function checkpointResponse(position: LogPosition): ReadResp {
  const checkpoint = new ReadResp.Checkpoint()
    .setCommitPosition(position.commit.toString())
    .setPreparePosition(position.prepare.toString());
  return new ReadResp().setCheckpoint(checkpoint);
}
