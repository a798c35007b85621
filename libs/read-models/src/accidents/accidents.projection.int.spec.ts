import { randomUUID } from 'node:crypto';
import { EventLog, describeReadModels, project } from '../../../../test/support/projection-spec';
import { departmentsProjection } from '../departments/departments.projection';
import { accidentsProjection } from './accidents.projection';
import {
  type AccidentFilter,
  type AccidentSort,
  casualtiesByDepartment,
  listAccidents,
} from './accidents.query';

const ALL = { skip: 0, take: 100 };

class AccidentLog extends EventLog {
  department(name: string, parentId: string | null = null): string {
    const departmentId = randomUUID();
    this.record('DepartmentRegistered', {
      departmentId,
      name,
      level: parentId ? 'COUNTY' : 'MUNICIPAL',
      kind: 'GOVERNMENT',
      parentId,
      industries: [],
      supervisionAuthority: false,
      occurredAt: '2024-01-01T00:00:00.000Z',
    });
    return departmentId;
  }

  accident(
    departmentId: string,
    occurredAt: string,
    [deaths, seriousInjuries, directLossYuan]: [number, number, number],
    grade: string,
  ): string {
    const accidentId = randomUUID();
    this.record(
      'AccidentReported',
      {
        accidentId,
        departmentId,
        industry: 'mining',
        occurredAt,
        description: `Accident at ${occurredAt}`,
        deaths,
        seriousInjuries,
        directLossYuan,
        grade,
      },
      { stream: `accident-${accidentId}` },
    );
    return accidentId;
  }

  revise(
    accidentId: string,
    [deaths, seriousInjuries, directLossYuan]: [number, number, number],
    grade: string,
    previousGrade: string,
  ): void {
    this.record(
      'AccidentCasualtiesUpdated',
      {
        accidentId,
        deaths,
        seriousInjuries,
        directLossYuan,
        grade,
        previousGrade,
        reason: 'Two of the injured died in hospital',
        occurredAt: '2026-05-02T00:00:00.000Z',
      },
      { stream: `accident-${accidentId}` },
    );
  }

  cite(accidentId: string, occurredAt: string): string {
    const caseId = randomUUID();
    this.record(
      'AccidentCited',
      {
        caseId,
        accidentId,
        accidentOccurredAt: '2026-04-01T00:00:00.000Z',
        accidentGrade: 'LARGER',
        occurredAt,
      },
      { stream: `case-${caseId}` },
    );
    return caseId;
  }
}

describeReadModels('accidents projection', ({ fresh }) => {
  it('keeps the figures and grade of the latest casualty update and the cases opened on the accident', async () => {
    const log = new AccidentLog();
    const city = log.department('City');
    const mine = log.accident(city, '2026-04-01T02:00:00+08:00', [2, 3, 1_500_000.5], 'GENERAL');
    log.revise(mine, [4, 3, 1_500_000.5], 'LARGER', 'GENERAL');
    const first = log.cite(mine, '2026-05-10T00:00:00.000Z');
    const second = log.cite(mine, '2026-06-10T00:00:00.000Z');
    const dataSource = await fresh();
    await project(dataSource, departmentsProjection, log.events);
    await project(dataSource, accidentsProjection, log.events);
    // Applying the log again changes nothing (the runner may redeliver after a crash).
    await project(dataSource, accidentsProjection, log.events);

    const { items, total } = await listAccidents(dataSource, {}, 'time', ALL);
    expect(total).toBe(1);
    expect(items).toEqual([
      {
        accidentId: mine,
        departmentId: city,
        departmentName: 'City',
        industry: 'mining',
        description: 'Accident at 2026-04-01T02:00:00+08:00',
        occurredAt: '2026-03-31T18:00:00.000Z',
        year: 2026,
        grade: 'LARGER',
        deaths: 4,
        seriousInjuries: 3,
        directLossYuan: 1_500_000.5,
        revisedAt: '2026-05-02T00:00:00.000Z',
        cases: [
          { caseId: first, citedAt: '2026-05-10T00:00:00.000Z' },
          { caseId: second, citedAt: '2026-06-10T00:00:00.000Z' },
        ],
      },
    ]);
  });

  it('filters by the jurisdiction’s year, department and grade, sorts by time, grade and deaths, and pages', async () => {
    const log = new AccidentLog();
    const city = log.department('City');
    const county = log.department('County', city);
    // 23:00 on 31 December 2025 Beijing time: 2025, though 2026 is an hour away.
    const lastOf2025 = log.accident(county, '2025-12-31T15:00:00Z', [12, 0, 0], 'SERIOUS');
    const january = log.accident(city, '2026-01-05T00:00:00Z', [1, 0, 0], 'GENERAL');
    const march = log.accident(county, '2026-03-05T00:00:00Z', [3, 0, 0], 'LARGER');
    const june = log.accident(county, '2026-06-05T00:00:00Z', [0, 2, 0], 'GENERAL');
    const dataSource = await fresh();
    await project(dataSource, departmentsProjection, log.events);
    await project(dataSource, accidentsProjection, log.events);
    const ids = async (filter: AccidentFilter, sort: AccidentSort) =>
      (await listAccidents(dataSource, filter, sort, ALL)).items.map((item) => item.accidentId);

    expect(await ids({}, 'time')).toEqual([june, march, january, lastOf2025]);
    expect(await ids({}, '-time')).toEqual([lastOf2025, january, march, june]);
    expect(await ids({}, 'grade')).toEqual([lastOf2025, march, june, january]);
    expect(await ids({}, '-grade')).toEqual([june, january, march, lastOf2025]);
    expect(await ids({}, 'deaths')).toEqual([lastOf2025, march, january, june]);
    expect(await ids({}, '-deaths')).toEqual([june, january, march, lastOf2025]);
    expect(await ids({ year: 2026 }, 'time')).toEqual([june, march, january]);
    expect(await ids({ year: 2025 }, 'time')).toEqual([lastOf2025]);
    expect(await ids({ departmentIds: [county] }, 'time')).toEqual([june, march, lastOf2025]);
    expect(await ids({ grade: 'GENERAL', year: 2026 }, 'time')).toEqual([june, january]);
    expect(await ids({ departmentIds: [] }, 'time')).toEqual([]);

    const second = await listAccidents(dataSource, {}, 'time', { skip: 1, take: 2 });
    expect(second.total).toBe(4);
    expect(second.items.map((item) => item.accidentId)).toEqual([march, january]);
  });

  it('sums each department’s casualties of a year, the most deaths first', async () => {
    const log = new AccidentLog();
    const city = log.department('City');
    const county = log.department('County', city);
    log.accident(county, '2025-12-31T15:00:00Z', [12, 0, 0], 'SERIOUS');
    const revised = log.accident(city, '2026-01-05T00:00:00Z', [1, 1, 100], 'GENERAL');
    log.revise(revised, [3, 1, 100], 'LARGER', 'GENERAL');
    log.accident(county, '2026-03-05T00:00:00Z', [2, 4, 1_000], 'GENERAL');
    log.accident(county, '2026-06-05T00:00:00Z', [0, 2, 500], 'GENERAL');
    const dataSource = await fresh();
    await project(dataSource, departmentsProjection, log.events);
    await project(dataSource, accidentsProjection, log.events);

    expect(await casualtiesByDepartment(dataSource, { year: 2026 })).toEqual([
      {
        departmentId: city,
        departmentName: 'City',
        accidents: 1,
        deaths: 3,
        seriousInjuries: 1,
        directLossYuan: 100,
      },
      {
        departmentId: county,
        departmentName: 'County',
        accidents: 2,
        deaths: 2,
        seriousInjuries: 6,
        directLossYuan: 1_500,
      },
    ]);
    expect(
      await casualtiesByDepartment(dataSource, { year: 2026, departmentIds: [county] }),
    ).toEqual([expect.objectContaining({ departmentId: county, accidents: 2 })]);
    expect(await casualtiesByDepartment(dataSource, { year: 2024 })).toEqual([]);
  });
});
