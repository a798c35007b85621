import type { handleUnaryCall } from '@grpc/grpc-js';
import { expectedRevisionOf } from './append.handler';
import type { EmulatorContext } from './emulator-context';
import type { DeleteResult, EmulatorLog } from './emulator-log';
import type { ExpectedRevision } from './expected-revision';
import {
  deleteWrongExpectedVersion,
  emulatorFault,
  invalidArgument,
  InvalidRequest,
  streamDeleted,
  type GrpcFailure,
} from './grpc-errors';
import { DeleteResp, TombstoneResp, type DeleteReq, type TombstoneReq } from './proto';
import type { LogPosition } from './recorded-event';
import { decodeStreamName } from './wire-decoding';

type Remove = (log: EmulatorLog, stream: string, expected: ExpectedRevision) => DeleteResult;

/**
 * `Streams/Delete` (soft: the stream reads as not found, a later append continues its revisions)
 * and `Streams/Tombstone` (hard: reads and appends fail with StreamDeleted for good). Both check
 * the expected revision and fail with trailers, not in-band.
 */
export function deleteHandler(context: EmulatorContext): handleUnaryCall<DeleteReq, DeleteResp> {
  return (call, callback) => {
    context.counts.delete += 1;
    const outcome = remove(context, call.request, (log, s, e) => log.deleteStream(s, e));
    if (!('commit' in outcome)) return callback(outcome);
    const position = new DeleteResp.Position()
      .setCommitPosition(outcome.commit.toString())
      .setPreparePosition(outcome.prepare.toString());
    callback(null, new DeleteResp().setPosition(position));
  };
}

export function tombstoneHandler(
  context: EmulatorContext,
): handleUnaryCall<TombstoneReq, TombstoneResp> {
  return (call, callback) => {
    context.counts.tombstone += 1;
    const outcome = remove(context, call.request, (log, s, e) => log.tombstoneStream(s, e));
    if (!('commit' in outcome)) return callback(outcome);
    const position = new TombstoneResp.Position()
      .setCommitPosition(outcome.commit.toString())
      .setPreparePosition(outcome.prepare.toString());
    callback(null, new TombstoneResp().setPosition(position));
  };
}

/** The position of the record written, or the failure to answer. */
function remove(
  context: EmulatorContext,
  request: DeleteReq | TombstoneReq,
  operation: Remove,
): LogPosition | GrpcFailure {
  try {
    const options = request.getOptions();
    if (options === undefined) throw new InvalidRequest('A delete request needs options');
    const streamName = decodeStreamName(options.getStreamIdentifier());
    const expected = expectedRevisionOf(options);
    const result = operation(context.log, streamName, expected);
    if (result.kind === 'stream_deleted') return streamDeleted(streamName);
    if (result.kind === 'wrong_expected_version') {
      return deleteWrongExpectedVersion(streamName, expected, result.currentRevision);
    }
    return result.position;
  } catch (error) {
    if (error instanceof InvalidRequest) return invalidArgument(error.message);
    context.reportFault(error);
    return emulatorFault(error);
  }
}
