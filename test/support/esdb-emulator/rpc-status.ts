/**
 * BatchAppend reports a failed append in-band as a `google.rpc.Status` whose details pack an
 * `event_store.client.<Name>` message; the client picks its error class by that type name.
 */
import type { Message } from 'google-protobuf';
import type { CurrentRevision, ExpectedRevision } from './expected-revision';
import {
  Any,
  Code,
  GoogleEmpty,
  MaximumAppendSizeExceeded,
  Status,
  StreamDeleted,
  Timeout,
  Unknown,
  WrongExpectedVersion,
} from './proto';
import { encodeStreamName } from './wire-decoding';

function statusWith(code: Code, message: string, details: Message, typeName: string): Status {
  const packed = new Any();
  packed.pack(details.serializeBinary(), `event_store.client.${typeName}`);
  return new Status().setCode(code).setMessage(message).setDetails(packed);
}

export function wrongExpectedVersionStatus(
  streamName: string,
  current: CurrentRevision,
  expected: ExpectedRevision,
): Status {
  const details = new WrongExpectedVersion();
  if (current === 'no_stream') details.setCurrentNoStream(new GoogleEmpty());
  else details.setCurrentStreamRevision(current.toString());
  if (expected.kind === 'revision') details.setExpectedStreamPosition(expected.revision.toString());
  else if (expected.kind === 'any') details.setExpectedAny(new GoogleEmpty());
  else if (expected.kind === 'stream_exists') details.setExpectedStreamExists(new GoogleEmpty());
  else details.setExpectedNoStream(new GoogleEmpty());
  const message =
    `Append failed due to WrongExpectedVersion. Stream: ${streamName}, ` +
    `Expected version: ${describe(expected)}, Actual version: ${String(current)}`;
  return statusWith(Code.ALREADY_EXISTS, message, details, 'WrongExpectedVersion');
}

export function maximumAppendSizeExceededStatus(maxAppendSize: number): Status {
  const details = new MaximumAppendSizeExceeded().setMaxappendsize(maxAppendSize);
  const message = `Maximum Append Size of ${maxAppendSize} Exceeded.`;
  return statusWith(Code.INVALID_ARGUMENT, message, details, 'MaximumAppendSizeExceeded');
}

export function streamDeletedStatus(streamName: string): Status {
  const details = new StreamDeleted().setStreamIdentifier(encodeStreamName(streamName));
  return statusWith(Code.NOT_FOUND, 'StreamDeleted', details, 'StreamDeleted');
}

export function timeoutStatus(): Status {
  return statusWith(Code.DEADLINE_EXCEEDED, 'Timeout', new Timeout(), 'Timeout');
}

export function unknownStatus(message: string): Status {
  return statusWith(Code.UNKNOWN, message, new Unknown(), 'Unknown');
}

function describe(expected: ExpectedRevision): string {
  return expected.kind === 'revision' ? expected.revision.toString() : expected.kind;
}
