import type { handleBidiStreamingCall, ServerDuplexStream } from '@grpc/grpc-js';
import type { EmulatorContext } from './emulator-context';
import {
  emulatorFault,
  goingAway,
  invalidArgument,
  InvalidRequest,
  type GrpcFailure,
} from './grpc-errors';
import { complete, startAppend, type PendingAppend } from './batch-append-completion';
import { BatchAppendReq, BatchAppendResp } from './proto';
import { uuidFromWire } from './uuid';

type Call = ServerDuplexStream<BatchAppendReq, BatchAppendResp>;

/**
 * `Streams/BatchAppend` (duplex): one long-lived call per client carries many appends, each
 * identified by its correlation id and answered by exactly one response.
 */
export function batchAppendHandler(
  context: EmulatorContext,
): handleBidiStreamingCall<BatchAppendReq, BatchAppendResp> {
  return (call: Call) => {
    context.counts.batchAppendCalls += 1;
    const pending = new Map<string, PendingAppend>();
    let finished = false;
    // Ending with OK would leave the client's half of the duplex open, so its dispose() would hang.
    const forget = context.openCalls.add({ kind: 'batch-append', end: () => finish(goingAway()) });
    const finish = (failure?: GrpcFailure) => {
      if (finished) return;
      finished = true;
      forget();
      if (failure === undefined) call.end();
      else call.emit('error', failure);
    };
    call.on('data', (request: BatchAppendReq) => {
      if (finished) return;
      try {
        const answer = receive(context, pending, request);
        if (answer instanceof BatchAppendResp) call.write(answer);
        else if (answer !== undefined) finish(answer);
      } catch (error) {
        if (error instanceof InvalidRequest) return finish(invalidArgument(error.message));
        context.reportFault(error);
        finish(emulatorFault(error));
      }
    });
    call.on('end', () => finish());
    call.on('cancelled', () => {
      finished = true;
      forget();
    });
  };
}

function receive(
  context: EmulatorContext,
  pending: Map<string, PendingAppend>,
  request: BatchAppendReq,
): BatchAppendResp | GrpcFailure | undefined {
  const key = uuidFromWire(request.getCorrelationId());
  const correlationId = request.getCorrelationId();
  if (key === undefined || correlationId === undefined) {
    throw new InvalidRequest('A batch append request needs a correlation id');
  }
  const append = pending.get(key) ?? startAppend(correlationId, request.getOptions());
  pending.set(key, append);
  append.messages.push(...request.getProposedMessagesList());
  if (!request.getIsFinal()) return undefined;
  pending.delete(key);
  context.counts.batchAppends += 1;
  return complete(context, append);
}
