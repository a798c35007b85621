import { createHash, randomUUID } from 'node:crypto';
import { calendarFor } from '@dutyledger/domain';
import { type Answer, call } from '../support/http';
import { type RunningApp, startApp } from '../support/running-app';
import {
  ACTORS,
  CaseFixtures,
  type FailureReference,
  type Subject,
  caseTokens,
  daysAgo,
} from './case-fixtures';

const { investigator: INVESTIGATOR, decider: DECIDER } = ACTORS;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('accountability cases over HTTP', () => {
  let running: RunningApp;
  let fixtures: CaseFixtures;
  let caseworker: string;
  let investigator: string;
  let decider: string;
  let appealBoard: string;
  let authority: string;

  beforeAll(async () => {
    running = await startApp();
    fixtures = new CaseFixtures(running);
    ({ caseworker, investigator, decider, appealBoard } = caseTokens(running));
    authority = await fixtures.supervisionAuthority();
  });
  afterAll(() => running.stop());

  const post = (token: string, path: string, body?: unknown): Promise<Answer> =>
    call(running.url, 'POST', path, { token, body });

  /** Posts and expects 201; answers the id acted on. */
  async function ok(token: string, path: string, body?: unknown): Promise<string> {
    const answer = await post(token, path, body);
    expect({ path, status: answer.status, body: answer.body }).toMatchObject({ status: 201 });
    return String(answer.body.id);
  }

  async function types(caseId: string): Promise<string[]> {
    return (await fixtures.caseEvents(caseId)).map((event) => event.type);
  }

  async function eventOf(caseId: string, type: string): Promise<Record<string, unknown>> {
    const event = (await fixtures.caseEvents(caseId)).find((candidate) => candidate.type === type);
    if (event === undefined) throw new Error(`case ${caseId} has no ${type}`);
    return event.data;
  }

  async function openPreAccident(subject: Subject, failure: FailureReference): Promise<string> {
    return ok(caseworker, '/cases', {
      kind: 'PRE_ACCIDENT',
      openedByDepartmentId: authority,
      subjects: [subject],
      failures: [failure],
      summary: 'Monthly hazard inspections of the mines were not carried out',
    });
  }

  /** Opens a pre-accident case and investigates it up to the point of findings. */
  async function investigatedCase(): Promise<{ caseId: string; subject: Subject }> {
    const subject = await fixtures.cadreOnPost(authority);
    const caseId = await openPreAccident(subject, await fixtures.failure(subject, 'SERIOUS'));
    await ok(caseworker, `/cases/${caseId}/investigator`, { investigatorId: INVESTIGATOR });
    await ok(caseworker, `/cases/${caseId}/investigation`);
    return { caseId, subject };
  }

  /** The subject's statement: the right to be heard before a finding of "responsible". */
  async function heard(caseId: string, cadreId: string): Promise<void> {
    await ok(caseworker, `/cases/${caseId}/statements`, {
      cadreId,
      statement: 'I did what the bureau told me',
    });
  }

  async function closedCase(): Promise<string> {
    const { caseId, subject } = await investigatedCase();
    await ok(investigator, `/cases/${caseId}/findings`, {
      cadreId: subject.cadreId,
      responsible: false,
      reasoning: 'The inspection was delegated by a written order of the bureau',
    });
    await ok(decider, `/cases/${caseId}/decision`);
    await ok(decider, `/cases/${caseId}/closure`, { reason: 'No one is found responsible' });
    return caseId;
  }

  it('(a) takes a pre-accident case from a serious failure to its closing, through an appeal', async () => {
    const { caseId, subject } = await investigatedCase();
    const { cadreId } = subject;
    await ok(caseworker, `/cases/${caseId}/evidence`, {
      description: 'Inspection register of March',
      contentHash: sha256('inspection register, March'),
    });
    await ok(caseworker, `/cases/${caseId}/statements`, {
      cadreId,
      statement: 'The inspectors were on leave that month',
    });
    await ok(investigator, `/cases/${caseId}/findings`, {
      cadreId,
      responsible: true,
      responsibilityKind: 'DIRECT',
      reasoning: 'The inspection was the post’s duty and was skipped without cover',
    });
    const sanctionId = randomUUID();
    await ok(decider, `/cases/${caseId}/sanctions`, {
      sanctionId,
      cadreId,
      sanction: 'ADMONISHMENT_TALK',
    });
    await ok(decider, `/cases/${caseId}/decision`);
    const appealId = randomUUID();
    await ok(caseworker, `/cases/${caseId}/appeals`, {
      appealId,
      cadreId,
      grounds: 'The leave was approved by the bureau',
    });
    await ok(appealBoard, `/cases/${caseId}/appeal-decisions`, {
      appealId,
      outcome: 'UPHELD',
      reasoning: 'Approved leave does not lift the duty to arrange cover',
    });
    await ok(decider, `/cases/${caseId}/closure`, { reason: 'Decided; the appeal is decided' });

    expect(await types(caseId)).toEqual([
      'CaseOpened',
      'CaseSubjectNamed',
      'FailureCited',
      'InvestigatorAssigned',
      'InvestigationStarted',
      'EvidenceAttached',
      'SubjectStatementRecorded',
      'FindingRecorded',
      'SanctionDecided',
      'CaseDecided',
      'AppealFiled',
      'AppealDecided',
      'CaseClosed',
    ]);
    expect(await eventOf(caseId, 'FailureCited')).toMatchObject({
      adverseEffect: 'SERIOUS',
      responsibleCadreId: cadreId,
    });
    expect(await eventOf(caseId, 'FindingRecorded')).toMatchObject({
      hearing: 'STATEMENT',
      recordedBy: INVESTIGATOR,
    });
    expect(await eventOf(caseId, 'SanctionDecided')).toMatchObject({
      sanctionId,
      decidedBy: DECIDER,
    });
    const decided = await eventOf(caseId, 'CaseDecided');
    expect(decided).toMatchObject({ decidedBy: DECIDER });
    expect(decided.appealWindowClosesAt).toBe(
      calendarFor(running.config.timeZone).endOfDayAfter(
        String(decided.occurredAt),
        running.config.policy.appealWindowDays,
      ),
    );
  });

  it('(b) sets a post-accident deadline at the end of the 60th local day after the accident and allows one extension', async () => {
    const calendar = calendarFor(running.config.timeZone);
    const accidentAt = daysAgo(10);
    const accidentId = await fixtures.accident(authority, accidentAt, 'LARGER');
    const first = await fixtures.cadreOnPost(authority);
    const second = await fixtures.cadreOnPost(authority);
    const caseId = await ok(caseworker, '/cases', {
      kind: 'POST_ACCIDENT',
      openedByDepartmentId: authority,
      subjects: [first, second],
      failures: [],
      accidentId,
      summary: 'Roof collapse in shaft 3: four dead',
    });
    expect(await eventOf(caseId, 'AccidentCited')).toMatchObject({
      accidentId,
      accidentGrade: 'LARGER',
    });
    const dueAt = calendar.endOfDayAfter(accidentAt, 60);
    expect(await eventOf(caseId, 'InvestigationDeadlineSet')).toMatchObject({ dueAt });

    const extension = { days: 30, reason: 'The geological survey is not back yet' };
    await ok(caseworker, `/cases/${caseId}/deadline-extensions`, extension);
    expect(await eventOf(caseId, 'DeadlineExtended')).toMatchObject({
      previousDueAt: dueAt,
      dueAt: calendar.endOfDayAfter(dueAt, 30),
    });
    const again = await post(caseworker, `/cases/${caseId}/deadline-extensions`, extension);
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('DEADLINE_ALREADY_EXTENDED');

    await ok(caseworker, `/cases/${caseId}/investigator`, { investigatorId: INVESTIGATOR });
    await ok(caseworker, `/cases/${caseId}/investigation`);
    await heard(caseId, first.cadreId);
    await ok(investigator, `/cases/${caseId}/findings`, {
      cadreId: first.cadreId,
      responsible: true,
      responsibilityKind: 'LEADERSHIP',
      reasoning: 'Led the mining line and ignored two warnings',
    });
    await ok(investigator, `/cases/${caseId}/findings`, {
      cadreId: second.cadreId,
      responsible: false,
      reasoning: 'Took up the post after the warnings',
    });
    await ok(decider, `/cases/${caseId}/decision`);
    await ok(decider, `/cases/${caseId}/closure`, { reason: 'Decided, no appeal' });
    expect((await types(caseId)).at(-1)).toBe('CaseClosed');
  });

  it('(c) reopens a closed case only with a reason, keeping its history', async () => {
    const caseId = await closedCase();
    const before = await fixtures.caseEvents(caseId);
    const missing = await post(decider, `/cases/${caseId}/reopening`, {});
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('VALIDATION_FAILED');
    const blank = await post(decider, `/cases/${caseId}/reopening`, { reason: '   ' });
    expect(blank.status).toBe(422);
    expect(blank.body.code).toBe('REOPEN_REASON_REQUIRED');
    await ok(decider, `/cases/${caseId}/reopening`, { reason: 'A new witness came forward' });
    const after = await fixtures.caseEvents(caseId);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.at(-1)).toMatchObject({
      type: 'CaseReopened',
      data: { reason: 'A new witness came forward' },
    });
  });

  it('rejects a sanction for a subject found not responsible', async () => {
    const { caseId, subject } = await investigatedCase();
    await ok(investigator, `/cases/${caseId}/findings`, {
      cadreId: subject.cadreId,
      responsible: false,
      reasoning: 'Took up the post after the failure',
    });
    const refused = await post(decider, `/cases/${caseId}/sanctions`, {
      cadreId: subject.cadreId,
      sanction: 'CIRCULATED_CRITICISM',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('SANCTION_REQUIRES_RESPONSIBLE_FINDING');
  });

  it('rejects a sanction decided by the case’s investigator', async () => {
    const { caseId, subject } = await investigatedCase();
    await heard(caseId, subject.cadreId);
    await ok(investigator, `/cases/${caseId}/findings`, {
      cadreId: subject.cadreId,
      responsible: true,
      responsibilityKind: 'DIRECT',
      reasoning: 'Skipped the inspection',
    });
    const refused = await post(investigator, `/cases/${caseId}/sanctions`, {
      cadreId: subject.cadreId,
      sanction: 'SUSPENSION',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('SANCTION_DECIDED_BY_INVESTIGATOR');
  });

  it('refuses to close a case while an appeal is pending', async () => {
    const { caseId, subject } = await investigatedCase();
    const { cadreId } = subject;
    await heard(caseId, cadreId);
    await ok(investigator, `/cases/${caseId}/findings`, {
      cadreId,
      responsible: true,
      responsibilityKind: 'SUPERVISORY',
      reasoning: 'Did not follow up on the missed inspection',
    });
    await ok(decider, `/cases/${caseId}/sanctions`, { cadreId, sanction: 'ADMONISHMENT_TALK' });
    await ok(decider, `/cases/${caseId}/decision`);
    await ok(caseworker, `/cases/${caseId}/appeals`, { cadreId, grounds: 'Too harsh' });
    const refused = await post(decider, `/cases/${caseId}/closure`, { reason: 'Done' });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('APPEAL_PENDING');
  });

  it('takes the deciding supervisor from the token, never from the body', async () => {
    const { caseId, subject } = await investigatedCase();
    const { cadreId } = subject;
    await heard(caseId, cadreId);
    await ok(investigator, `/cases/${caseId}/findings`, {
      cadreId,
      responsible: true,
      responsibilityKind: 'DIRECT',
      reasoning: 'Skipped the inspection',
    });
    const smuggled = await post(decider, `/cases/${caseId}/sanctions`, {
      cadreId,
      sanction: 'ADMONISHMENT_TALK',
      decidedBy: 'someone-else',
    });
    expect(smuggled.status).toBe(400);
    expect(smuggled.body.code).toBe('VALIDATION_FAILED');
  });

  it('refuses a pre-accident case on a failure without an adverse effect', async () => {
    const subject = await fixtures.cadreOnPost(authority);
    const answer = await post(caseworker, '/cases', {
      kind: 'PRE_ACCIDENT',
      openedByDepartmentId: authority,
      subjects: [subject],
      failures: [await fixtures.failure(subject, 'NONE')],
      summary: 'A missed inspection with no consequence',
    });
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('PRE_ACCIDENT_SUBJECT_WITHOUT_ADVERSE_FAILURE');
  });

  it('answers 404 for an unknown case, department, failure or accident', async () => {
    const unknownCase = await post(caseworker, `/cases/${randomUUID()}/investigator`, {
      investigatorId: INVESTIGATOR,
    });
    expect(unknownCase.status).toBe(404);
    expect(unknownCase.body.code).toBe('CASE_NOT_FOUND');

    const subject = await fixtures.cadreOnPost(authority);
    const failure = await fixtures.failure(subject, 'MINOR');
    const opening = {
      kind: 'PRE_ACCIDENT',
      openedByDepartmentId: authority,
      subjects: [subject],
      failures: [failure],
      summary: 'Missed inspections',
    };
    const codes = await Promise.all(
      [
        { ...opening, openedByDepartmentId: randomUUID() },
        { ...opening, failures: [{ ...failure, failureId: randomUUID() }] },
        { ...opening, kind: 'POST_ACCIDENT', failures: [], accidentId: randomUUID() },
        { ...opening, subjects: [{ ...subject, cadreId: randomUUID() }] },
      ].map(async (body) => {
        const answer = await post(caseworker, '/cases', body);
        return `${answer.status} ${String(answer.body.code)}`;
      }),
    );
    expect(codes).toEqual([
      '404 DEPARTMENT_NOT_FOUND',
      '404 FAILURE_NOT_FOUND',
      '404 ACCIDENT_NOT_FOUND',
      '404 CADRE_NOT_FOUND',
    ]);
  });

  it('answers 403 to the wrong role and 400 to a malformed case id', async () => {
    const { caseId, subject } = await investigatedCase();
    const finding = {
      cadreId: subject.cadreId,
      responsible: false,
      reasoning: 'Not responsible',
    };
    expect((await post(caseworker, `/cases/${caseId}/findings`, finding)).status).toBe(403);
    expect((await post(decider, `/cases/${caseId}/investigation`)).status).toBe(403);
    expect((await post(running.token('VIEWER'), '/cases', {})).status).toBe(403);
    const malformed = await post(decider, '/cases/not-a-uuid/findings', finding);
    expect(malformed.status).toBe(400);
  });
});
