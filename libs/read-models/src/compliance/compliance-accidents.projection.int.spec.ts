import { TEST_CALENDAR, describeReadModels } from '../../../../test/support/projection-spec';
import { accidentsByMonth } from './accidents-by-month.query';
import { ComplianceLog, complianceOf } from './compliance.fixtures';
import { figureEvents } from './compliance-drill-down.query';

describeReadModels('compliance projection: accidents', ({ fresh }) => {
  it('given AccidentReported, then it counts under its grade in the local year and month it happened', async () => {
    const log = new ComplianceLog();
    const city = log.department('MUNICIPAL', null);
    const general = log.accident(city.departmentId, 'GENERAL', '2026-01-10T14:20:00+08:00');
    const larger = log.accident(city.departmentId, 'LARGER', '2026-03-01T00:00:00Z');
    // 23:00 on 31 December 2025 in Beijing, then 04:00 on 1 January 2026 (still 2025 in UTC).
    log.accident(city.departmentId, 'GENERAL', '2025-12-31T15:00:00Z');
    const newYear = log.accident(city.departmentId, 'GENERAL', '2025-12-31T20:00:00Z');
    const dataSource = await fresh();
    const compliance = await complianceOf(dataSource, log.events, 2026);

    expect(compliance.get(city.departmentId)?.own.accidents).toEqual({
      ESPECIALLY_SERIOUS: 0,
      SERIOUS: 0,
      LARGER: 1,
      GENERAL: 2,
    });
    const drilled = await figureEvents(
      dataSource,
      {
        departmentIds: [city.departmentId],
        year: 2026,
        figure: 'accidents',
        skip: 0,
        take: 10,
      },
      TEST_CALENDAR,
    );
    expect(drilled.items.map((item) => item.eventId)).toEqual([general.id, larger.id, newYear.id]);
    const series = await accidentsByMonth(dataSource, { from: '2025-12', to: '2026-03' });
    expect(series).toEqual([
      { month: '2025-12', ESPECIALLY_SERIOUS: 0, SERIOUS: 0, LARGER: 0, GENERAL: 1 },
      { month: '2026-01', ESPECIALLY_SERIOUS: 0, SERIOUS: 0, LARGER: 0, GENERAL: 2 },
      { month: '2026-02', ESPECIALLY_SERIOUS: 0, SERIOUS: 0, LARGER: 0, GENERAL: 0 },
      { month: '2026-03', ESPECIALLY_SERIOUS: 0, SERIOUS: 0, LARGER: 1, GENERAL: 0 },
    ]);
  });

  it('counts an accident at 07:00 on 1 September Beijing time in September', async () => {
    const log = new ComplianceLog();
    const city = log.department('MUNICIPAL', null);
    log.accident(city.departmentId, 'LARGER', '2026-09-01T07:00:00+08:00');
    const dataSource = await fresh();
    await complianceOf(dataSource, log.events, 2026);

    const series = await accidentsByMonth(dataSource, { from: '2026-08', to: '2026-09' });
    expect(series.map((month) => [month.month, month.LARGER])).toEqual([
      ['2026-08', 0],
      ['2026-09', 1],
    ]);
  });

  it('given AccidentCasualtiesUpdated, then the accident moves to its new grade and still counts once', async () => {
    const log = new ComplianceLog();
    const city = log.department('MUNICIPAL', null);
    const accident = log.accident(city.departmentId, 'LARGER', '2026-03-01T00:00:00Z');
    log.regrade(accident.accidentId, 'LARGER', 'GENERAL', '2026-03-02T00:00:00Z');
    const update = log.regrade(accident.accidentId, 'GENERAL', 'SERIOUS', '2027-01-02T00:00:00Z');
    const dataSource = await fresh();
    const compliance = await complianceOf(dataSource, log.events, 2026);

    expect(compliance.get(city.departmentId)?.own.accidents).toEqual({
      ESPECIALLY_SERIOUS: 0,
      SERIOUS: 1,
      LARGER: 0,
      GENERAL: 0,
    });
    const drill = (figure: 'accidents.SERIOUS' | 'accidents.LARGER' | 'accidents.GENERAL') =>
      figureEvents(
        dataSource,
        {
          departmentIds: [city.departmentId],
          year: 2026,
          figure,
          skip: 0,
          take: 10,
        },
        TEST_CALENDAR,
      );
    const serious = await drill('accidents.SERIOUS');
    expect(serious.items.map((item) => [item.eventId, item.counted])).toEqual([
      [accident.id, true],
      [update.id, false],
    ]);
    expect((await drill('accidents.LARGER')).total).toBe(0);
    expect((await drill('accidents.GENERAL')).total).toBe(0);
    const series = await accidentsByMonth(dataSource, { from: '2026-03', to: '2027-01' });
    expect(series[0]).toEqual({
      month: '2026-03',
      ESPECIALLY_SERIOUS: 0,
      SERIOUS: 1,
      LARGER: 0,
      GENERAL: 0,
    });
    expect(series.slice(1).every((month) => month.SERIOUS + month.GENERAL === 0)).toBe(true);
  });
});
