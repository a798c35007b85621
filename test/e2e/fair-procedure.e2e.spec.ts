import { randomUUID } from 'node:crypto';
import { calendarFor, caseStream, postStream } from '@dutyledger/domain';
import type { EventStore, RecordedEvent } from '@dutyledger/event-store';
import { EVENT_STORE } from '@dutyledger/wiring';
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

/**
 * A fair procedure the API cannot break (docs/domain.md, "Case lifecycle"): the subject is heard
 * before a finding of "responsible"; the investigator finds, another supervisor decides, a third
 * decides appeals; the appeal window is counted in business time; an appeal never makes a measure
 * heavier; one open case per subject and ground; eligibility is enforced at appointment.
 */
const { investigator: INVESTIGATOR, appealBoard: APPEAL_BOARD } = ACTORS;

describe('a fair procedure, end to end over HTTP', () => {
  let running: RunningApp;
  let fixtures: CaseFixtures;
  let caseworker: string;
  let investigator: string;
  let decider: string;
  let appealBoard: string;
  let admin: string;
  let authority: string;

  beforeAll(async () => {
    running = await startApp();
    fixtures = new CaseFixtures(running);
    ({ caseworker, investigator, decider, appealBoard, admin } = caseTokens(running));
    authority = await fixtures.supervisionAuthority();
  });
  afterAll(() => running.stop());

  const post = (token: string, path: string, body?: unknown): Promise<Answer> =>
    call(running.url, 'POST', path, { token, body });

  async function ok(token: string, path: string, body?: unknown): Promise<Answer> {
    const answer = await post(token, path, body);
    expect({ path, status: answer.status, body: answer.body }).toMatchObject({ status: 201 });
    return answer;
  }

  async function refused(token: string, path: string, body: unknown, code: string) {
    const answer = await post(token, path, body);
    expect({ path, status: answer.status, code: answer.body.code }).toEqual({
      path,
      status: 422,
      code,
    });
    return answer;
  }

  const stored = (stream: string): Promise<RecordedEvent[]> =>
    running.app.get<EventStore>(EVENT_STORE).readStream(stream);

  async function lastOf(stream: string, type: string): Promise<Record<string, unknown>> {
    const event = (await stored(stream)).filter((candidate) => candidate.type === type).at(-1);
    if (event === undefined) throw new Error(`${stream} has no ${type}`);
    return event.data;
  }

  /** A pre-accident case on a serious failure, opened and investigated on the given days. */
  async function investigated(
    openedDaysAgo: number,
  ): Promise<{ caseId: string; subject: Subject; failure: FailureReference }> {
    const subject = await fixtures.cadreOnPost(authority);
    const failure = await fixtures.failure(subject, 'SERIOUS', openedDaysAgo + 10);
    const opened = await ok(caseworker, '/cases', {
      kind: 'PRE_ACCIDENT',
      openedByDepartmentId: authority,
      subjects: [subject],
      failures: [failure],
      summary: 'Monthly hazard inspections were not carried out',
      occurredAt: daysAgo(openedDaysAgo),
    });
    const caseId = String(opened.body.id);
    await ok(caseworker, `/cases/${caseId}/investigator`, {
      investigatorId: INVESTIGATOR,
      occurredAt: daysAgo(openedDaysAgo - 1),
    });
    await ok(caseworker, `/cases/${caseId}/investigation`, {
      occurredAt: daysAgo(openedDaysAgo - 1),
    });
    return { caseId, subject, failure };
  }

  it('hears the subject, separates investigation from decision and appeal, and never makes a measure heavier', async () => {
    const { caseId, subject } = await investigated(28);
    const { cadreId } = subject;
    const at = (path: string) => `/cases/${caseId}${path}`;
    const finding = {
      cadreId,
      responsible: true,
      responsibilityKind: 'DIRECT',
      reasoning: 'The inspection was the post’s duty and was skipped without cover',
      aggravating: [{ circumstance: 'CONCEALMENT_OR_FALSE_REPORT', note: 'The log was backdated' }],
      mitigating: [{ circumstance: 'COOPERATION', note: 'Handed over every register at once' }],
    };

    // Only the assigned investigator records findings.
    await refused(decider, at('/findings'), finding, 'FINDING_NOT_BY_INVESTIGATOR');
    // The subject must be heard first: a statement, or a notice whose response period lapsed.
    const unheard = await refused(investigator, at('/findings'), finding, 'SUBJECT_NOT_HEARD');
    expect(String(unheard.body.message)).toContain('hearing notice');
    await ok(caseworker, at('/hearing-notices'), { cadreId, occurredAt: daysAgo(25) });
    const { respondBy } = await lastOf(caseStream(caseId), 'HearingNoticeServed');
    expect(respondBy).toBe(calendarFor(running.config.timeZone).endOfDayAfter(daysAgo(25), 5));
    const early = { ...finding, occurredAt: daysAgo(22) };
    const stillRunning = await refused(investigator, at('/findings'), early, 'SUBJECT_NOT_HEARD');
    expect(String(stillRunning.body.message)).toContain(String(respondBy));
    await ok(investigator, at('/findings'), { ...finding, occurredAt: daysAgo(18) });
    expect(await lastOf(caseStream(caseId), 'FindingRecorded')).toMatchObject({
      hearing: 'NOTICE_UNANSWERED',
      recordedBy: INVESTIGATOR,
      aggravating: finding.aggravating,
      mitigating: finding.mitigating,
    });

    // Neither the investigator nor the one who recorded the findings decides.
    const measure = { cadreId, sanction: 'CIRCULATED_CRITICISM', occurredAt: daysAgo(17) };
    await refused(investigator, at('/sanctions'), measure, 'SANCTION_DECIDED_BY_INVESTIGATOR');
    await ok(decider, at('/sanctions'), measure);
    await refused(investigator, at('/decision'), {}, 'CASE_DECIDED_BY_INVESTIGATOR');
    await ok(decider, at('/decision'), { occurredAt: daysAgo(15) });

    // The window runs 30 local days from the decision: no closing on the day of the decision...
    const closing = { reason: 'Measures carried out', occurredAt: daysAgo(15) };
    await refused(decider, at('/closure'), closing, 'APPEAL_WINDOW_OPEN');
    // ...and the subject's appeal five days later is taken.
    const appealId = randomUUID();
    await ok(caseworker, at('/appeals'), {
      appealId,
      cadreId,
      grounds: 'The log was kept by the bureau, not by me',
      occurredAt: daysAgo(10),
    });

    // An appeal is decided by a supervisor who took no earlier part...
    const upheld = { appealId, outcome: 'UPHELD', reasoning: 'The duty was the post’s' };
    await refused(decider, at('/appeal-decisions'), upheld, 'APPEAL_DECIDED_BY_PARTICIPANT');
    await refused(investigator, at('/appeal-decisions'), upheld, 'APPEAL_DECIDED_BY_PARTICIPANT');
    // ...and never makes the measure heavier, nor turns it into a referral.
    const heavier = {
      appealId,
      outcome: 'SANCTION_CHANGED',
      changedSanction: 'REMOVAL_FROM_OFFICE',
      reasoning: 'On reflection, worse than found',
    };
    await refused(appealBoard, at('/appeal-decisions'), heavier, 'CHANGED_SANCTION_NOT_LIGHTER');
    const lighter = { ...heavier, changedSanction: 'ADMONISHMENT_TALK', occurredAt: daysAgo(5) };
    await ok(appealBoard, at('/appeal-decisions'), lighter);
    expect(await lastOf(caseStream(caseId), 'AppealDecided')).toMatchObject({
      changedSanction: 'ADMONISHMENT_TALK',
      decidedBy: APPEAL_BOARD,
    });
    // The subject used the appeal: the case may close although the window still runs.
    await ok(decider, at('/closure'), { reason: 'Decided; the appeal is decided' });
  });

  it('closes inside the appeal window only after the subject waived the appeal, and refuses a late appeal', async () => {
    const { caseId, subject } = await investigated(60);
    const { cadreId } = subject;
    const at = (path: string) => `/cases/${caseId}${path}`;
    await ok(caseworker, at('/statements'), {
      cadreId,
      statement: 'I accept the finding',
      occurredAt: daysAgo(58),
    });
    await ok(investigator, at('/findings'), {
      cadreId,
      responsible: true,
      responsibilityKind: 'LEADERSHIP',
      reasoning: 'Never followed up the inspection plan',
      occurredAt: daysAgo(57),
    });
    await ok(decider, at('/sanctions'), {
      cadreId,
      sanction: 'WARNING',
      occurredAt: daysAgo(56),
    });
    await ok(decider, at('/decision'), { occurredAt: daysAgo(45) });
    await refused(
      decider,
      at('/closure'),
      { reason: 'Done', occurredAt: daysAgo(44) },
      'APPEAL_WINDOW_OPEN',
    );
    await ok(caseworker, at('/appeal-waivers'), { cadreId, occurredAt: daysAgo(44) });
    await refused(
      caseworker,
      at('/appeals'),
      { cadreId, grounds: 'Changed my mind', occurredAt: daysAgo(43) },
      'APPEAL_ALREADY_WAIVED',
    );
    expect(await lastOf(caseStream(caseId), 'AppealWaived')).toMatchObject({ cadreId });
    await ok(decider, at('/closure'), {
      reason: 'Waived; measure carried out',
      occurredAt: daysAgo(44),
    });

    const late = await investigated(70);
    const lateAt = (path: string) => `/cases/${late.caseId}${path}`;
    await ok(caseworker, lateAt('/statements'), {
      cadreId: late.subject.cadreId,
      statement: 'No comment',
      occurredAt: daysAgo(68),
    });
    await ok(investigator, lateAt('/findings'), {
      cadreId: late.subject.cadreId,
      responsible: true,
      responsibilityKind: 'DIRECT',
      reasoning: 'Skipped the inspection',
      occurredAt: daysAgo(67),
    });
    await ok(decider, lateAt('/sanctions'), {
      cadreId: late.subject.cadreId,
      sanction: 'ADMONISHMENT_TALK',
      occurredAt: daysAgo(66),
    });
    await ok(decider, lateAt('/decision'), { occurredAt: daysAgo(65) });
    // The window closed 30 local days after the decision: an appeal filed today comes too late.
    await refused(
      caseworker,
      lateAt('/appeals'),
      { cadreId: late.subject.cadreId, grounds: 'Too harsh' },
      'APPEAL_WINDOW_CLOSED',
    );
    await ok(decider, lateAt('/closure'), { reason: 'The window closed without an appeal' });
  });

  it('opens a post-accident case only against who held the post then, and only one open case per subject and accident', async () => {
    const accidentAt = daysAgo(20);
    const accidentId = await fixtures.accident(authority, accidentAt, 'LARGER');
    const holder = await fixtures.cadreOnPost(authority);
    const newcomer = await fixtures.cadreOnPost(authority);
    const vacantSince = newcomer.postId;
    // The newcomer's post: relieved before the accident, the newcomer named on the holder's post.
    const opening = (subjects: Subject[]) => ({
      kind: 'POST_ACCIDENT',
      openedByDepartmentId: authority,
      subjects,
      failures: [],
      accidentId,
      summary: 'Roof collapse in shaft 3: four dead',
    });
    const notHeld = await refused(
      caseworker,
      '/cases',
      opening([{ cadreId: newcomer.cadreId, postId: holder.postId }]),
      'SUBJECT_DID_NOT_HOLD_POST_AT_ACCIDENT',
    );
    expect(String(notHeld.body.message)).toContain(`held by cadre ${holder.cadreId}`);
    await ok(admin, `/posts/${vacantSince}/reliefs`, {
      cadreId: newcomer.cadreId,
      effectiveFrom: daysAgo(30),
      reason: 'Transferred',
    });
    const vacant = await refused(
      caseworker,
      '/cases',
      opening([newcomer]),
      'SUBJECT_DID_NOT_HOLD_POST_AT_ACCIDENT',
    );
    expect(String(vacant.body.message)).toContain('the post was vacant');

    const first = String((await ok(caseworker, '/cases', opening([holder]))).body.id);
    const second = await refused(caseworker, '/cases', opening([holder]), 'DUPLICATE_OPEN_CASE');
    expect(second.body).toMatchObject({ holderId: first });
    expect(String(second.body.message)).toContain(first);

    // Closed, the case lets its grounds go; reopened, it cannot take them back from an open case.
    await ok(caseworker, `/cases/${first}/investigator`, { investigatorId: INVESTIGATOR });
    await ok(caseworker, `/cases/${first}/investigation`);
    await ok(investigator, `/cases/${first}/findings`, {
      cadreId: holder.cadreId,
      responsible: false,
      reasoning: 'The roof support plan was approved by the province',
    });
    await ok(decider, `/cases/${first}/decision`);
    await ok(decider, `/cases/${first}/closure`, { reason: 'No one is found responsible' });
    const again = String((await ok(caseworker, '/cases', opening([holder]))).body.id);
    const reopening = await refused(
      decider,
      `/cases/${first}/reopening`,
      { reason: 'A new witness' },
      'DUPLICATE_OPEN_CASE',
    );
    expect(reopening.body).toMatchObject({ holderId: again });
  });

  it('grounds a pre-accident case on a business duty’s failure only when it harmed work safety', async () => {
    const subject = await fixtures.cadreOnPost(authority);
    const dutyId = String(
      (
        await ok(caseworker, '/duties', {
          postId: subject.postId,
          category: 'BUSINESS',
          title: 'Approve mining licences',
          industries: ['mining'],
          cadence: 'ONCE',
          basis: 'Mineral Resources Law',
          effectiveFrom: daysAgo(300),
        })
      ).body.id,
    );
    const licence = (safetyImpact?: boolean) => ({
      occurredAt: daysAgo(40),
      kind: 'LAX_LICENSING_OR_APPROVAL',
      ...(safetyImpact === undefined ? {} : { safetyImpact }),
      description: 'A licence was approved without the conditions for safe production',
      evidence: 'Licence file 2026-17',
      adverseEffect: 'SERIOUS',
    });
    const plain = String((await ok(caseworker, `/duties/${dutyId}/failures`, licence())).body.id);
    const harmful = String(
      (await ok(caseworker, `/duties/${dutyId}/failures`, licence(true))).body.id,
    );
    const opening = (failureId: string) => ({
      kind: 'PRE_ACCIDENT',
      openedByDepartmentId: authority,
      subjects: [subject],
      failures: [{ dutyId, failureId }],
      summary: 'A licence approved without safety conditions',
    });
    await refused(caseworker, '/cases', opening(plain), 'CITED_FAILURE_NOT_WORK_SAFETY');
    await ok(caseworker, '/cases', opening(harmful));
  });

  it('refuses to appoint a cadre whose eligibility is blocked, unless the override says why, and records it', async () => {
    const { caseId, subject } = await investigated(10);
    const { cadreId } = subject;
    const at = (path: string) => `/cases/${caseId}${path}`;
    await ok(caseworker, at('/statements'), { cadreId, statement: 'No comment' });
    await ok(investigator, at('/findings'), {
      cadreId,
      responsible: true,
      responsibilityKind: 'DIRECT',
      reasoning: 'Skipped the inspection',
    });
    await ok(decider, at('/sanctions'), { cadreId, sanction: 'SUSPENSION' });
    await ok(decider, at('/decision'));

    const postId = randomUUID();
    await ok(admin, '/posts', {
      postId,
      departmentId: authority,
      title: 'Deputy Mayor (transport)',
      rank: 'DEPUTY',
      businessScope: ['transport'],
      effectiveFrom: daysAgo(500),
    });
    // As of now the case is open and the suspension's influence period runs.
    const appointment = { cadreId, effectiveFrom: new Date().toISOString() };
    const blocked = await refused(
      admin,
      `/posts/${postId}/appointments`,
      appointment,
      'CADRE_NOT_ELIGIBLE',
    );
    const blocks = blocked.body.blocks as { reason: string }[];
    expect(blocks.map((block) => block.reason)).toEqual(['OPEN_CASE', 'SANCTION_INFLUENCE_PERIOD']);
    const reason = 'Approved by the municipal Party committee as the only qualified candidate';
    await ok(admin, `/posts/${postId}/appointments`, {
      ...appointment,
      eligibilityOverride: { reason },
    });
    expect(await lastOf(postStream(postId), 'CadreAppointedToPost')).toMatchObject({
      cadreId,
      eligibilityOverride: {
        reason,
        blocks: [
          expect.objectContaining({ reason: 'OPEN_CASE' }),
          expect.objectContaining({ reason: 'SANCTION_INFLUENCE_PERIOD' }),
        ],
      },
    });

    const eligible = await fixtures.cadreOnPost(authority);
    const otherPost = randomUUID();
    await ok(admin, '/posts', {
      postId: otherPost,
      departmentId: authority,
      title: 'Deputy Mayor (education)',
      rank: 'DEPUTY',
      businessScope: ['education'],
      effectiveFrom: daysAgo(500),
    });
    await refused(
      admin,
      `/posts/${otherPost}/appointments`,
      {
        cadreId: eligible.cadreId,
        effectiveFrom: new Date().toISOString(),
        eligibilityOverride: { reason },
      },
      'ELIGIBILITY_OVERRIDE_NOT_NEEDED',
    );
  });
});
