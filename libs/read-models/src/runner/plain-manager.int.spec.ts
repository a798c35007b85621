import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { DEFAULT_TIME_ZONE, calendarFor } from '@dutyledger/domain';
import { type RecordedEvent, SqliteEventStore } from '@dutyledger/event-store';
import { domainCodec } from '@dutyledger/ledger';
import { type DataSource, type EntityManager, In, IsNull, Like, type ObjectLiteral } from 'typeorm';
import { demoWorld } from '../../../../test/support/demo-world';
import { describeReadModels } from '../../../../test/support/projection-spec';
import { PROJECTIONS, READ_MODEL_ENTITIES } from '../projections';
import { DepartmentRow } from '../departments/department-row.entity';
import { ComplianceFact } from '../compliance/compliance-fact.entity';
import { plainManager } from './plain-manager';

jest.setTimeout(120_000);

const context = { calendar: calendarFor(DEFAULT_TIME_ZONE) };

/** The demo's events, as the store recorded them. */
async function demoEvents(): Promise<RecordedEvent[]> {
  const { dataDir } = await demoWorld();
  const store = SqliteEventStore.open(join(dataDir, 'events.db'));
  try {
    return await store.readAll();
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Every projection applied to `events` in batches of 25, each batch one transaction. */
async function projectAll(
  dataSource: DataSource,
  events: readonly RecordedEvent[],
  managerOf: (transaction: EntityManager) => EntityManager,
): Promise<void> {
  const upcasters = domainCodec();
  for (const projection of PROJECTIONS) {
    const handled = events.filter((event) => projection.eventTypes.includes(event.type));
    for (let at = 0; at < handled.length; at += 25) {
      await dataSource.transaction(async (transaction) => {
        const manager = managerOf(transaction);
        for (const event of handled.slice(at, at + 25)) {
          await projection.apply(upcasters.upcast(event), manager, context);
        }
      });
    }
  }
}

/** Every row of every read-model table, in primary-key order, as TypeORM's repository reads it. */
async function everyRow(dataSource: DataSource): Promise<Record<string, ObjectLiteral[]>> {
  const tables: Record<string, ObjectLiteral[]> = {};
  for (const entity of READ_MODEL_ENTITIES) {
    const metadata = dataSource.getMetadata(entity);
    tables[metadata.tableName] = await dataSource.getRepository(entity).find({
      order: Object.fromEntries(
        metadata.primaryColumns.map((column) => [column.propertyName, 'ASC' as const]),
      ),
    });
  }
  return tables;
}

const fact = (subject: string, changes: Partial<ComplianceFact> = {}) => ({
  figure: 'dutiesPerformed',
  subject,
  eventId: `event-${subject}`,
  departmentId: 'department-1',
  year: 2026,
  value: 1,
  eventType: 'DutyPerformanceRecorded',
  stream: 'duty-1',
  position: 9_007_199_254_740_993n,
  occurredAt: '2026-03-01T00:00:00Z',
  ...changes,
});

describeReadModels('a projection’s plain repositories', ({ fresh }) => {
  it('write every read model of the demo exactly as TypeORM’s repositories write it', async () => {
    const events = await demoEvents();
    const throughTypeOrm = await fresh();
    const plain = await fresh();
    await projectAll(throughTypeOrm, events, (transaction) => transaction);
    await projectAll(plain, events, plainManager);
    const [expected, written] = [await everyRow(throughTypeOrm), await everyRow(plain)];
    expect(written).toStrictEqual(expected);
    // Most tables hold rows: a comparison of empty tables would prove nothing.
    const filled = Object.values(written).filter((rows) => rows.length > 0).length;
    expect(filled).toBeGreaterThanOrEqual(READ_MODEL_ENTITIES.length - 6);
  });

  it('find, count and test rows by equal values, In lists, IsNull and lists of alternatives as TypeORM does', async () => {
    const dataSource = await fresh();
    await dataSource.transaction(async (transaction) => {
      const typeorm = transaction.getRepository(ComplianceFact);
      await typeorm.insert([
        fact('a'),
        fact('b', { toAt: null, year: null, figure: 'coverageGaps' }),
        fact('c', { departmentId: 'department-2', value: 0 }),
        fact('d', { toAt: '2026-06-01T00:00:00Z', figure: 'coverageGaps' }),
      ]);
      const plain = plainManager(transaction).getRepository(ComplianceFact);
      const wheres = [
        { subject: 'a' },
        { departmentId: 'department-1', value: 1 },
        { figure: 'coverageGaps', toAt: IsNull() },
        { subject: In(['a', 'c', 'x']) },
        { subject: In([]) },
        [{ subject: 'a' }, { departmentId: 'department-2' }],
        [{ subject: In([]) }, { subject: 'd' }],
        [{ subject: In([]) }],
        { position: 9_007_199_254_740_993n },
        { figure: Like('coverage%') },
      ];
      for (const where of wheres) {
        const order = { subject: 'DESC' } as const;
        expect(await plain.findBy(where)).toStrictEqual(await typeorm.findBy(where));
        expect(await plain.find({ where, order })).toStrictEqual(
          await typeorm.find({ where, order }),
        );
        expect(await plain.countBy(where)).toBe(await typeorm.countBy(where));
        expect(await plain.existsBy(where)).toBe(await typeorm.existsBy(where));
      }
      expect(await plain.findOneBy({ subject: 'b' })).toStrictEqual(
        await typeorm.findOneBy({ subject: 'b' }),
      );
      expect(await plain.findOneBy({ subject: 'none' })).toBeNull();
      expect(await plain.find()).toHaveLength(4);
    });
  });

  it('insert, update and delete as TypeORM does: defaults, nulls, bigints and JSON, and the rows they touched', async () => {
    const dataSource = await fresh();
    const department = (departmentId: string) => ({
      departmentId,
      name: '应急管理局',
      level: 'MUNICIPAL',
      kind: 'GOVERNMENT',
      parentId: null,
      industries: ['mining', 'chemicals'],
      supervisionAuthority: true,
      registeredAt: '2026-01-01T00:00:00Z',
      lastPosition: 12n,
    });
    await dataSource.transaction(async (transaction) => {
      const typeorm = transaction.getRepository(DepartmentRow);
      const plain = plainManager(transaction).getRepository(DepartmentRow);
      await typeorm.insert([department('t-1'), department('t-2')]);
      await plain.insert([department('p-1'), department('p-2')]);
      await typeorm.insert(department('t-3'));
      await plain.insert(department('p-3'));
      const changes = { name: '安全生产委员会', parentId: 'x', lastPosition: 13n };
      const touched = [
        await typeorm.update({ departmentId: In(['t-1', 't-3']) }, changes),
        await plain.update({ departmentId: In(['p-1', 'p-3']) }, changes),
        await typeorm.delete({ departmentId: 't-2' }),
        await plain.delete({ departmentId: 'p-2' }),
        await plain.update({ departmentId: In([]) }, changes),
        await plain.delete({ departmentId: 'p-none' }),
      ].map((result) => result.affected);
      expect(touched).toEqual([2, 2, 1, 1, 0, 0]);
    });
    const rows = await dataSource.getRepository(DepartmentRow).find({
      order: { departmentId: 'ASC' },
    });
    const written = (prefix: string) =>
      rows
        .filter((row) => row.departmentId.startsWith(prefix))
        .map((row) => ({ ...row, departmentId: row.departmentId.slice(prefix.length) }));
    expect(written('p-')).toStrictEqual(written('t-'));
    expect(written('p-')).toHaveLength(2);
  });

  it('write in the transaction they were made in: seen by its other statements, gone with its rollback', async () => {
    const dataSource = await fresh();
    const rolledBack = dataSource.transaction(async (transaction) => {
      await plainManager(transaction).getRepository(ComplianceFact).insert(fact('inside'));
      const seen = await transaction.getRepository(ComplianceFact).findOneBy({ subject: 'inside' });
      expect(seen?.subject).toBe('inside');
      throw new Error('roll back');
    });
    await expect(rolledBack).rejects.toThrow('roll back');
    expect(await dataSource.getRepository(ComplianceFact).count()).toBe(0);
  });
});
