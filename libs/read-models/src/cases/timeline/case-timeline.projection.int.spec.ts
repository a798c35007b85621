import { CASE_EVENT_TYPES } from '@dutyledger/domain';
import {
  EventLog,
  TEST_CALENDAR,
  describeReadModels,
  project,
} from '../../../../../test/support/projection-spec';
import {
  APPEAL_ZHANG,
  CASE_ID,
  CASE_STORY,
  DECIDER,
  DEPARTMENT,
  DUE_AT,
  EXTENDED_DUE_AT,
  NAMES,
  POST_INDUSTRY,
  SANCTION_ZHANG,
  ZHANG,
  recordCase,
  NAMES_REGISTER,
  recordNames,
  registeredNames,
  recordedAtOf,
  storedBeforeFairProcedure,
} from '../case-story.fixtures';
import { CaseHeaderRow } from './case-header.entity';
import { CaseTimelineName } from './case-timeline-name.entity';
import { caseTimelineProjection } from './case-timeline.projection';
import { caseTimeline, findCaseHeader } from './case-timeline.query';
import { NOW, STEPS, THEN, liSanction, zhangSanction } from './case-timeline.expected';

describeReadModels('case timeline projection', ({ fresh }) => {
  it('has a step for every case event type, in the order of the story', () => {
    expect(THEN.map(([type]) => type)).toEqual(CASE_STORY.map((step) => step.type));
    expect(new Set(CASE_STORY.map((step) => step.type))).toEqual(new Set(CASE_EVENT_TYPES));
  });

  it('given DepartmentRegistered, PostEstablished and CadreRegistered, then a register of their names', async () => {
    expect(await registeredNames(await fresh(), caseTimelineProjection, CaseTimelineName)).toEqual(
      NAMES_REGISTER,
    );
  });

  it.each(STEPS)(
    'given the story up to $type (step $index), then its timeline entry and the header',
    async ({ index, type, sentence, header }) => {
      const log = new EventLog();
      recordNames(log);
      const events = recordCase(log, CASE_STORY.slice(0, index + 1));
      const dataSource = await fresh();
      await project(dataSource, caseTimelineProjection, log.events);

      const last = events[index];
      const step = CASE_STORY[index];
      if (last === undefined || step === undefined) throw new Error(`no step ${index}`);
      const timeline = await caseTimeline(dataSource, CASE_ID, { skip: index, take: 10 });
      expect(timeline).toEqual({
        total: index + 1,
        entries: [
          {
            position: String(last.position),
            revision: String(index),
            eventId: last.id,
            type,
            actor: step.actor,
            occurredAt: step.at,
            recordedAt: recordedAtOf(step.at),
            sentence,
          },
        ],
      });
      expect(await findCaseHeader(dataSource, CASE_ID, NOW)).toMatchObject({
        ...header,
        revision: String(index),
        position: String(last.position),
      });
    },
  );

  it('lists the whole timeline in order of position, page by page', async () => {
    const log = new EventLog();
    recordNames(log);
    const events = recordCase(log, CASE_STORY);
    const dataSource = await fresh();
    await project(dataSource, caseTimelineProjection, log.events);
    const first = await caseTimeline(dataSource, CASE_ID, { skip: 0, take: 20 });
    const second = await caseTimeline(dataSource, CASE_ID, { skip: 20, take: 20 });
    const positions = [...(first?.entries ?? []), ...(second?.entries ?? [])].map(
      (e) => e.position,
    );
    expect(positions).toEqual(events.map((event) => String(event.position)));
    expect(first?.total).toBe(CASE_STORY.length);
  });

  it('keeps cases apart and knows no case it was not told about', async () => {
    const log = new EventLog();
    recordNames(log);
    const other = 'f5e2a06b-7d8c-4e9f-8a0b-1c2d3e4f5a6b';
    recordCase(log, CASE_STORY.slice(0, 3));
    recordCase(log, CASE_STORY.slice(0, 2), other);
    const dataSource = await fresh();
    await project(dataSource, caseTimelineProjection, log.events);
    expect((await caseTimeline(dataSource, CASE_ID, { skip: 0, take: 50 }))?.total).toBe(3);
    expect((await caseTimeline(dataSource, other, { skip: 0, take: 50 }))?.total).toBe(2);
    const unknown = '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d';
    expect(await caseTimeline(dataSource, unknown, { skip: 0, take: 50 })).toBeUndefined();
    expect(await findCaseHeader(dataSource, unknown, NOW)).toBeNull();
  });

  it('reads a known case’s timeline without asking for its header: its entries say it is known', async () => {
    const log = new EventLog();
    recordNames(log);
    recordCase(log, CASE_STORY.slice(0, 3));
    const dataSource = await fresh();
    await project(dataSource, caseTimelineProjection, log.events);
    const statements = jest.spyOn(dataSource, 'query');
    const headerAsked = () =>
      statements.mock.calls.filter(([sql]) => sql.includes('case_timeline_headers')).length;
    try {
      // Past the last entry the page is empty, yet the case is known (the count says so).
      expect(await caseTimeline(dataSource, CASE_ID, { skip: 10, take: 10 })).toEqual({
        entries: [],
        total: 3,
      });
      expect(headerAsked()).toBe(0);
      const unknown = '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d';
      expect(await caseTimeline(dataSource, unknown, { skip: 0, take: 10 })).toBeUndefined();
      expect(headerAsked()).toBe(1);
    } finally {
      statements.mockRestore();
    }
  });

  it('flags the case overdue at query time: past its deadline, until the decision stops it', async () => {
    const log = new EventLog();
    recordNames(log);
    const decidedAt = CASE_STORY.findIndex((step) => step.type === 'CaseDecided');
    recordCase(log, CASE_STORY.slice(0, decidedAt));
    const dataSource = await fresh();
    await project(dataSource, caseTimelineProjection, log.events);
    const at = async (iso: string) =>
      (await findCaseHeader(dataSource, CASE_ID, new Date(iso)))?.overdue;
    expect(await at(DUE_AT)).toBe(false);
    expect(await at('2026-03-10T00:00:00.000Z')).toBe(false);
    expect(await at(EXTENDED_DUE_AT)).toBe(false);
    expect(await at('2026-04-01T06:30:00.001Z')).toBe(true);
    const rest = new EventLog();
    recordNames(rest);
    recordCase(rest, CASE_STORY.slice(0, decidedAt + 1));
    const decided = await fresh();
    await project(decided, caseTimelineProjection, rest.events);
    expect((await findCaseHeader(decided, CASE_ID, new Date('2027-01-01')))?.overdue).toBe(false);
  });

  it('says an appeal that upholds the sanction leaves it standing', async () => {
    const log = new EventLog();
    recordNames(log);
    const filed = CASE_STORY.findIndex((step) => step.type === 'AppealFiled');
    const upheld = {
      type: 'AppealDecided' as const,
      at: '2026-04-02T09:00:00.000Z',
      actor: DECIDER,
      data: {
        appealId: APPEAL_ZHANG,
        cadreId: ZHANG,
        sanctionId: SANCTION_ZHANG,
        outcome: 'UPHELD',
        changedSanction: null,
        reasoning: 'The delegation does not lift the duty',
        decidedBy: DECIDER.id,
      },
    };
    recordCase(log, [...CASE_STORY.slice(0, filed + 1), upheld]);
    const dataSource = await fresh();
    await project(dataSource, caseTimelineProjection, log.events);
    const timeline = await caseTimeline(dataSource, CASE_ID, { skip: filed + 1, take: 1 });
    expect(timeline?.entries.map((entry) => entry.sentence)).toEqual([
      `The appeal of ${NAMES.zhang} was decided by supervisor-deciding: the circulated criticism was upheld. Reasoning: The delegation does not lift the duty`,
    ]);
    expect(await findCaseHeader(dataSource, CASE_ID, NOW)).toMatchObject({
      status: 'DECIDED',
      sanctions: [zhangSanction, liSanction],
      appeals: [{ appealId: APPEAL_ZHANG, outcome: 'UPHELD' }],
    });
  });

  it('names by id, and answers null names, when the register does not know a name', async () => {
    const log = new EventLog();
    recordCase(log, CASE_STORY.slice(0, 2));
    const dataSource = await fresh();
    await project(dataSource, caseTimelineProjection, log.events);
    const timeline = await caseTimeline(dataSource, CASE_ID, { skip: 0, take: 2 });
    expect(timeline?.entries.map((entry) => entry.sentence)).toEqual([
      `A post-accident case was opened for ${DEPARTMENT} by caseworker-1: Roof collapse in shaft 3: four dead`,
      `${ZHANG} (${POST_INDUSTRY}) was named a subject by caseworker-1.`,
    ]);
    expect(await findCaseHeader(dataSource, CASE_ID, NOW)).toMatchObject({
      departmentName: null,
      subjects: [{ cadreId: ZHANG, name: null, postId: POST_INDUSTRY, postTitle: null }],
    });
  });

  it('skips an event at or below the position it has applied: a replay changes nothing', async () => {
    const log = new EventLog();
    recordNames(log);
    recordCase(log, CASE_STORY);
    const dataSource = await fresh();
    await project(dataSource, caseTimelineProjection, log.events);
    const header = await findCaseHeader(dataSource, CASE_ID, NOW);
    await project(dataSource, caseTimelineProjection, log.events.slice(-3));
    expect(await findCaseHeader(dataSource, CASE_ID, NOW)).toEqual(header);
    expect((await caseTimeline(dataSource, CASE_ID, { skip: 0, take: 100 }))?.total).toBe(
      CASE_STORY.length,
    );
  });

  it('leaves nothing of a rolled-back batch behind: applied again, the rows are as from scratch', async () => {
    const log = new EventLog();
    recordNames(log);
    recordCase(log, CASE_STORY);
    const dataSource = await fresh();
    const crash = dataSource.transaction(async (manager) => {
      for (const event of log.events) {
        await caseTimelineProjection.apply(event, manager, { calendar: TEST_CALENDAR });
      }
      throw new Error('stopped before commit');
    });
    await expect(crash).rejects.toThrow('stopped before commit');
    expect(await findCaseHeader(dataSource, CASE_ID, NOW)).toBeNull();
    for (const event of log.events) await project(dataSource, caseTimelineProjection, [event]);
    const scratch = await fresh();
    await project(scratch, caseTimelineProjection, log.events);
    expect(await findCaseHeader(dataSource, CASE_ID, NOW)).toEqual(
      await findCaseHeader(scratch, CASE_ID, NOW),
    );
    expect(await caseTimeline(dataSource, CASE_ID, { skip: 0, take: 100 })).toEqual(
      await caseTimeline(scratch, CASE_ID, { skip: 0, take: 100 }),
    );
  });

  it('refuses an event of a case that was never opened (the runner parks it)', async () => {
    const log = new EventLog();
    recordCase(log, CASE_STORY.slice(1, 2));
    const dataSource = await fresh();
    await expect(project(dataSource, caseTimelineProjection, log.events)).rejects.toThrow(
      `case ${CASE_ID} was never opened`,
    );
  });

  it('keeps working on a header stored before hearing notices and waivers: the rest of the story applies and reads', async () => {
    const log = new EventLog();
    recordNames(log);
    const events = recordCase(log, CASE_STORY);
    const split = CASE_STORY.findIndex((step) => step.type === 'HearingNoticeServed') - 1;
    const names = log.events.length - events.length;
    const dataSource = await fresh();
    await project(dataSource, caseTimelineProjection, log.events.slice(0, names + split + 1));
    const headers = dataSource.getRepository(CaseHeaderRow);
    const row = await headers.findOneByOrFail({ caseId: CASE_ID });
    const old = storedBeforeFairProcedure({ ...row.state });
    await headers.update({ caseId: CASE_ID }, { state: old });

    await project(dataSource, caseTimelineProjection, log.events.slice(names + split + 1));
    const scratch = await fresh();
    await project(scratch, caseTimelineProjection, log.events);
    const upgraded = await findCaseHeader(dataSource, CASE_ID, NOW);
    const rebuilt = await findCaseHeader(scratch, CASE_ID, NOW);
    expect(upgraded).toMatchObject({
      status: 'DECIDED',
      decidedBy: DECIDER.id,
      sanctions: rebuilt?.sanctions,
      waivers: rebuilt?.waivers,
      findings: rebuilt?.findings,
      hearingNotices: rebuilt?.hearingNotices,
    });
    // What the old row could not tell stays unknown until a rebuild fills it from the events.
    expect(upgraded?.investigatorId).toBe(rebuilt?.investigatorId);
    expect((await caseTimeline(dataSource, CASE_ID, { skip: 0, take: 100 }))?.total).toBe(
      CASE_STORY.length,
    );
  });
});
