import type { handleClientStreamingCall, sendUnaryData } from '@grpc/grpc-js';
import type { EmulatorContext } from './emulator-context';
import type { ExpectedRevision } from './expected-revision';
import {
  emulatorFault,
  invalidArgument,
  InvalidRequest,
  maximumAppendSizeExceeded,
  missingRequiredMetadata,
  streamDeleted,
} from './grpc-errors';
import { toAppendResp } from './append-response';
import type { AppendReq, AppendResp, DeleteReq, TombstoneReq } from './proto';
import { decodeProposal } from './proposed-event';
import { decodeStreamName, parseUint64 } from './wire-decoding';

/** `Streams/Append` (client-streaming): options first, then one message per proposed event. */
export function appendHandler(
  context: EmulatorContext,
): handleClientStreamingCall<AppendReq, AppendResp> {
  return (call, callback) => {
    context.counts.append += 1;
    const requests: AppendReq[] = [];
    call.on('data', (request: AppendReq) => requests.push(request));
    // A client that cancels mid-call surfaces here; there is nobody left to answer.
    call.on('error', () => undefined);
    call.on('end', () => {
      try {
        answer(context, requests, callback);
      } catch (error) {
        if (error instanceof InvalidRequest) return callback(invalidArgument(error.message));
        context.reportFault(error);
        callback(emulatorFault(error));
      }
    });
  };
}

function answer(
  context: EmulatorContext,
  requests: readonly AppendReq[],
  callback: sendUnaryData<AppendResp>,
): void {
  const [first, ...rest] = requests;
  const options = first?.getOptions();
  if (options === undefined) throw new InvalidRequest('The first message must carry the options');
  const streamName = decodeStreamName(options.getStreamIdentifier());
  const expected = expectedRevisionOf(options);
  const proposal = decodeProposal(
    rest.map((request) => {
      const message = request.getProposedMessage();
      if (message === undefined) throw new InvalidRequest('Expected a proposed message');
      return message;
    }),
  );
  if (proposal.kind === 'missing_required_metadata') return callback(missingRequiredMetadata());
  if (proposal.size > context.maxAppendSize) {
    return callback(maximumAppendSizeExceeded(context.maxAppendSize));
  }
  const result = context.log.append(streamName, expected, proposal.events);
  if (result.kind === 'stream_deleted') return callback(streamDeleted(streamName));
  callback(null, toAppendResp(result));
}

export function expectedRevisionOf(
  options: AppendReq.Options | DeleteReq.Options | TombstoneReq.Options,
): ExpectedRevision {
  if (options.hasRevision()) {
    return { kind: 'revision', revision: parseUint64(options.getRevision(), 'revision') };
  }
  if (options.hasNoStream()) return { kind: 'no_stream' };
  if (options.hasAny()) return { kind: 'any' };
  if (options.hasStreamExists()) return { kind: 'stream_exists' };
  throw new InvalidRequest('The expected stream revision is missing');
}
