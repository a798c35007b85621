import type { RecordedEvent } from '@dutyledger/event-store';
import { EventLog, describeReadModels, project } from '../../../../test/support/projection-spec';
import { CadreHistoryCase } from './cadre-history-case.entity';
import { CadreHistoryFinding } from './cadre-history-finding.entity';
import { CadreHistorySubject } from './cadre-history-subject.entity';
import { cadreHistoryProjection } from './cadre-history.projection';

const CASE = 'be6b7f9d-d08c-4bad-8ec5-6f708192a3b4';
const AUTHORITY = '6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f';
const POST = '7a2d3b5f-9c4e-4d6f-8a81-2b3c4d5e6f70';
const CADRE = '8b3e4c6a-ad5f-4e7a-9b92-3c4d5e6f7081';
const APPEAL = 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f';
const SANCTION = 'd2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f60';

/** A case's events on its own stream, one day apart from 1 March 2026. */
class CaseStory {
  readonly log = new EventLog();
  private day = 0;

  record(type: string, data: Record<string, unknown> = {}): RecordedEvent {
    this.day += 1;
    const occurredAt = `2026-03-${String(this.day).padStart(2, '0')}T09:00:00.000Z`;
    return this.log.record(type, { caseId: CASE, occurredAt, ...data }, { stream: `case-${CASE}` });
  }

  opened(): RecordedEvent {
    return this.record('CaseOpened', {
      kind: 'PRE_ACCIDENT',
      openedByDepartmentId: AUTHORITY,
      summary: 'Monthly inspections were skipped',
    });
  }
}

const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T09:00:00.000Z`;

describeReadModels('cadre history projection: cases and findings', ({ fresh }) => {
  async function caseAfter(story: CaseStory): Promise<CadreHistoryCase | null> {
    const dataSource = await fresh();
    await project(dataSource, cadreHistoryProjection, story.log.events);
    return dataSource.getRepository(CadreHistoryCase).findOneBy({ caseId: CASE });
  }

  it('given CaseOpened, then an OPENED case with one open period from the opening', async () => {
    const story = new CaseStory();
    const opened = story.opened();
    expect(await caseAfter(story)).toEqual({
      caseId: CASE,
      kind: 'PRE_ACCIDENT',
      summary: 'Monthly inspections were skipped',
      openedByDepartmentId: AUTHORITY,
      status: 'OPENED',
      openPeriods: [
        { openedAt: at(1), closedAt: null, openedByEventId: opened.id, closedByEventId: null },
      ],
      statusChanges: [{ status: 'OPENED', at: at(1), eventId: opened.id }],
      pendingAppealIds: [],
    });
  });

  it('given CaseSubjectNamed, then the cadre is a subject of the case with the post held', async () => {
    const story = new CaseStory();
    story.opened();
    const named = story.record('CaseSubjectNamed', { cadreId: CADRE, postId: POST });
    const dataSource = await fresh();
    await project(dataSource, cadreHistoryProjection, story.log.events);
    expect(await dataSource.getRepository(CadreHistorySubject).find()).toEqual([
      { eventId: named.id, cadreId: CADRE, caseId: CASE, postId: POST, namedAt: at(2) },
    ]);
  });

  it('given InvestigationStarted and CaseDecided, then the status follows with each change', async () => {
    const story = new CaseStory();
    const opened = story.opened();
    const started = story.record('InvestigationStarted', { investigatorId: 'supervisor-1' });
    const decided = story.record('CaseDecided', {
      appealWindowClosesAt: at(30),
      decidedBy: 'supervisor-1',
    });
    const row = await caseAfter(story);
    expect(row?.status).toBe('DECIDED');
    expect(row?.statusChanges).toEqual([
      { status: 'OPENED', at: at(1), eventId: opened.id },
      { status: 'UNDER_INVESTIGATION', at: at(2), eventId: started.id },
      { status: 'DECIDED', at: at(3), eventId: decided.id },
    ]);
  });

  it('given AppealFiled and AppealDecided, then APPEALED while an appeal is pending, DECIDED after', async () => {
    const story = new CaseStory();
    story.opened();
    story.record('CaseDecided', { appealWindowClosesAt: at(30), decidedBy: 'supervisor-1' });
    const appeal = { cadreId: CADRE, sanctionId: SANCTION, grounds: 'Leave was approved' };
    const filed = story.record('AppealFiled', { ...appeal, appealId: APPEAL });
    const second = 'e3f4a5b6-c7d8-4e9f-8a1b-2c3d4e5f6071';
    const secondFiled = story.record('AppealFiled', { ...appeal, appealId: second });
    const decision = {
      cadreId: CADRE,
      sanctionId: SANCTION,
      changedSanction: null,
      reasoning: 'x',
    };
    story.record('SanctionDecided', {
      sanctionId: SANCTION,
      cadreId: CADRE,
      sanction: 'ADMONISHMENT_TALK',
      decidedBy: 'supervisor-2',
    });
    const firstDecided = story.record('AppealDecided', {
      decidedBy: 'supervisor-1',
      ...decision,
      appealId: APPEAL,
      outcome: 'UPHELD',
    });
    const secondDecided = story.record('AppealDecided', {
      decidedBy: 'supervisor-1',
      ...decision,
      appealId: second,
      outcome: 'UPHELD',
    });
    const dataSource = await fresh();
    await project(dataSource, cadreHistoryProjection, story.log.events.slice(0, 3));
    const cases = dataSource.getRepository(CadreHistoryCase);
    expect(await cases.findOneBy({ caseId: CASE })).toMatchObject({
      status: 'APPEALED',
      pendingAppealIds: [APPEAL],
    });
    await project(dataSource, cadreHistoryProjection, story.log.events.slice(3));
    const row = await cases.findOneBy({ caseId: CASE });
    expect(row?.pendingAppealIds).toEqual([]);
    expect(row?.statusChanges.slice(2)).toEqual([
      { status: 'APPEALED', at: at(3), eventId: filed.id },
      { status: 'APPEALED', at: at(4), eventId: secondFiled.id },
      { status: 'APPEALED', at: at(6), eventId: firstDecided.id },
      { status: 'DECIDED', at: at(7), eventId: secondDecided.id },
    ]);
  });

  it('given CaseClosed and CaseReopened, then one open period per opening, each closed by its closing', async () => {
    const story = new CaseStory();
    const opened = story.opened();
    const closed = story.record('CaseClosed', { reason: 'Decided' });
    const reopened = story.record('CaseReopened', { reason: 'New evidence' });
    expect(await caseAfter(story)).toMatchObject({
      status: 'REOPENED',
      openPeriods: [
        {
          openedAt: at(1),
          closedAt: at(2),
          openedByEventId: opened.id,
          closedByEventId: closed.id,
        },
        { openedAt: at(3), closedAt: null, openedByEventId: reopened.id, closedByEventId: null },
      ],
      statusChanges: [
        { status: 'OPENED', at: at(1), eventId: opened.id },
        { status: 'CLOSED', at: at(2), eventId: closed.id },
        { status: 'REOPENED', at: at(3), eventId: reopened.id },
      ],
    });
  });

  it('given FindingRecorded twice (a reopened round), then both findings are kept, each with how the subject was heard, the circumstances and the investigator', async () => {
    const story = new CaseStory();
    story.opened();
    const first = story.record('FindingRecorded', {
      cadreId: CADRE,
      responsible: true,
      responsibilityKind: 'DIRECT',
      reasoning: 'Skipped the inspection',
      hearing: 'NOTICE_UNANSWERED',
      aggravating: [{ circumstance: 'REPEATED_WITHIN_YEAR', note: 'Second time since May' }],
      mitigating: [{ circumstance: 'ACTIVE_REMEDY', note: 'Re-inspected at once' }],
      recordedBy: 'supervisor-investigating',
    });
    const second = story.record('FindingRecorded', {
      cadreId: CADRE,
      responsible: false,
      responsibilityKind: null,
      reasoning: 'The inspection was delegated in writing',
      hearing: 'STATEMENT',
      aggravating: [],
      mitigating: [],
      recordedBy: 'supervisor-investigating',
    });
    const dataSource = await fresh();
    await project(dataSource, cadreHistoryProjection, story.log.events);
    const rows = await dataSource
      .getRepository(CadreHistoryFinding)
      .find({ order: { recordedAt: 'ASC' } });
    expect(rows).toEqual([
      {
        eventId: first.id,
        cadreId: CADRE,
        caseId: CASE,
        responsible: true,
        responsibilityKind: 'DIRECT',
        reasoning: 'Skipped the inspection',
        hearing: 'NOTICE_UNANSWERED',
        aggravating: [{ circumstance: 'REPEATED_WITHIN_YEAR', note: 'Second time since May' }],
        mitigating: [{ circumstance: 'ACTIVE_REMEDY', note: 'Re-inspected at once' }],
        recordedBy: 'supervisor-investigating',
        recordedAt: at(2),
      },
      {
        eventId: second.id,
        cadreId: CADRE,
        caseId: CASE,
        responsible: false,
        responsibilityKind: null,
        reasoning: 'The inspection was delegated in writing',
        hearing: 'STATEMENT',
        aggravating: [],
        mitigating: [],
        recordedBy: 'supervisor-investigating',
        recordedAt: at(3),
      },
    ]);
  });

  it('given a FindingRecorded stored before hearing notices (schema v1), then its statement flag is the hearing and its actor the investigator', async () => {
    const story = new CaseStory();
    story.opened();
    const stored = story.log.record(
      'FindingRecorded',
      {
        caseId: CASE,
        occurredAt: at(2),
        cadreId: CADRE,
        responsible: true,
        responsibilityKind: 'LEADERSHIP',
        reasoning: 'Signed the plan, never followed it up',
        heardBeforeFinding: false,
      },
      {
        stream: `case-${CASE}`,
        schemaVersion: 1,
        actor: { id: 'supervisor-old', role: 'SUPERVISOR' },
      },
    );
    const dataSource = await fresh();
    await project(dataSource, cadreHistoryProjection, story.log.events);
    expect(await dataSource.getRepository(CadreHistoryFinding).find()).toEqual([
      expect.objectContaining({
        eventId: stored.id,
        hearing: 'NOT_HEARD',
        aggravating: [],
        mitigating: [],
        recordedBy: 'supervisor-old',
      }),
    ]);
  });
});
