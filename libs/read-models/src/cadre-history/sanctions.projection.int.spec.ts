import type { RecordedEvent } from '@dutyledger/event-store';
import { EventLog, describeReadModels, project } from '../../../../test/support/projection-spec';
import { CadreHistorySanction } from './cadre-history-sanction.entity';
import { cadreHistoryProjection } from './cadre-history.projection';

const CASE = 'be6b7f9d-d08c-4bad-8ec5-6f708192a3b4';
const CADRE = '8b3e4c6a-ad5f-4e7a-9b92-3c4d5e6f7081';
const SANCTION = 'd2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f60';
const APPEAL = 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f';

const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T09:00:00.000Z`;

/** A case with one sanction decided on day 2 (the case is opened on day 1). */
class SanctionStory {
  readonly log = new EventLog();
  private day = 0;
  readonly decided: RecordedEvent;

  constructor(sanction = 'SUSPENSION') {
    this.record('CaseOpened', {
      kind: 'PRE_ACCIDENT',
      openedByDepartmentId: '6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f',
      summary: 'Inspections skipped',
    });
    this.decided = this.record('SanctionDecided', {
      sanctionId: SANCTION,
      cadreId: CADRE,
      sanction,
      decidedBy: 'supervisor-deciding',
    });
  }

  record(type: string, data: Record<string, unknown> = {}): RecordedEvent {
    this.day += 1;
    return this.log.record(
      type,
      { caseId: CASE, occurredAt: at(this.day), ...data },
      { stream: `case-${CASE}` },
    );
  }

  appealDecided(outcome: string, changedSanction: string | null = null): RecordedEvent {
    return this.record('AppealDecided', {
      decidedBy: 'supervisor-1',
      appealId: APPEAL,
      cadreId: CADRE,
      sanctionId: SANCTION,
      outcome,
      changedSanction,
      reasoning: 'Reasons of the appeal body',
    });
  }
}

describeReadModels('cadre history projection: sanctions', ({ fresh }) => {
  async function sanctionAfter(story: SanctionStory): Promise<CadreHistorySanction | null> {
    const dataSource = await fresh();
    await project(dataSource, cadreHistoryProjection, story.log.events);
    return dataSource.getRepository(CadreHistorySanction).findOneBy({ sanctionId: SANCTION });
  }

  it('given SanctionDecided, then a sanction that is not in effect before the case decision', async () => {
    const story = new SanctionStory();
    expect(await sanctionAfter(story)).toEqual({
      sanctionId: SANCTION,
      cadreId: CADRE,
      caseId: CASE,
      sanction: 'SUSPENSION',
      decidedSanction: 'SUSPENSION',
      decidedBy: 'supervisor-deciding',
      decidedAt: at(2),
      effectiveFrom: null,
      endedAt: null,
      endedBecause: null,
      appeals: [],
      sourceEventIds: [story.decided.id],
    });
  });

  it('given CaseDecided, then the sanctions it issues take effect then, and a later decision leaves them be', async () => {
    const story = new SanctionStory();
    const decision = story.record('CaseDecided', {
      appealWindowClosesAt: at(30),
      decidedBy: 'supervisor-1',
    });
    story.record('CaseDecided', { appealWindowClosesAt: at(31), decidedBy: 'supervisor-1' });
    expect(await sanctionAfter(story)).toMatchObject({
      effectiveFrom: at(3),
      sourceEventIds: [story.decided.id, decision.id],
    });
  });

  it('given SanctionWithdrawn, then the sanction ends because its finding was superseded', async () => {
    const story = new SanctionStory();
    const decision = story.record('CaseDecided', {
      appealWindowClosesAt: at(30),
      decidedBy: 'supervisor-1',
    });
    const withdrawn = story.record('SanctionWithdrawn', {
      sanctionId: SANCTION,
      cadreId: CADRE,
      reason: 'FINDING_SUPERSEDED',
    });
    expect(await sanctionAfter(story)).toMatchObject({
      endedAt: at(4),
      endedBecause: 'WITHDRAWN_FINDING_SUPERSEDED',
      sourceEventIds: [story.decided.id, decision.id, withdrawn.id],
    });
  });

  it('given AppealDecided SANCTION_REVOKED, then the sanction ends on the appeal decision', async () => {
    const story = new SanctionStory();
    story.record('CaseDecided', { appealWindowClosesAt: at(30), decidedBy: 'supervisor-1' });
    const revoked = story.appealDecided('SANCTION_REVOKED');
    const row = await sanctionAfter(story);
    expect(row).toMatchObject({
      sanction: 'SUSPENSION',
      endedAt: at(4),
      endedBecause: 'REVOKED_ON_APPEAL',
      appeals: [
        {
          appealId: APPEAL,
          outcome: 'SANCTION_REVOKED',
          changedSanction: null,
          reasoning: 'Reasons of the appeal body',
          decidedAt: at(4),
          eventId: revoked.id,
        },
      ],
    });
    expect(row?.sourceEventIds.at(-1)).toBe(revoked.id);
  });

  it('given AppealDecided SANCTION_CHANGED, then the sanction stands as changed, still from the decision', async () => {
    const story = new SanctionStory();
    story.record('CaseDecided', { appealWindowClosesAt: at(30), decidedBy: 'supervisor-1' });
    const changed = story.appealDecided('SANCTION_CHANGED', 'ADMONISHMENT_TALK');
    expect(await sanctionAfter(story)).toMatchObject({
      sanction: 'ADMONISHMENT_TALK',
      decidedSanction: 'SUSPENSION',
      effectiveFrom: at(3),
      endedAt: null,
      appeals: [expect.objectContaining({ outcome: 'SANCTION_CHANGED', eventId: changed.id })],
    });
  });

  it('given AppealDecided UPHELD, then the sanction stands unchanged, resting on the appeal too', async () => {
    const story = new SanctionStory();
    const decision = story.record('CaseDecided', {
      appealWindowClosesAt: at(30),
      decidedBy: 'supervisor-1',
    });
    const upheld = story.appealDecided('UPHELD');
    expect(await sanctionAfter(story)).toMatchObject({
      sanction: 'SUSPENSION',
      endedAt: null,
      sourceEventIds: [story.decided.id, decision.id, upheld.id],
    });
  });
});
