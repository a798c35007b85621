import { generateKeyPairSync } from 'node:crypto';
import { many, stored } from '../contract/contract-fixtures';
import type { RecordedEvent } from '../port/envelope';
import { verifyCaseBundle, writeCaseBundle } from './case-bundle';
import { type CheckpointWithHeads, keyIdOf, signLogCheckpoint } from './log-checkpoint';
import { type LogHeads, type StreamHead, headProofs } from './log-heads';

const CASE_ID = '3f6c1e2a-8d4b-4c1e-9a7f-2b3c4d5e6f70';
const CASE = `case-${CASE_ID}`;

/** The heads of these streams (and of one the bundle does not hold) at `position`. */
function headsAt(position: number, ...streams: RecordedEvent[][]): LogHeads {
  const heads = new Map<string, StreamHead>([
    [
      'access-log-2026-07-01',
      { stream: 'access-log-2026-07-01', revision: 0n, hash: 'f'.repeat(64) },
    ],
  ]);
  let events = 1;
  for (const stream of streams) {
    const kept = stream.filter((event) => event.position <= BigInt(position));
    const last = kept.at(-1);
    events += kept.length;
    if (last)
      heads.set(last.stream, { stream: last.stream, revision: last.revision, hash: last.hash });
  }
  return { position: BigInt(position), events, heads };
}

describe('case bundles held against a signed checkpoint of the log', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const caseStream = stored(CASE, many(4, 'CaseNoted'), [2, 4, 6, 8]);
  const dutyStream = stored('duty-1', many(2, 'DutyNoted'), [1, 5]);
  const signed = signLogCheckpoint(
    headsAt(9, caseStream, dutyStream),
    '2026-07-01T00:00:00.000Z',
    privateKey,
  );

  function bundleWith(kept: CheckpointWithHeads, streams: RecordedEvent[][]): string {
    const heads = new Map(
      kept.heads.map((h) => [h.stream, { ...h, revision: BigInt(h.revision) }]),
    );
    const proofs = headProofs(
      heads,
      streams.map((stream) => stream[0]?.stream ?? ''),
    );
    return writeCaseBundle(CASE_ID, '2026-07-02T00:00:00.000Z', streams, {
      ...kept.checkpoint,
      proofs,
    });
  }

  it('verifies a bundle whose every stream head was signed, and says by which key', () => {
    const verdict = verifyCaseBundle(bundleWith(signed, [caseStream, dutyStream]), {
      trusted: publicKey,
    });
    expect(verdict).toMatchObject({
      ok: true,
      checkpoint: { position: '9', keyId: signed.checkpoint.keyId },
      problems: [],
    });
  });

  it('finds events cut off the end of a stream before the export, on the line of the head left', () => {
    const cut = caseStream.slice(0, 3);
    const verdict = verifyCaseBundle(bundleWith(signed, [cut, dutyStream]));
    expect(verdict.ok).toBe(false);
    expect(verdict.problems).toEqual([
      {
        line: 6,
        stream: CASE,
        revision: '2',
        checkpoint: 'carried',
        code: 'checkpoint.headReplaced',
        params: {
          position: '9',
          stream: CASE,
          signedRevision: '3',
          signedHash: `${caseStream[3]?.hash.slice(0, 12)}…`,
          revision: '2',
          hash: `${caseStream[2]?.hash.slice(0, 12)}…`,
        },
      },
    ]);
  });

  it('refuses a proof that does not lead to the signed root, and a checkpoint of another key', () => {
    const bundle = bundleWith(signed, [caseStream, dutyStream]);
    const [manifest = '', ...lines] = bundle.trimEnd().split('\n');
    const parsed = JSON.parse(manifest) as { checkpoint: { proofs: { path: string[] }[] } };
    const [proof] = parsed.checkpoint.proofs;
    if (proof) proof.path = proof.path.map(() => '0'.repeat(64));
    const forged = verifyCaseBundle(`${[JSON.stringify(parsed), ...lines].join('\n')}\n`);
    expect(forged.problems).toContainEqual({
      line: 1,
      stream: CASE,
      checkpoint: 'carried',
      code: 'checkpoint.proofMismatch',
      params: { stream: CASE },
    });
    const other = generateKeyPairSync('ed25519').publicKey;
    expect(verifyCaseBundle(bundle, { trusted: other }).problems).toEqual([
      {
        line: 1,
        checkpoint: 'carried',
        code: 'checkpoint.keyNotTrusted',
        params: { keyId: signed.checkpoint.keyId, trustedKeyId: keyIdOf(other) },
      },
    ]);
  });

  it('finds a bundle made from a store rolled back behind a checkpoint kept elsewhere', () => {
    const later = stored(CASE, many(6, 'CaseNoted'), [2, 4, 6, 8, 10, 11]);
    const kept = signLogCheckpoint(
      headsAt(11, later, dutyStream),
      '2026-07-03T00:00:00.000Z',
      privateKey,
    );
    // The store came back from a copy of 2 July: the case stream ends at revision 3 again.
    const verdict = verifyCaseBundle(bundleWith(signed, [caseStream, dutyStream]), { given: kept });
    expect(verdict.ok).toBe(false);
    expect(verdict.problems).toEqual([
      {
        line: 1,
        stream: CASE,
        checkpoint: 'given',
        code: 'checkpoint.revisionLacking',
        params: { stream: CASE, revision: '5', position: '11' },
      },
    ]);
  });
});
