import { EventLog, project } from '../../../../../test/support/projection-spec';
import { CadreHistoryFailure } from '../../cadre-history/cadre-history-failure.entity';
import { CadreHistoryFinding } from '../../cadre-history/cadre-history-finding.entity';
import { CadreHistoryHolding } from '../../cadre-history/cadre-history-holding.entity';
import { CaseHeaderRow } from '../../cases/timeline/case-header.entity';
import { caseTimeline } from '../../cases/timeline/case-timeline.query';
import { caseworkerQueueProjection } from '../../cases/queue/caseworker-queue.projection';
import { caseworkerQueue } from '../../cases/queue/caseworker-queue.query';
import { compareNames } from '@dutyledger/i18n';
import { listCadres } from '../../cadre-history/cadres.query';
import { ComplianceFact } from '../../compliance/compliance-fact.entity';
import { listDepartments } from '../../compliance/department-hierarchy.query';
import { nameKeys } from '../name-keys';
import { openReadModels } from '../read-model-data-source';
import {
  UPGRADE_ENGINES,
  migrationsBefore,
  openReadModelsBefore,
  previousVersion as upgradeFrom,
} from '../../../../../test/support/previous-read-models';

/** The migrations of the version before business times and the fair procedure. */
const BEFORE = 2;
/** The migrations of the version before the case narrative. */
const BEFORE_NARRATIVE = migrationsBefore('CaseNarrativeMessages');
/** The migrations of the version before the caseworker queue kept columns of its own. */
const BEFORE_FLAT_QUEUE = migrationsBefore('FlatCaseworkerQueue');

/** A queued case as the version before stored it: the domain's case state as JSON. */
const QUEUED_ROWS = [
  `INSERT INTO "caseworker_queue_cases" ("caseId", "kind", "status", "openedByDepartmentId", "openedAt", "dueAt", "stoppedAt", "lastPosition", "state", "labels")
   VALUES ('q', 'POST_ACCIDENT', 'APPEALED', 'd', '2026-01-05T09:00:00.000Z', '2026-03-02T06:30:00.000Z', '2026-03-01T00:00:00.000Z', 20,
     '{"caseId":"q","summary":"Roof collapse","subjects":[{"cadreId":"z","postId":"p"},{"cadreId":"l","postId":"p2"}],"appeals":[{"appealId":"a1","outcome":"UPHELD"},{"appealId":"a2","outcome":null}]}',
     '{"departments":{"d":"Riverside"},"posts":{"p":"Industry"},"cadres":{"z":"Zhang Wei"}}')`,
];

/** The migrations of the version before the queue stored its sort keys. */
const BEFORE_QUEUE_KEYS = migrationsBefore('QueueSortKeysAndDepartmentSubtrees');

/** Queued cases as the version before stored them: no sort keys. */
const UNKEYED_QUEUE_ROWS = [
  ['running', 'OPENED', '2026-01-05T00:00:00.000Z', "'2026-03-20T00:00:00.000Z'", 'NULL'],
  [
    'overdue',
    'UNDER_INVESTIGATION',
    '2026-01-06T00:00:00.000Z',
    "'2026-03-01T00:00:00.000Z'",
    'NULL',
  ],
  [
    'stopped',
    'DECIDED',
    '2026-01-01T00:00:00.000Z',
    "'2026-02-01T00:00:00.000Z'",
    "'2026-01-20T00:00:00.000Z'",
  ],
  ['closed', 'CLOSED', '2025-12-01T00:00:00.000Z', 'NULL', 'NULL'],
].map(
  ([caseId, status, openedAt, dueAt, stoppedAt]) =>
    `INSERT INTO "caseworker_queue_cases" ("caseId", "kind", "status", "openedByDepartmentId", "summary", "openedAt", "dueAt", "stoppedAt", "appealsPending", "lastPosition", "labels")
     VALUES ('${caseId}', 'POST_ACCIDENT', '${status}', 'd', 's', '${openedAt}', ${dueAt}, ${stoppedAt}, 0, 1, '{"departments":{},"posts":{},"cadres":{}}')`,
);

/** The migrations of the version before names had their sort and search keys. */
const BEFORE_NAME_KEYS = migrationsBefore('ChineseNameKeys');

/** Cadres and departments as the version before stored them: the name in lower case at most. */
const UNKEYED_NAMES = ['张伟', '王建国', 'Alice Wang', '安静', '滨江区应急管理局', '欧阳娜娜'];
const UNKEYED_NAME_ROWS = UNKEYED_NAMES.flatMap((name, index) => [
  `INSERT INTO "cadre_history_cadres" ("cadreId", "name", "nameKey", "personnelNumber", "managingDepartmentId", "registeredAt", "sourceEventIds")
   VALUES ('c${index}', '${name}', '${name.toLowerCase()}', 'P-${index}', 'd', '2026-01-01T00:00:00.000Z', '[]')`,
  `INSERT INTO "compliance_departments" ("departmentId", "name", "level", "kind", "parentId", "supervisionAuthority")
   VALUES ('d${index}', '${name}', 'DISTRICT', 'WORKING_DEPARTMENT', NULL, false)`,
]);

/** Rows as the version before the case narrative wrote them. */
const NARRATIVE_ROWS = [
  `INSERT INTO "case_timeline_headers" ("caseId", "revision", "lastPosition", "state", "labels", "decidedSanctions", "appealDeciders")
   VALUES ('k', 0, 9, '{}', '{}', '{}', '{}')`,
  `INSERT INTO "case_timeline_entries" ("caseId", "position", "revision", "eventId", "type", "actorId", "actorRole", "occurredAt", "recordedAt", "sentence")
   VALUES ('k', 9, 0, 'e', 'CaseClosed', 'supervisor-1', 'SUPERVISOR', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'Case closed by supervisor-1: it''s "done" {not a placeholder}')`,
];

/** Rows as the version before wrote them. */
const OLD_ROWS = [
  `INSERT INTO "cadre_history_findings" ("eventId", "cadreId", "caseId", "responsible", "responsibilityKind", "reasoning", "heardBeforeFinding", "recordedAt")
   VALUES ('heard', 'c', 'k', TRUE, 'DIRECT', 'r', TRUE, '2026-01-01T00:00:00.000Z'),
          ('unheard', 'c', 'k', FALSE, NULL, 'r', FALSE, '2026-01-02T00:00:00.000Z')`,
  `INSERT INTO "cadre_history_failures" ("failureId", "cadreId", "dutyId", "postId", "occurredAt", "description", "evidence", "adverseEffect", "sourceEventIds")
   VALUES ('f', 'c', 'd', 'p', '2026-01-01T00:00:00.000Z', 'x', 'y', 'MINOR', '["e"]')`,
  `INSERT INTO "cadre_history_holdings" ("holdingId", "cadreId", "postId", "heldFrom", "heldUntil", "reliefReason", "sourceEventIds")
   VALUES ('h', 'c', 'p', '2026-01-01T00:00:00.000Z', NULL, NULL, '["h"]')`,
  `INSERT INTO "case_timeline_headers" ("caseId", "revision", "lastPosition", "state", "labels", "decidedSanctions")
   VALUES ('k', 3, 9, '{}', '{}', '{}')`,
  `INSERT INTO "compliance_facts" ("figure", "subject", "eventId", "departmentId", "year", "month", "value", "eventType", "stream", "position", "occurredAt")
   VALUES ('casesOpened', 'k', 'e', 'a', 2026, '2026-01', 1, 'CaseOpened', 'case-k', 9, '2026-01-01T00:00:00.000Z')`,
];

describe.each(UPGRADE_ENGINES)(
  'read-model migrations over a database of the version before (%s)',
  (engine) => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    });

    /** A database migrated by the version before (`before` migrations), holding its rows. */
    const previousVersion = (before = BEFORE, rows: readonly string[] = OLD_ROWS) =>
      upgradeFrom(engine, before, rows, cleanups);

    it('keep what the rows said and read new fields as the upcasters read old events', async () => {
      // Up to the stored roll-ups, which clear the compliance facts for a replay (spec below).
      const upgraded = await openReadModelsBefore(
        await previousVersion(),
        'StoredComplianceRollUps',
      );
      cleanups.push(() => upgraded.destroy());

      const findings = await upgraded.getRepository(CadreHistoryFinding).find({
        order: { eventId: 'ASC' },
      });
      expect(
        findings.map(({ eventId, hearing, aggravating, mitigating, recordedBy }) => ({
          eventId,
          hearing,
          aggravating,
          mitigating,
          recordedBy,
        })),
      ).toEqual([
        {
          eventId: 'heard',
          hearing: 'STATEMENT',
          aggravating: [],
          mitigating: [],
          recordedBy: null,
        },
        {
          eventId: 'unheard',
          hearing: 'NOT_HEARD',
          aggravating: [],
          mitigating: [],
          recordedBy: null,
        },
      ]);
      expect(
        await upgraded.getRepository(CadreHistoryFailure).findOneBy({ failureId: 'f' }),
      ).toMatchObject({
        kind: 'OTHER',
        otherKind: 'not recorded (before failure kinds)',
        safetyImpact: false,
      });
      expect(
        await upgraded.getRepository(CadreHistoryHolding).findOneBy({ holdingId: 'h' }),
      ).toMatchObject({
        eligibilityOverride: null,
      });
      expect(await upgraded.getRepository(CaseHeaderRow).findOneBy({ caseId: 'k' })).toMatchObject({
        appealDeciders: {},
      });
      // The same event may now count one case for several departments.
      await upgraded.getRepository(ComplianceFact).insert({
        figure: 'casesOpened',
        subject: 'k',
        eventId: 'e',
        departmentId: 'b',
        year: 2026,
        value: 1,
        eventType: 'CaseOpened',
        stream: 'case-k',
        position: 9n,
        occurredAt: '2026-01-01T00:00:00.000Z',
      });
      expect(await upgraded.getRepository(ComplianceFact).countBy({ eventId: 'e' })).toBe(2);
    });

    it('keep the sentences a case timeline stored, said as they were', async () => {
      const upgraded = await openReadModels(
        await previousVersion(BEFORE_NARRATIVE, NARRATIVE_ROWS),
      );
      cleanups.push(() => upgraded.destroy());
      const timeline = await caseTimeline(upgraded, 'k', { skip: 0, take: 10 });
      expect(timeline?.entries.map((entry) => entry.sentence)).toEqual([
        'Case closed by supervisor-1: it\'s "done" {not a placeholder}',
      ]);
    });

    it('give the queued cases already stored their sort keys: the queue lists them in the same order', async () => {
      const upgraded = await openReadModels(
        await previousVersion(BEFORE_QUEUE_KEYS, UNKEYED_QUEUE_ROWS),
      );
      cleanups.push(() => upgraded.destroy());
      const now = new Date('2026-03-10T00:00:00.000Z');
      const window = { skip: 0, take: 10 };
      const ids = async (filter: Parameters<typeof caseworkerQueue>[1]) =>
        (await caseworkerQueue(upgraded, filter, now, window)).items.map((item) => item.caseId);
      expect(await ids({})).toEqual(['overdue', 'running', 'stopped']);
      expect(await ids({ overdue: true })).toEqual(['overdue']);
      expect(await ids({ overdue: false })).toEqual(['running', 'stopped']);
      expect(await ids({ sort: 'openedAt' })).toEqual(['stopped', 'running', 'overdue']);
      expect(await ids({ sort: '-openedAt' })).toEqual(['overdue', 'running', 'stopped']);
    });

    it('give the cadres and departments already stored the name keys a rebuild would write', async () => {
      const upgraded = await openReadModels(
        await previousVersion(BEFORE_NAME_KEYS, UNKEYED_NAME_ROWS),
      );
      cleanups.push(() => upgraded.destroy());
      const pinyinOrder = [...UNKEYED_NAMES].sort(compareNames);
      const window = { skip: 0, take: 100 };
      const cadres = await listCadres(upgraded, {}, window, new Date());
      expect(cadres.items.map((cadre) => cadre.name)).toEqual(pinyinOrder);
      const departments = await listDepartments(upgraded, window);
      expect(departments.items.map((department) => department.name)).toEqual(pinyinOrder);
      const found = await listDepartments(upgraded, { ...window, name: '应急' });
      expect(found.items.map((department) => department.name)).toEqual(['滨江区应急管理局']);
      const stored: { name: string; nameKey: string; nameSortKey: string }[] = await upgraded.query(
        'SELECT "name", "nameKey", "nameSortKey" FROM "compliance_departments" UNION ALL SELECT "name", "nameKey", "nameSortKey" FROM "cadre_history_cadres"',
      );
      expect(stored).toHaveLength(UNKEYED_NAMES.length * 2);
      for (const row of stored) expect(row).toEqual({ name: row.name, ...nameKeys(row.name) });
    });

    it("move a queued case out of its stored state into the queue's own columns, and keep moving it", async () => {
      const upgraded = await openReadModels(await previousVersion(BEFORE_FLAT_QUEUE, QUEUED_ROWS));
      cleanups.push(() => upgraded.destroy());
      const now = new Date('2026-03-10T00:00:00.000Z');
      const window = { skip: 0, take: 10 };
      expect((await caseworkerQueue(upgraded, {}, now, window)).items).toEqual([
        {
          caseId: 'q',
          kind: 'POST_ACCIDENT',
          status: 'APPEALED',
          openedByDepartmentId: 'd',
          departmentName: 'Riverside',
          summary: 'Roof collapse',
          openedAt: '2026-01-05T09:00:00.000Z',
          dueAt: '2026-03-02T06:30:00.000Z',
          overdue: false,
          subjectCount: 2,
          subjects: [
            { cadreId: 'z', name: 'Zhang Wei', postId: 'p', postTitle: 'Industry' },
            { cadreId: 'l', name: null, postId: 'p2', postTitle: null },
          ],
        },
      ]);
      const log = new EventLog();
      const decided = log.record(
        'AppealDecided',
        {
          caseId: 'q',
          appealId: 'a2',
          cadreId: 'l',
          sanctionId: 's',
          outcome: 'UPHELD',
          changedSanction: null,
          reasoning: 'r',
          decidedBy: 'supervisor-appeals',
          occurredAt: '2026-03-05T00:00:00.000Z',
        },
        { stream: 'case-q' },
      );
      await project(upgraded, caseworkerQueueProjection, [{ ...decided, position: 21n }]);
      const after = await caseworkerQueue(upgraded, {}, now, window);
      expect(after.items.map(({ status, subjectCount }) => ({ status, subjectCount }))).toEqual([
        { status: 'DECIDED', subjectCount: 2 },
      ]);
    });
  },
);
