/**
 * Department compliance on a file-backed SQLite read model: projects a synthetic municipality
 * (DISTRICTS districts of TOWNSHIPS_PER_DISTRICT townships; each department 2 posts of 3 scope
 * items, 3 monthly work-safety duties covering 2 of them, 12 performances each, 2 failures and an
 * accident) in batches of 500 events per transaction, then times the read side: the whole-year
 * report rolled up from the facts (every department at once), the pages GET /compliance reads
 * (page 1 of 20, the municipality first; a page halfway; the municipality alone), a rolled-up
 * drill-down from the municipality, accidents by grade over 120 months and a page of coverage
 * gaps. Prints events/s and p50/p99 ms.
 * Run: npm run bench:compliance [-- DISTRICTS TOWNSHIPS_PER_DISTRICT]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_COMPLIANCE_WEIGHTS } from '@dutyledger/domain';
import { DEFAULT_GRADE_BANDS } from '@dutyledger/domain';
import type { RecordedEvent } from '@dutyledger/event-store';
import {
  accidentsByMonth,
  complianceDepartments,
  complianceOfYear,
  complianceOfYearPage,
  complianceProjection,
  currentCoverageGaps,
  figureEvents,
  openReadModels,
  subtreeIds,
} from '@dutyledger/read-models';
import { ComplianceLog } from '../../../libs/read-models/src/compliance/compliance.fixtures';
import { TEST_CALENDAR, project } from '../../support/projection-spec';
import { type Figures, figures, nowMs, printTable } from '../measure';

const DISTRICTS = Number(process.argv[2] ?? 20);
const TOWNSHIPS_PER_DISTRICT = Number(process.argv[3] ?? 10);
const BATCH = 500;
const RUNS = 20;

function municipality(): { log: ComplianceLog; rootId: string } {
  const log = new ComplianceLog();
  const root = log.department('MUNICIPAL', null);
  const equip = (departmentId: string, index: number) => {
    for (let p = 0; p < 2; p++) {
      const post = log.post(departmentId, ['mining', 'construction', 'chemicals']);
      for (const industry of p === 0 ? ['mining', 'construction', 'mining'] : []) {
        const duty = log.duty(post.postId, { industries: [industry], cadence: 'MONTHLY' });
        for (let month = 1; month <= 12; month++) {
          const period = `2026-${String(month).padStart(2, '0')}`;
          log.performance(duty.dutyId, period, `${period}-20T00:00:00Z`);
        }
        log.failure(duty.dutyId, post.postId, 'MINOR', '2026-05-05T00:00:00Z');
      }
    }
    log.accident(departmentId, index % 7 === 0 ? 'LARGER' : 'GENERAL', '2026-04-01T00:00:00Z');
  };
  equip(root.departmentId, 0);
  for (let d = 0; d < DISTRICTS; d++) {
    const district = log.department('DISTRICT', root.departmentId);
    equip(district.departmentId, d);
    for (let t = 0; t < TOWNSHIPS_PER_DISTRICT; t++) {
      const township = log.department('TOWNSHIP', district.departmentId);
      equip(township.departmentId, t);
    }
  }
  return { log, rootId: root.departmentId };
}

async function timed(label: string, run: () => Promise<unknown>): Promise<Figures> {
  const latencies: number[] = [];
  const started = nowMs();
  for (let i = 0; i < RUNS; i++) {
    const at = nowMs();
    await run();
    latencies.push(nowMs() - at);
  }
  return figures(label, latencies, (nowMs() - started) / 1000);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dutyledger-compliance-bench-'));
  const { log, rootId } = municipality();
  const events: readonly RecordedEvent[] = log.events;
  const dataSource = await openReadModels({ kind: 'sqlite', file: join(dir, 'read-models.db') });
  try {
    const started = nowMs();
    for (let from = 0; from < events.length; from += BATCH) {
      await project(dataSource, complianceProjection, events.slice(from, from + BATCH));
    }
    const seconds = (nowMs() - started) / 1000;
    const departments = await complianceDepartments(dataSource);
    console.log(
      `${departments.length} departments, ${events.length} events projected in ${seconds.toFixed(2)} s: ` +
        `${(events.length / seconds).toFixed(0)} events/s (batches of ${BATCH}, one transaction each)`,
    );
    const all = subtreeIds(departments, rootId);
    const reading = {
      calendar: TEST_CALENDAR,
      weights: DEFAULT_COMPLIANCE_WEIGHTS,
      bands: DEFAULT_GRADE_BANDS,
    };
    const halfway = Math.floor(departments.length / 2);
    printTable([
      await timed('the year report rolled up from the facts, every department', () =>
        complianceOfYear(dataSource, 2026, reading),
      ),
      await timed('GET /compliance page 1 (20, the municipality first)', () =>
        complianceOfYearPage(dataSource, { year: 2026, skip: 0, take: 20 }, reading),
      ),
      await timed(`GET /compliance page at ${halfway} (20)`, () =>
        complianceOfYearPage(dataSource, { year: 2026, skip: halfway, take: 20 }, reading),
      ),
      await timed('GET /compliance?departmentId= the municipality (its subtree, 1)', () =>
        complianceOfYearPage(
          dataSource,
          { year: 2026, departmentId: rootId, skip: 0, take: 1 },
          reading,
        ),
      ),
      await timed('drill-down dutiesPerformed, rollup, page 1', () =>
        figureEvents(
          dataSource,
          { departmentIds: all, year: 2026, figure: 'dutiesPerformed', skip: 0, take: 100 },
          TEST_CALENDAR,
        ),
      ),
      await timed('drill-down dutiesDue, rollup, page 1', () =>
        figureEvents(
          dataSource,
          { departmentIds: all, year: 2026, figure: 'dutiesDue', skip: 0, take: 100 },
          TEST_CALENDAR,
        ),
      ),
      await timed('accidents by grade, 120 months, rollup', () =>
        accidentsByMonth(dataSource, { from: '2017-01', to: '2026-12', departmentIds: all }),
      ),
      await timed('coverage gaps, page 1', () =>
        currentCoverageGaps(dataSource, { skip: 0, take: 100 }),
      ),
    ]);
  } finally {
    await dataSource.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
