/**
 * The wire types, taken from the client package itself so that server and client serialise with
 * the same generated code. The google.protobuf well-known types (Any, Empty) are loaded through
 * the client's own module resolution: the generated code checks message instances against the
 * google-protobuf copy it was built with, which may be a different copy from the project's.
 */
import { createRequire } from 'node:module';

export { StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb';
export { ServerFeaturesService } from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
export {
  AppendReq,
  AppendResp,
  BatchAppendReq,
  BatchAppendResp,
  DeleteReq,
  DeleteResp,
  ReadReq,
  ReadResp,
  TombstoneReq,
  TombstoneResp,
} from '@eventstore/db-client/generated/streams_pb';
export {
  AllStreamPosition,
  Empty,
  MaximumAppendSizeExceeded,
  StreamDeleted,
  StreamIdentifier,
  Timeout,
  UUID,
  Unknown,
  WrongExpectedVersion,
} from '@eventstore/db-client/generated/shared_pb';
export {
  SupportedMethod,
  SupportedMethods,
} from '@eventstore/db-client/generated/serverfeatures_pb';
export { Status } from '@eventstore/db-client/generated/status_pb';
export { Code } from '@eventstore/db-client/generated/code_pb';

type AnyModule = typeof import('google-protobuf/google/protobuf/any_pb');
type EmptyModule = typeof import('google-protobuf/google/protobuf/empty_pb');
type TimestampModule = typeof import('google-protobuf/google/protobuf/timestamp_pb');

const requireFromClient = createRequire(
  require.resolve('@eventstore/db-client/generated/status_pb.js'),
);

export const { Any } = requireFromClient('google-protobuf/google/protobuf/any_pb.js') as AnyModule;
export const { Empty: GoogleEmpty } = requireFromClient(
  'google-protobuf/google/protobuf/empty_pb.js',
) as EmptyModule;
export const { Timestamp: GoogleTimestamp } = requireFromClient(
  'google-protobuf/google/protobuf/timestamp_pb.js',
) as TimestampModule;
