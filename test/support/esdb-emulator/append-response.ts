import type { AppendResult } from './emulator-log';
import { AppendResp, Empty } from './proto';

/**
 * A wrong expected version is an OK-status answer; the client turns it into its error. (A deleted
 * stream fails the call instead: see the handler.)
 */
export function toAppendResp(
  result: Exclude<AppendResult, { kind: 'stream_deleted' }>,
): AppendResp {
  const response = new AppendResp();
  if (result.kind === 'success') {
    const success = new AppendResp.Success();
    if (result.currentRevision === 'no_stream') success.setNoStream(new Empty());
    else success.setCurrentRevision(result.currentRevision.toString());
    if (result.position === undefined) success.setNoPosition(new Empty());
    else {
      success.setPosition(
        new AppendResp.Position()
          .setCommitPosition(result.position.commit.toString())
          .setPreparePosition(result.position.prepare.toString()),
      );
    }
    return response.setSuccess(success);
  }
  const wrong = new AppendResp.WrongExpectedVersion();
  if (result.currentRevision === 'no_stream') wrong.setCurrentNoStream(new Empty());
  else wrong.setCurrentRevision(result.currentRevision.toString());
  const { expected } = result;
  if (expected.kind === 'revision') wrong.setExpectedRevision(expected.revision.toString());
  else if (expected.kind === 'any') wrong.setExpectedAny(new Empty());
  else if (expected.kind === 'stream_exists') wrong.setExpectedStreamExists(new Empty());
  else wrong.setExpectedNoStream(new Empty());
  return response.setWrongExpectedVersion(wrong);
}
