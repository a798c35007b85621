import { LOG_START } from '@dutyledger/event-store';
import type { DataSource } from 'typeorm';
import { project } from '../../../../../test/support/projection-spec';
import {
  UPGRADE_ENGINES,
  migrationsBefore,
  previousVersion,
} from '../../../../../test/support/previous-read-models';
import { complianceProjection } from '../../compliance/compliance.projection';
import { ComplianceLog, readCompliance } from '../../compliance/compliance.fixtures';
import { treeKey } from '../../compliance/department-tree-key';
import { ensureCheckpoints } from '../../runner/checkpoints';
import { nameKeys } from '../name-keys';
import { openReadModels } from '../read-model-data-source';

/** The migrations of the version before the compliance roll-ups were stored. */
const BEFORE_ROLL_UPS = migrationsBefore('StoredComplianceRollUps');

/** A city and a district under it, a post with a monthly duty: the log the old rows came from. */
function jurisdiction() {
  const log = new ComplianceLog();
  const city = log.department('MUNICIPAL', null, { name: 'Riverside' });
  const district = log.department('DISTRICT', city.departmentId, { name: 'Xi District' });
  const post = log.post(district.departmentId, ['mining', 'chemicals']);
  const duty = log.duty(post.postId, { industries: ['mining'], cadence: 'MONTHLY' });
  log.performance(duty.dutyId, '2026-03', '2026-03-20T00:00:00.000Z');
  return { log, city, district, post, duty };
}

/** The rows the version before had projected from that log (a part of them), and checkpoints. */
function oldRows({ city, district, post, duty }: ReturnType<typeof jurisdiction>): string[] {
  const cityKey = treeKey(undefined, {
    departmentId: city.departmentId,
    kind: 'GOVERNMENT',
    name: 'Riverside',
  });
  const districtKey = treeKey(cityKey, {
    departmentId: district.departmentId,
    kind: 'GOVERNMENT',
    name: 'Xi District',
  });
  const department = (
    id: string,
    name: string,
    level: string,
    parent: string | null,
    key: string,
  ) =>
    `INSERT INTO "compliance_departments" ("departmentId", "name", "nameKey", "nameSortKey", "level", "kind", "parentId", "supervisionAuthority", "treeKey")
     VALUES ('${id}', '${name}', '${nameKeys(name).nameKey}', '${nameKeys(name).nameSortKey}', '${level}', 'GOVERNMENT', ${parent === null ? 'NULL' : `'${parent}'`}, FALSE, '${key}')`;
  return [
    department(city.departmentId, 'Riverside', 'MUNICIPAL', null, cityKey),
    department(district.departmentId, 'Xi District', 'DISTRICT', city.departmentId, districtKey),
    `INSERT INTO "compliance_posts" ("postId", "departmentId", "title", "businessScope")
     VALUES ('${post.postId}', '${district.departmentId}', 'Deputy Head', '["mining","chemicals"]')`,
    `INSERT INTO "compliance_duties" ("dutyId", "postId", "departmentId", "category", "industries", "cadence", "status", "assignedYear")
     VALUES ('${duty.dutyId}', '${post.postId}', '${district.departmentId}', 'WORK_SAFETY', '["mining"]', 'MONTHLY', 'ACTIVE', 2026)`,
    `INSERT INTO "compliance_facts" ("figure", "subject", "eventId", "departmentId", "fromAt", "cadence", "value", "eventType", "stream", "position", "occurredAt")
     VALUES ('dutiesDue', '${duty.dutyId}', '${duty.id}', '${district.departmentId}', '2026-01-01T00:00:00.000Z', 'MONTHLY', 1, 'DutyAssigned', '${duty.stream}', 4, '2026-01-01T00:00:00.000Z')`,
    `INSERT INTO "compliance_case_subjects" ("caseId", "cadreId", "postId", "departmentId", "eventId")
     VALUES ('k', 'c', '${post.postId}', '${district.departmentId}', 'e')`,
    `INSERT INTO "projection_checkpoints" ("projection", "position", "preparePosition")
     VALUES ('compliance', 5, 5), ('caseworker-queue', 5, 5)`,
    `INSERT INTO "parked_events" ("projection", "position", "preparePosition", "eventId", "eventType", "error", "parkedAt")
     VALUES ('compliance', 3, 3, 'x', 'DutyAssigned', 'e', '2026-01-01T00:00:00.000Z'),
            ('caseworker-queue', 3, 3, 'y', 'CaseOpened', 'e', '2026-01-01T00:00:00.000Z')`,
  ];
}

const count = async (dataSource: DataSource, table: string): Promise<number> => {
  const rows: { count: number | string }[] = await dataSource.query(
    `SELECT COUNT(*) AS "count" FROM "${table}"`,
  );
  return Number(rows[0]?.count ?? 0);
};

describe.each(UPGRADE_ENGINES)(
  'read-model migrations: the stored compliance roll-ups over a database of the version before (%s)',
  (engine) => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    });

    it('clear the compliance projection for its replay, keep its departments and every other projection', async () => {
      const setup = jurisdiction();
      const upgraded = await openReadModels(
        await previousVersion(engine, BEFORE_ROLL_UPS, oldRows(setup), cleanups),
      );
      cleanups.push(() => upgraded.destroy());
      const tables = ['compliance_facts', 'compliance_posts', 'compliance_duties'];
      const cleared = await Promise.all(
        [...tables, 'compliance_case_subjects', 'compliance_totals'].map((table) =>
          count(upgraded, table),
        ),
      );
      expect(cleared).toEqual([0, 0, 0, 0, 0]);
      expect(await count(upgraded, 'compliance_departments')).toBe(2);
      const parked: { projection: string }[] = await upgraded.query(
        'SELECT "projection" FROM "parked_events"',
      );
      expect(parked).toEqual([{ projection: 'caseworker-queue' }]);
      const positions = await upgraded.transaction((manager) =>
        ensureCheckpoints(manager, ['compliance', 'caseworker-queue']),
      );
      expect(positions.get('compliance')).toEqual(LOG_START);
      expect(positions.get('caseworker-queue')).toEqual({ commit: 5n, prepare: 5n });

      // The projector's replay from the start of the log: the departments written again as they
      // were, the facts and their roll-ups (readCompliance compares the two).
      await project(upgraded, complianceProjection, setup.log.events);
      expect(await count(upgraded, 'compliance_departments')).toBe(2);
      const compliance = await readCompliance(upgraded, 2026);
      expect(compliance.get(setup.city.departmentId)?.rolledUp).toMatchObject({
        dutiesDue: 12,
        dutiesPerformed: 1,
        scopeItems: 2,
        coverageGaps: 1,
      });
    });
  },
);
