import {
  END,
  NO_STREAM,
  StreamDeletedError as ClientStreamDeletedError,
} from '@eventstore/db-client';
import { deletionExpected } from '../port/deletion-rules';
import {
  StreamDeletedError,
  StreamTombstonedError,
  WrongExpectedRevisionError,
} from '../port/errors';
import type { ExpectedRevision } from '../port/event-store.port';
import type { EsdbClient } from './eventstoredb.client';
import { deleteError } from './eventstoredb.errors';
import { readBackwards } from './eventstoredb.read-stream';

/**
 * `$tb` of a soft-deleted stream is long.MaxValue; JSON parsing makes it a number past 2^53, so
 * anything that large hides the whole stream and counts as deleted.
 */
const DELETED_TRUNCATE_BEFORE = Number.MAX_SAFE_INTEGER;

/**
 * Whether a stream that reads as not found was soft-deleted (rather than never written). A
 * server lets an append continue a soft-deleted stream's revisions, even with `no_stream`; the
 * chain computed for revision 0 would then be stored at revision N + 1, so the ledger refuses.
 * @throws StreamTombstonedError when the stream (and so its metastream) was tombstoned
 */
export async function wasSoftDeleted(client: EsdbClient, stream: string): Promise<boolean> {
  try {
    const { metadata } = await client.getStreamMetadata(stream, { requiresLeader: true });
    const truncateBefore = metadata?.truncateBefore;
    return typeof truncateBefore === 'number' && truncateBefore >= DELETED_TRUNCATE_BEFORE;
  } catch (error) {
    if (error instanceof ClientStreamDeletedError) throw new StreamTombstonedError(stream);
    throw error;
  }
}

/** Throws StreamDeletedError when `stream`, which reads as not found, was soft-deleted. */
export async function refuseIfSoftDeleted(client: EsdbClient, stream: string): Promise<void> {
  if (await wasSoftDeleted(client, stream)) throw new StreamDeletedError(stream);
}

/** Soft delete with the port's rules (see `deletionExpected`), sent with the exact revision read. */
export async function deleteStream(
  client: EsdbClient,
  stream: string,
  expected: ExpectedRevision,
): Promise<void> {
  const last = (await readBackwards(client, stream, END, 1))?.[0];
  if (!last) {
    await refuseIfSoftDeleted(client, stream);
    throw new WrongExpectedRevisionError(stream, expected, 'no_stream');
  }
  if (!deletionExpected(expected, last.revision)) {
    throw new WrongExpectedRevisionError(stream, expected, last.revision);
  }
  try {
    await client.deleteStream(stream, { expectedRevision: last.revision });
  } catch (error) {
    throw deleteError(error, stream, expected);
  }
}

/**
 * Hard delete with the port's rules. A stream without readable events (never written, or
 * soft-deleted) is tombstoned with `no_stream`, which a server accepts for both.
 */
export async function tombstoneStream(
  client: EsdbClient,
  stream: string,
  expected: ExpectedRevision,
): Promise<void> {
  const last = (await readBackwards(client, stream, END, 1))?.[0];
  const current = last?.revision ?? 'no_stream';
  if (!deletionExpected(expected, current)) {
    throw new WrongExpectedRevisionError(stream, expected, current);
  }
  try {
    await client.tombstoneStream(stream, { expectedRevision: last ? last.revision : NO_STREAM });
  } catch (error) {
    throw deleteError(error, stream, expected);
  }
}
