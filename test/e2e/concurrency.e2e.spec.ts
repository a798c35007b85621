import { createHash, randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@dutyledger/event-store';
import { type Answer, call } from '../support/http';
import { type RunningApp, startApp } from '../support/running-app';
import { CaseFixtures, type Subject } from './case-fixtures';

const INVESTIGATOR = 'supervisor-investigating';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** How a command's own event is recognised in the stream. */
interface Marker {
  type: string;
  field: string;
  value: string;
}

interface Shot {
  label: string;
  token: string;
  path: string;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
  marker: Marker;
  /** Commands that share a rule with others (same evidence id, same subject's finding). */
  group?: string;
  /** Sent with an If-Match that is certainly stale. */
  stale?: boolean;
}

interface Outcome {
  shot: Shot;
  answer: Answer;
}

describe('concurrent commands on one case', () => {
  let running: RunningApp;
  let fixtures: CaseFixtures;
  let caseworker: string;
  let investigator: string;

  beforeAll(async () => {
    running = await startApp();
    fixtures = new CaseFixtures(running);
    caseworker = running.token('CASEWORKER');
    investigator = running.token('SUPERVISOR', INVESTIGATOR);
  });
  afterAll(() => running.stop());

  async function ok(token: string, path: string, body?: unknown): Promise<Answer> {
    const answer = await call(running.url, 'POST', path, { token, body });
    expect({ path, status: answer.status, body: answer.body }).toMatchObject({ status: 201 });
    return answer;
  }

  /** A pre-accident case, investigator assigned and investigation started; its revision. */
  async function caseUnderInvestigation(): Promise<{
    caseId: string;
    subject: Subject;
    revision: string;
  }> {
    const authority = await fixtures.supervisionAuthority();
    const subject = await fixtures.cadreOnPost(authority);
    const failure = await fixtures.failure(subject, 'SERIOUS');
    const opened = await ok(caseworker, '/cases', {
      kind: 'PRE_ACCIDENT',
      openedByDepartmentId: authority,
      subjects: [subject],
      failures: [failure],
      summary: 'Monthly hazard inspections of the mines were not carried out',
    });
    const caseId = String(opened.body.id);
    await ok(caseworker, `/cases/${caseId}/investigator`, { investigatorId: INVESTIGATOR });
    const started = await ok(caseworker, `/cases/${caseId}/investigation`);
    return { caseId, subject, revision: String(started.body.revision) };
  }

  function shots(caseId: string, subject: Subject, revision: string): Shot[] {
    const evidence = (label: string, evidenceId: string, extra: Partial<Shot> = {}): Shot => ({
      label,
      token: caseworker,
      path: `/cases/${caseId}/evidence`,
      body: {
        evidenceId,
        description: `Evidence ${label}`,
        contentHash: sha256(label),
      },
      marker: { type: 'EvidenceAttached', field: 'evidenceId', value: evidenceId },
      ...extra,
    });
    const statement = (label: string, extra: Partial<Shot> = {}): Shot => {
      const text = `Statement ${label}: the inspectors were on leave`;
      return {
        label,
        token: caseworker,
        path: `/cases/${caseId}/statements`,
        body: { cadreId: subject.cadreId, statement: text },
        marker: { type: 'SubjectStatementRecorded', field: 'statement', value: text },
        ...extra,
      };
    };
    const finding = (label: string): Shot => {
      const reasoning = `Finding ${label}: the inspection was delegated in writing`;
      return {
        label,
        token: investigator,
        path: `/cases/${caseId}/findings`,
        body: { cadreId: subject.cadreId, responsible: false, reasoning },
        marker: { type: 'FindingRecorded', field: 'reasoning', value: reasoning },
        group: 'finding',
      };
    };
    const duplicated = randomUUID();
    const staleRevision = { 'if-match': `"${BigInt(revision) - 2n}"` };
    return [
      ...Array.from({ length: 8 }, (_, index) => evidence(`distinct-${index}`, randomUUID())),
      evidence('duplicate-a', duplicated, { group: 'evidence' }),
      evidence('duplicate-b', duplicated, { group: 'evidence' }),
      statement('plain-0'),
      statement('plain-1'),
      statement('plain-2'),
      finding('first'),
      finding('second'),
      evidence('stale-0', randomUUID(), { headers: staleRevision, stale: true }),
      evidence('stale-1', randomUUID(), { headers: { 'if-match': '"0"' }, stale: true }),
      evidence('stale-2', randomUUID(), { headers: { 'if-match': 'W/"1"' }, stale: true }),
      statement('stale-3', { headers: staleRevision, stale: true }),
      // Current when sent, but racing the others: it may win (201) or lose (409), never retry.
      evidence('racing-if-match', randomUUID(), { headers: { 'if-match': `"${revision}"` } }),
    ];
  }

  const valueOf = (event: RecordedEvent, field: string): unknown => event.data[field];
  /** The event is this command's: its marker, and for evidence its own description too. */
  const isOwn = (event: RecordedEvent, shot: Shot): boolean =>
    event.type === shot.marker.type &&
    valueOf(event, shot.marker.field) === shot.marker.value &&
    (shot.marker.type !== 'EvidenceAttached' || event.data.description === shot.body.description);

  it('answers 201, 409 or 422 to each of 20 commands and stores each accepted one exactly once', async () => {
    const { caseId, subject, revision } = await caseUnderInvestigation();
    const before = await fixtures.caseEvents(caseId);
    expect(String(before.at(-1)?.revision)).toBe(revision);

    const fired = shots(caseId, subject, revision);
    expect(fired).toHaveLength(20);
    const outcomes: Outcome[] = await Promise.all(
      fired.map(async (shot) => ({
        shot,
        answer: await call(running.url, 'POST', shot.path, {
          token: shot.token,
          body: shot.body,
          headers: shot.headers,
        }),
      })),
    );
    const summary = outcomes.map(({ shot, answer }) => ({
      label: shot.label,
      status: answer.status,
      code: answer.body.code,
    }));

    // Every answer is one of the three a command may give under contention.
    for (const entry of summary) {
      expect([entry, [201, 409, 422].includes(entry.status)]).toEqual([entry, true]);
    }

    // A stale If-Match is refused before anything is decided.
    for (const { shot, answer } of outcomes.filter((outcome) => outcome.shot.stale)) {
      expect({ label: shot.label, status: answer.status, code: answer.body.code }).toEqual({
        label: shot.label,
        status: 409,
        code: 'CONCURRENT_CHANGE',
      });
    }

    // 409 is only ever CONCURRENT_CHANGE; 422 only the rule the group shares.
    for (const { shot, answer } of outcomes) {
      if (answer.status === 409) expect(answer.body.code).toBe('CONCURRENT_CHANGE');
      if (answer.status === 422) {
        expect({ label: shot.label, code: answer.body.code }).toEqual({
          label: shot.label,
          code:
            shot.group === 'evidence'
              ? 'EVIDENCE_ALREADY_ATTACHED'
              : shot.group === 'finding'
                ? 'FINDING_ALREADY_RECORDED'
                : 'not expected',
        });
      }
    }

    const after = await fixtures.caseEvents(caseId);
    // The stream's revisions are 0..n-1 without gaps, and the set-up history is untouched.
    expect(after.map((event) => event.revision)).toEqual(after.map((_, index) => BigInt(index)));
    expect(after.slice(0, before.length)).toEqual(before);
    const appended = after.slice(before.length);

    const accepted = outcomes.filter(({ answer }) => answer.status === 201);
    expect(accepted.length).toBeGreaterThan(0);

    // Each accepted command's event is stored exactly once, at the revision it answered.
    for (const { shot, answer } of accepted) {
      const own = appended.filter((event) => isOwn(event, shot));
      expect({ label: shot.label, stored: own.length }).toEqual({ label: shot.label, stored: 1 });
      const [event] = own;
      expect(String(event?.revision)).toBe(String(answer.body.revision));
    }

    // No refused command left any event behind.
    for (const { shot } of outcomes.filter(({ answer }) => answer.status !== 201)) {
      const left = appended.filter((event) => isOwn(event, shot));
      expect({ label: shot.label, left: left.length }).toEqual({ label: shot.label, left: 0 });
    }

    // Commands sharing a rule: at most one of each group got through.
    for (const group of ['evidence', 'finding']) {
      const members = outcomes.filter(({ shot }) => shot.group === group);
      expect(members.filter(({ answer }) => answer.status === 201).length).toBeLessThanOrEqual(1);
    }

    // Nothing else was appended: one event per accepted command, each from a distinct command.
    expect(appended).toHaveLength(accepted.length);
    const causations = new Set(appended.map((event) => event.metadata.causationId));
    expect(causations.size).toBe(appended.length);
    const revisions = new Set(accepted.map(({ answer }) => String(answer.body.revision)));
    expect(revisions.size).toBe(accepted.length);
  });
});
