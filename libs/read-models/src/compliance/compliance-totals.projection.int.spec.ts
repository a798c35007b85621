import type { Cadence, DepartmentLevel } from '@dutyledger/domain';
import type { DataSource } from 'typeorm';
import { SeededRandom } from '../../../../test/support/fuzz/seeded-random';
import {
  TEST_CALENDAR,
  describeReadModels,
  project,
} from '../../../../test/support/projection-spec';
import { complianceProjection } from './compliance.projection';
import { ComplianceLog, readCompliance } from './compliance.fixtures';
import { complianceOfYearPage } from './compliance-of-year.query';
import { DEFAULT_COMPLIANCE_WEIGHTS } from '@dutyledger/domain';
import { DEFAULT_GRADE_BANDS } from '@dutyledger/domain';
import type { DepartmentCompliance } from './compliance.report';

const YEARS = [2023, 2024, 2025, 2026, 2027] as const;
const CADENCES: readonly Cadence[] = ['MONTHLY', 'QUARTERLY', 'ANNUAL', 'ONCE'];
const INDUSTRIES = ['mining', 'construction', 'chemicals', 'transport'];

/**
 * Five years of a municipality's work: departments three levels deep, posts, duties assigned,
 * amended and revoked across year ends (local midnight on 1 January among them), performances,
 * failures, accidents re-graded, cases naming subjects of several departments, closed, reopened,
 * with measures withdrawn or revoked on appeal.
 */
function municipality(seed: number) {
  // Seeded, so that a failure can be run again as it was.
  const random = new SeededRandom(seed);
  const log = new ComplianceLog();
  const at = () => {
    const year = random.pick(YEARS);
    const month = String(1 + random.int(12)).padStart(2, '0');
    // Some instants fall on the local year's first moment (16:00 UTC the day before, Beijing).
    if (random.chance(0.1)) return `${year - 1}-12-31T16:00:00.000Z`;
    return `${year}-${month}-${String(1 + random.int(28)).padStart(2, '0')}T0${random.int(10)}:00:00.000Z`;
  };
  const later = (instant: string) => {
    const candidate = at();
    return candidate > instant ? candidate : instant;
  };
  const city = log.department('MUNICIPAL', null, { name: 'City' });
  const departments: string[] = [city.departmentId];
  for (let d = 0; d < 3; d += 1) {
    const district = log.department('DISTRICT', city.departmentId);
    departments.push(district.departmentId);
    for (let t = 0; t < 2; t += 1) {
      const level: DepartmentLevel = 'TOWNSHIP';
      const township = log.department(level, district.departmentId);
      departments.push(township.departmentId);
      const office = log.department(level, township.departmentId, { kind: 'WORKING_DEPARTMENT' });
      departments.push(office.departmentId);
    }
  }
  const posts = departments.flatMap((departmentId) =>
    Array.from({ length: 1 + random.int(2) }, () => {
      const scope = INDUSTRIES.filter(() => random.chance(0.5));
      return { departmentId, ...log.post(departmentId, scope, at()) };
    }),
  );
  const duties = posts.flatMap((post) =>
    Array.from({ length: random.int(3) }, () => {
      const assignedAt = at();
      const cadence = random.pick(CADENCES);
      const duty = log.duty(post.postId, {
        industries: INDUSTRIES.filter(() => random.chance(0.4)),
        cadence,
        category: random.chance(0.85) ? 'WORK_SAFETY' : 'BUSINESS',
        occurredAt: assignedAt,
      });
      return { ...duty, postId: post.postId, assignedAt, cadence };
    }),
  );
  for (const duty of duties) {
    for (let p = 0; p < random.int(6); p += 1) {
      const year = random.pick(YEARS);
      const period =
        duty.cadence === 'MONTHLY'
          ? `${year}-${String(1 + random.int(12)).padStart(2, '0')}`
          : duty.cadence === 'QUARTERLY'
            ? `${year}-Q${1 + random.int(4)}`
            : duty.cadence === 'ANNUAL'
              ? String(year)
              : 'ONCE';
      log.performance(duty.dutyId, period, later(duty.assignedAt));
    }
    if (random.chance(0.3)) log.failure(duty.dutyId, duty.postId, 'MINOR', later(duty.assignedAt));
    if (random.chance(0.3)) {
      const cadence = random.pick(CADENCES.filter((one) => one !== duty.cadence));
      log.amend(duty.dutyId, { cadence }, later(duty.assignedAt));
    }
    if (random.chance(0.2)) {
      log.amend(duty.dutyId, { industries: [random.pick(INDUSTRIES)] }, later(duty.assignedAt));
    }
    if (random.chance(0.25)) log.revoke(duty.dutyId, later(duty.assignedAt));
  }
  for (const departmentId of departments) {
    if (!random.chance(0.6)) continue;
    const accident = log.accident(departmentId, 'GENERAL', at());
    if (random.chance(0.4)) log.regrade(accident.accidentId, 'GENERAL', 'LARGER', at());
  }
  for (let c = 0; c < 14; c += 1) {
    const openedAt = at();
    const subjects = Array.from({ length: 1 + random.int(3) }, () => ({
      cadreId: `cadre-${random.int(6)}`,
      postId: random.pick(posts).postId,
    }));
    const opened = log.caseOpened(city.departmentId, openedAt, subjects);
    const cadreId = subjects[0]?.cadreId ?? 'cadre-0';
    if (random.chance(0.6)) {
      const sanction = log.sanction(opened.caseId, later(openedAt), cadreId);
      if (random.chance(0.3)) {
        log.caseEvent(
          'SanctionWithdrawn',
          opened.caseId,
          { sanctionId: sanction.sanctionId, cadreId, reason: 'FINDING_SUPERSEDED' },
          later(openedAt),
        );
      } else if (random.chance(0.5)) {
        log.caseEvent(
          'AppealDecided',
          opened.caseId,
          {
            appealId: `appeal-${c}`,
            cadreId,
            sanctionId: sanction.sanctionId,
            ...random.pick([
              { outcome: 'SANCTION_REVOKED', changedSanction: null },
              { outcome: 'SANCTION_CHANGED', changedSanction: 'CIRCULATED_CRITICISM' },
              { outcome: 'UPHELD', changedSanction: null },
            ]),
            reasoning: 'Reviewed',
            decidedBy: 'supervisor-2',
          },
          later(openedAt),
        );
      }
    }
    if (random.chance(0.7)) {
      const closedAt = later(openedAt);
      log.caseEvent('CaseClosed', opened.caseId, { reason: 'Decided' }, closedAt);
      if (random.chance(0.4)) {
        log.caseEvent('CaseReopened', opened.caseId, { reason: 'New evidence' }, later(closedAt));
        if (random.chance(0.5)) {
          log.caseEvent('CaseClosed', opened.caseId, { reason: 'Decided' }, later(closedAt));
        }
      }
    }
  }
  return { log, city, departments };
}

/** Projects the events in batches of uneven sizes, as a runner's batches come. */
async function projectInBatches(dataSource: DataSource, log: ComplianceLog, seed: number) {
  const random = new SeededRandom(seed + 1);
  const events = [...log.events];
  while (events.length > 0) {
    await project(dataSource, complianceProjection, events.splice(0, 1 + random.int(40)));
  }
}

const reading = {
  calendar: TEST_CALENDAR,
  weights: DEFAULT_COMPLIANCE_WEIGHTS,
  bands: DEFAULT_GRADE_BANDS,
};

describeReadModels('compliance projection: stored roll-ups', ({ fresh }) => {
  it.each([1, 2, 3])(
    'rolls five years of a generated municipality up exactly as its facts do (seed %i)',
    async (seed) => {
      const { log, city } = municipality(seed);
      const dataSource = await fresh();
      await projectInBatches(dataSource, log, seed);
      const moved = new Set<string>();
      for (const year of [2022, ...YEARS, 2028, 2030]) {
        // readCompliance compares every department's paged entry (stored roll-ups) with the
        // report rolled up from the facts, and throws where they differ.
        const report = await readCompliance(dataSource, year);
        const cityFigures = report.get(city.departmentId)?.rolledUp;
        for (const [figure, value] of Object.entries(cityFigures ?? {})) {
          if (typeof value === 'number' && value !== 0) moved.add(figure);
        }
      }
      // The comparison means something only where the figures are not all zero.
      expect([...moved].sort()).toEqual(
        expect.arrayContaining([
          'casesClosed',
          'casesOpened',
          'coverageGaps',
          'dutiesDue',
          'dutiesPerformed',
          'scopeItems',
        ]),
      );
    },
  );

  it('answers a subtree, the departments under a parent and a page at an offset alike', async () => {
    const { log, departments } = municipality(7);
    const dataSource = await fresh();
    await projectInBatches(dataSource, log, 7);
    const whole = await readCompliance(dataSource, 2026);
    const entries = [...whole.values()];
    const district = entries.find((entry) => entry.level === 'DISTRICT');
    const byId = (items: readonly DepartmentCompliance[] | undefined) =>
      (items ?? []).map((item) => [item.departmentId, item]);
    const subtree = await complianceOfYearPage(
      dataSource,
      { year: 2026, departmentId: district?.departmentId, skip: 0, take: 100 },
      reading,
    );
    expect(subtree?.total).toBe(5);
    expect(byId(subtree?.items)).toEqual(
      byId(subtree?.items.map((item) => whole.get(item.departmentId) ?? item)),
    );
    const under = await complianceOfYearPage(
      dataSource,
      { year: 2026, parentId: district?.departmentId, skip: 1, take: 1 },
      reading,
    );
    expect(under?.total).toBe(2);
    expect(under?.items).toHaveLength(1);
    expect(under?.items[0]).toEqual(whole.get(under?.items[0]?.departmentId ?? ''));
    const deep = await complianceOfYearPage(dataSource, { year: 2026, skip: 5, take: 4 }, reading);
    expect(deep?.total).toBe(departments.length);
    expect([...(deep?.items ?? [])]).toEqual(entries.slice(5, 9));
  });
});
