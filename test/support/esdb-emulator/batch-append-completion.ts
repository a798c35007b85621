import type { AppendResult } from './emulator-log';
import type { EmulatorContext } from './emulator-context';
import type { ExpectedRevision } from './expected-revision';
import { InvalidRequest, missingRequiredMetadata, type GrpcFailure } from './grpc-errors';
import { AllStreamPosition, BatchAppendReq, BatchAppendResp, GoogleEmpty, UUID } from './proto';
import { decodeProposal } from './proposed-event';
import {
  maximumAppendSizeExceededStatus,
  streamDeletedStatus,
  timeoutStatus,
  wrongExpectedVersionStatus,
} from './rpc-status';
import { decodeStreamName, encodeStreamName, parseUint64 } from './wire-decoding';

/** One append in flight: its chunks are gathered until `is_final`. */
export interface PendingAppend {
  readonly correlationId: UUID;
  readonly streamName: string;
  readonly expected: ExpectedRevision;
  readonly deadline: Date | undefined;
  readonly messages: BatchAppendReq.ProposedMessage[];
}

/** Reads the options that the first chunk of an append carries. */
export function startAppend(
  correlationId: UUID,
  options: BatchAppendReq.Options | undefined,
): PendingAppend {
  if (options === undefined) throw new InvalidRequest('The first chunk must carry the options');
  return {
    correlationId,
    streamName: decodeStreamName(options.getStreamIdentifier()),
    expected: expectedPositionOf(options),
    deadline: options.getDeadline()?.toDate(),
    messages: [],
  };
}

/**
 * Writes a complete append and builds its one answer. Every failure is answered in-band, except
 * missing metadata, which fails the whole call as a real server does.
 */
export function complete(
  context: EmulatorContext,
  append: PendingAppend,
): BatchAppendResp | GrpcFailure {
  const response = new BatchAppendResp()
    .setCorrelationId(append.correlationId)
    .setStreamIdentifier(encodeStreamName(append.streamName));
  if (append.deadline !== undefined && append.deadline.getTime() < Date.now()) {
    return response.setError(timeoutStatus());
  }
  const proposal = decodeProposal(append.messages);
  if (proposal.kind === 'missing_required_metadata') return missingRequiredMetadata();
  if (proposal.size > context.maxAppendSize) {
    return response.setError(maximumAppendSizeExceededStatus(context.maxAppendSize));
  }
  const result = context.log.append(append.streamName, append.expected, proposal.events);
  if (result.kind === 'success') return response.setSuccess(toSuccess(result));
  if (result.kind === 'stream_deleted') {
    return response.setError(streamDeletedStatus(append.streamName));
  }
  return response.setError(
    wrongExpectedVersionStatus(append.streamName, result.currentRevision, result.expected),
  );
}

function toSuccess(result: AppendResult & { kind: 'success' }): BatchAppendResp.Success {
  const success = new BatchAppendResp.Success();
  if (result.currentRevision === 'no_stream') success.setNoStream(new GoogleEmpty());
  else success.setCurrentRevision(result.currentRevision.toString());
  if (result.position === undefined) return success.setNoPosition(new GoogleEmpty());
  return success.setPosition(
    new AllStreamPosition()
      .setCommitPosition(result.position.commit.toString())
      .setPreparePosition(result.position.prepare.toString()),
  );
}

function expectedPositionOf(options: BatchAppendReq.Options): ExpectedRevision {
  const Case = BatchAppendReq.Options.ExpectedStreamPositionCase;
  switch (options.getExpectedStreamPositionCase()) {
    case Case.STREAM_POSITION:
      return {
        kind: 'revision',
        revision: parseUint64(options.getStreamPosition(), 'stream_position'),
      };
    case Case.NO_STREAM:
      return { kind: 'no_stream' };
    case Case.ANY:
      return { kind: 'any' };
    case Case.STREAM_EXISTS:
      return { kind: 'stream_exists' };
    default:
      throw new InvalidRequest('The expected stream position is missing');
  }
}
