import {
  TEST_CALENDAR,
  describeReadModels,
  project,
} from '../../../../test/support/projection-spec';
import { ComplianceLog, complianceOf, drilled, readCompliance } from './compliance.fixtures';
import { ComplianceFact } from './compliance-fact.entity';
import { dueSpansOf } from './compliance-rows';
import { complianceProjection } from './compliance.projection';
import { currentCoverageGaps } from './coverage-gaps.query';
import { figureEvents } from './compliance-drill-down.query';
import type { FigureName } from './compliance.figures';
import type { DataSource } from 'typeorm';

const drill = async (
  dataSource: DataSource,
  departmentId: string,
  figure: FigureName,
  year = 2026,
): Promise<string[]> =>
  (
    await figureEvents(
      dataSource,
      {
        departmentIds: [departmentId],
        year,
        figure,
        skip: 0,
        take: 100,
      },
      TEST_CALENDAR,
    )
  ).items.map((item) => item.eventId);

describeReadModels('compliance projection: duties', ({ fresh }) => {
  it('given DutyAssigned, then a work-safety duty is due from then and covers its items; a business duty neither', async () => {
    const log = new ComplianceLog();
    const city = log.department('MUNICIPAL', null);
    const post = log.post(city.departmentId, ['mining', 'construction']);
    const monthly = log.duty(post.postId, {
      industries: ['mining'],
      cadence: 'MONTHLY',
      occurredAt: '2026-06-30T12:00:00.000Z',
    });
    log.duty(post.postId, { industries: ['construction'], category: 'BUSINESS' });
    const dataSource = await fresh();
    const compliance = await complianceOf(dataSource, log.events, 2026);

    expect(compliance.get(city.departmentId)?.own).toMatchObject({
      dutiesDue: 7,
      scopeItems: 2,
      coveredItems: 1,
      coverageGaps: 1,
    });
    expect(await drill(dataSource, city.departmentId, 'dutiesDue')).toEqual([monthly.id]);
    expect(await drill(dataSource, city.departmentId, 'dutiesDue', 2025)).toEqual([]);
    expect(await drill(dataSource, city.departmentId, 'coverageGaps')).toEqual([post.id]);
    const gaps = await currentCoverageGaps(dataSource, { skip: 0, take: 10 });
    expect(gaps.items.map((gap) => gap.item)).toEqual(['construction']);
  });

  it('given DutyAmended with a new cadence, then the period of the change is owed once, under the new cadence', async () => {
    const log = new ComplianceLog();
    const city = log.department('MUNICIPAL', null);
    const post = log.post(city.departmentId, ['mining']);
    const duty = log.duty(post.postId, { industries: ['mining'], cadence: 'MONTHLY' });
    const amended = log.amend(duty.dutyId, { cadence: 'QUARTERLY' }, '2026-03-15T00:00:00.000Z');
    const dataSource = await fresh();
    const compliance = await complianceOf(dataSource, log.events, 2026);

    // January and February monthly; Q1 (where the change fell) to Q4 quarterly.
    expect(compliance.get(city.departmentId)?.own.dutiesDue).toBe(6);
    expect(await drill(dataSource, city.departmentId, 'dutiesDue')).toEqual([duty.id, amended.id]);
    const next = await complianceOf(dataSource, [], 2027);
    expect(next.get(city.departmentId)?.own.dutiesDue).toBe(4);
    expect(await drill(dataSource, city.departmentId, 'dutiesDue', 2027)).toEqual([amended.id]);
  });

  it('given DutyAmended with other industries, then an item left uncovered is a gap the amendment opened', async () => {
    const log = new ComplianceLog();
    const city = log.department('MUNICIPAL', null);
    const post = log.post(city.departmentId, ['mining', 'construction']);
    const duty = log.duty(post.postId, { industries: ['mining'] });
    const amended = log.amend(
      duty.dutyId,
      { industries: ['construction'] },
      '2026-02-01T00:00:00Z',
    );
    const dataSource = await fresh();
    const compliance = await complianceOf(dataSource, log.events, 2026);

    expect(compliance.get(city.departmentId)?.own).toMatchObject({
      dutiesDue: 12,
      coveredItems: 1,
      coverageGaps: 1,
    });
    const gaps = await currentCoverageGaps(dataSource, { skip: 0, take: 10 });
    expect(gaps.items).toEqual([
      expect.objectContaining({
        item: 'mining',
        since: '2026-02-01T00:00:00.000Z',
        sourceEventIds: [post.id, amended.id],
      }),
    ]);
    expect(await drill(dataSource, city.departmentId, 'coverageGaps')).toEqual([amended.id]);
  });

  it('given DutyRevoked, then the duty is due up to its revocation and its items are gaps again', async () => {
    const log = new ComplianceLog();
    const city = log.department('MUNICIPAL', null);
    const post = log.post(city.departmentId, ['mining']);
    const duty = log.duty(post.postId, { industries: ['mining'], cadence: 'QUARTERLY' });
    const revoked = log.revoke(duty.dutyId, '2026-05-10T00:00:00.000Z');
    const dataSource = await fresh();
    const compliance = await complianceOf(dataSource, log.events, 2026);

    expect(compliance.get(city.departmentId)?.own).toMatchObject({
      dutiesDue: 2,
      coverageGaps: 1,
    });
    const gaps = await currentCoverageGaps(dataSource, { skip: 0, take: 10 });
    expect(gaps.items.map((gap) => gap.sourceEventIds)).toEqual([[post.id, revoked.id]]);
    const next = await complianceOf(dataSource, [], 2027);
    expect(next.get(city.departmentId)?.own.dutiesDue).toBe(0);
  });

  it('given DutyPerformanceRecorded, then it counts in the year of its period (ONCE: of the assignment)', async () => {
    const log = new ComplianceLog();
    const city = log.department('MUNICIPAL', null);
    const post = log.post(city.departmentId, ['mining', 'construction']);
    const monthly = log.duty(post.postId, { industries: ['mining'], cadence: 'MONTHLY' });
    const once = log.duty(post.postId, {
      industries: ['construction'],
      cadence: 'ONCE',
      occurredAt: '2026-12-20T00:00:00.000Z',
    });
    const business = log.duty(post.postId, { industries: ['mining'], category: 'BUSINESS' });
    const march = log.performance(monthly.dutyId, '2026-03', '2026-03-28T09:30:00Z');
    const december = log.performance(monthly.dutyId, '2026-12', '2027-01-03T09:30:00Z');
    const onceDone = log.performance(once.dutyId, 'ONCE', '2027-01-05T00:00:00Z');
    log.performance(business.dutyId, '2026-04', '2026-04-28T09:30:00Z');
    const dataSource = await fresh();
    const compliance = await complianceOf(dataSource, log.events, 2026);

    expect(compliance.get(city.departmentId)?.own).toMatchObject({
      dutiesDue: 13,
      dutiesPerformed: 3,
    });
    expect(await drill(dataSource, city.departmentId, 'dutiesPerformed')).toEqual([
      march.id,
      december.id,
      onceDone.id,
    ]);
    expect(await drill(dataSource, city.departmentId, 'dutiesPerformed', 2027)).toEqual([]);
  });

  it('given FailureToPerformRecorded, then a work-safety failure counts in the local year it happened, by adverse effect', async () => {
    const log = new ComplianceLog();
    const city = log.department('MUNICIPAL', null);
    const post = log.post(city.departmentId, ['mining']);
    const duty = log.duty(post.postId, { industries: ['mining'] });
    const business = log.duty(post.postId, { industries: ['mining'], category: 'BUSINESS' });
    const serious = log.failure(duty.dutyId, post.postId, 'SERIOUS', '2026-04-02T08:00:00Z');
    const minor = log.failure(duty.dutyId, post.postId, 'MINOR', '2026-05-02T08:00:00Z');
    const none = log.failure(duty.dutyId, post.postId, 'NONE', '2026-06-02T08:00:00Z');
    log.failure(duty.dutyId, post.postId, 'SERIOUS', '2025-12-31T15:59:59Z');
    // 07:59 on 1 January 2026 in Beijing: the new year there, although still 2025 in UTC.
    const newYear = log.failure(duty.dutyId, post.postId, 'MINOR', '2025-12-31T23:59:59Z');
    const dataSource = await fresh();
    const compliance = await complianceOf(dataSource, log.events, 2026);

    expect(compliance.get(city.departmentId)?.own.dutiesFailed).toEqual({
      NONE: 1,
      MINOR: 2,
      SERIOUS: 1,
    });
    expect(await drill(dataSource, city.departmentId, 'dutiesFailed.SERIOUS')).toEqual([
      serious.id,
    ]);
    expect(await drill(dataSource, city.departmentId, 'dutiesFailed')).toEqual([
      serious.id,
      minor.id,
      none.id,
      newYear.id,
    ]);
    expect(business.dutyId).toBeDefined();
  });

  it('counts a failure on a business duty only when recorded with a safety impact, the rule that grounds cases', async () => {
    const log = new ComplianceLog();
    const city = log.department('MUNICIPAL', null);
    const post = log.post(city.departmentId, ['mining']);
    const duty = log.duty(post.postId, { industries: ['mining'] });
    const business = log.duty(post.postId, { industries: ['mining'], category: 'BUSINESS' });
    const licence = log.failure(business.dutyId, post.postId, 'SERIOUS', '2026-04-02T08:00:00Z');
    log.failure(business.dutyId, post.postId, 'SERIOUS', '2026-04-03T08:00:00Z', {
      safetyImpact: false,
    });
    // Stored before failure kinds (schema v1): read as no safety impact claimed.
    const oldSafety = log.failure(duty.dutyId, post.postId, 'MINOR', '2026-05-02T08:00:00Z', {
      schemaVersion: 1,
    });
    log.failure(business.dutyId, post.postId, 'MINOR', '2026-05-03T08:00:00Z', {
      schemaVersion: 1,
    });
    const dataSource = await fresh();
    const compliance = await complianceOf(dataSource, log.events, 2026);

    expect(compliance.get(city.departmentId)?.own.dutiesFailed).toEqual({
      NONE: 0,
      MINOR: 1,
      SERIOUS: 1,
    });
    expect(await drill(dataSource, city.departmentId, 'dutiesFailed')).toEqual([
      licence.id,
      oldSafety.id,
    ]);
  });

  it('given performances for months before the duty was assigned, then they are listed but only due periods count', async () => {
    const log = new ComplianceLog();
    const city = log.department('MUNICIPAL', null);
    const post = log.post(city.departmentId, ['mining']);
    // Assigned on 1 December (Beijing time); performances for February to July were accepted
    // before business times were checked.
    const duty = log.duty(post.postId, {
      industries: ['mining'],
      occurredAt: '2026-11-30T16:00:00.000Z',
    });
    const early = ['02', '03', '04', '05', '06', '07'].map((month) =>
      log.performance(duty.dutyId, `2026-${month}`, '2026-12-02T02:00:00Z'),
    );
    const december = log.performance(duty.dutyId, '2026-12', '2026-12-20T02:00:00Z');
    const future = log.performance(duty.dutyId, '2099-01', '2026-12-21T02:00:00Z');
    const dataSource = await fresh();
    const compliance = await complianceOf(dataSource, log.events, 2026);

    expect(compliance.get(city.departmentId)?.own).toMatchObject({
      dutiesDue: 1,
      dutiesPerformed: 1,
    });
    expect(compliance.get(city.departmentId)?.indicators.performanceRate).toBe(1);
    expect(await drilled(dataSource, [city.departmentId], 'dutiesPerformed')).toEqual([
      ...early.map((event) => [event.id, false]),
      [december.id, true],
    ]);
    const later = await complianceOf(dataSource, [], 2099);
    expect(later.get(city.departmentId)?.own.dutiesPerformed).toBe(0);
    expect(await drill(dataSource, city.departmentId, 'dutiesPerformed', 2099)).toEqual([
      future.id,
    ]);
  });

  it('given a revocation or a new cadence taking effect before periods already performed, then those performances count no longer', async () => {
    const log = new ComplianceLog();
    const city = log.department('MUNICIPAL', null);
    const post = log.post(city.departmentId, ['mining', 'construction']);
    const revokedDuty = log.duty(post.postId, { industries: ['mining'], cadence: 'MONTHLY' });
    const amendedDuty = log.duty(post.postId, { industries: ['construction'] });
    const may = log.performance(revokedDuty.dutyId, '2026-05', '2026-05-20T02:00:00Z');
    const june = log.performance(revokedDuty.dutyId, '2026-06', '2026-06-20T02:00:00Z');
    const february = log.performance(amendedDuty.dutyId, '2026-02', '2026-02-20T02:00:00Z');
    const march = log.performance(amendedDuty.dutyId, '2026-03', '2026-03-20T02:00:00Z');
    const dataSource = await fresh();
    const before = await complianceOf(dataSource, log.events, 2026);
    expect(before.get(city.departmentId)?.own.dutiesPerformed).toBe(4);

    const changes = [
      log.revoke(revokedDuty.dutyId, '2026-05-10T00:00:00.000Z'),
      log.amend(amendedDuty.dutyId, { cadence: 'QUARTERLY' }, '2026-03-15T00:00:00.000Z'),
    ];
    const after = await complianceOf(dataSource, changes, 2026);
    // The monthly duty January to May (5) and the other January, February, then Q1 to Q4 (6).
    expect(after.get(city.departmentId)?.own).toMatchObject({
      dutiesDue: 11,
      dutiesPerformed: 2,
    });
    expect(await drilled(dataSource, [city.departmentId], 'dutiesPerformed')).toEqual([
      [may.id, true],
      [june.id, false],
      [february.id, true],
      [march.id, false],
    ]);
  });

  it('serves nothing a rolled-back batch read or wrote: later transactions read the committed rows', async () => {
    const log = new ComplianceLog();
    const city = log.department('MUNICIPAL', null);
    const post = log.post(city.departmentId, ['mining', 'construction']);
    const duty = log.duty(post.postId, { industries: ['mining'] });
    const revoked = log.revoke(duty.dutyId, '2026-03-01T00:00:00Z');
    log.duty(post.postId, { industries: ['construction'], occurredAt: '2026-04-01T00:00:00Z' });
    log.amend(duty.dutyId, { cadence: 'QUARTERLY' }, '2026-05-01T00:00:00Z');
    const kept = log.events.filter((event) => event !== revoked);
    const dataSource = await fresh();
    await project(dataSource, complianceProjection, kept.slice(0, 3));
    // The revocation is applied (the duty and the post's gaps are remembered), then rolled back.
    const crash = dataSource.transaction(async (manager) => {
      await complianceProjection.apply(revoked, manager, { calendar: TEST_CALENDAR });
      throw new Error('stopped before commit');
    });
    await expect(crash).rejects.toThrow('stopped before commit');
    for (const event of kept.slice(3)) await project(dataSource, complianceProjection, [event]);

    const scratch = await fresh();
    await project(scratch, complianceProjection, kept);
    const rowsOf = async (source: DataSource) =>
      Promise.all(
        complianceProjection.entities.map(async (entity) =>
          (await source.getRepository(entity).find())
            .map((row) =>
              JSON.stringify(row, (_, value: unknown) =>
                typeof value === 'bigint' ? String(value) : value,
              ),
            )
            .sort(),
        ),
      );
    expect(await rowsOf(dataSource)).toEqual(await rowsOf(scratch));
    const compliance = await readCompliance(dataSource, 2026);
    // The first duty January to April monthly, then Q2 to Q4 (7), the second April to December
    // (9); both items covered, no gap left open: as if the revocation had never been applied.
    expect(compliance.get(city.departmentId)?.own).toMatchObject({
      dutiesDue: 16,
      coveredItems: 2,
      coverageGaps: 0,
    });
  });

  it('reads a duty’s due spans in the order they began, not in the order their rows were written', async () => {
    const dataSource = await fresh();
    const dutyId = '9c4f5d7b-be6a-4f8b-8ca3-4d5e6f708192';
    const span = (fromAt: string, eventId: string) => ({
      figure: 'dutiesDue',
      subject: dutyId,
      eventId,
      departmentId: '6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f',
      fromAt,
      toAt: null,
      cadence: 'ONCE',
      value: 1,
      eventType: 'DutyAssigned',
      stream: `duty-${dutyId}`,
      position: 1n,
      occurredAt: fromAt,
    });
    // The later span's row first, as a rebuild writing rows in key order may leave them.
    await dataSource
      .getRepository(ComplianceFact)
      .insert([
        span('2026-02-01T00:00:00.000Z', '00000000-0000-4000-8000-000000000001'),
        span('2025-02-01T00:00:00.000Z', 'ffffffff-ffff-4fff-bfff-fffffffffff1'),
      ]);
    const spans = await dataSource.transaction((manager) => dueSpansOf(manager, dutyId));
    expect(spans.map((due) => due.fromAt)).toEqual([
      '2025-02-01T00:00:00.000Z',
      '2026-02-01T00:00:00.000Z',
    ]);
  });
});
