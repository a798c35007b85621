import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_TIME_ZONE, calendarFor } from '@dutyledger/domain';
import { SqliteEventStore } from '@dutyledger/event-store';
import { domainCodec } from '@dutyledger/ledger';
import { type DataSource, In, type ObjectLiteral } from 'typeorm';
import { demoWorld } from '../../../../test/support/demo-world';
import { describeReadModels } from '../../../../test/support/projection-spec';
import { catchUp } from '../operations/catch-up';
import { PROJECTIONS, READ_MODEL_ENTITIES } from '../projections';
import { CadreHistoryHolding } from '../cadre-history/cadre-history-holding.entity';
import { CaseTimelineEntry } from '../cases/timeline/case-timeline-entry.entity';
import { plainRows, storedRows } from './stored-rows';

jest.setTimeout(120_000);

/** The read models of the demo, projected into `dataSource`: every one, or those named. */
async function projectDemo(dataSource: DataSource, only?: readonly string[]): Promise<void> {
  const { dataDir } = await demoWorld();
  const store = SqliteEventStore.open(join(dataDir, 'events.db'));
  try {
    const context = {
      upcasters: domainCodec(),
      clock: () => new Date('2026-12-01T00:00:00Z'),
      calendar: calendarFor(DEFAULT_TIME_ZONE),
    };
    const projections = PROJECTIONS.filter((each) => only?.includes(each.name) ?? true);
    for (const projection of projections) await catchUp(dataSource, store, projection, context);
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

describeReadModels('rows read with plain SQL', ({ engine, fresh }) => {
  it('are the entities a repository reads, for every read-model table, value for value and class for class', async () => {
    const dataSource = await fresh();
    await projectDemo(dataSource);
    let tables = 0;
    for (const entity of READ_MODEL_ENTITIES) {
      const metadata = dataSource.getMetadata(entity);
      const order = metadata.primaryColumns.map((column) => column.databaseName);
      const found: ObjectLiteral[] = await dataSource.getRepository(entity).find({
        order: Object.fromEntries(
          metadata.primaryColumns.map((column) => [column.propertyName, 'ASC' as const]),
        ),
      });
      const read = await storedRows(dataSource, entity, 'row').select(
        `ORDER BY ${order.map((name) => `"row"."${name}"`).join(', ')}`,
      );
      // toStrictEqual: the same class, no property the repository leaves out, bigint for bigint.
      expect({ table: metadata.tableName, rows: read }).toStrictEqual({
        table: metadata.tableName,
        rows: found,
      });
      expect(read.map((row) => Object.keys(row))).toEqual(found.map((row) => Object.keys(row)));
      // Some columns as plain objects: each value as the repository reads it, no other property.
      const some = metadata.columns
        .filter((column, index) => column.isSelect && index % 2 === 0)
        .map((column) => column.propertyName);
      const picked = await storedRows(dataSource, entity, 'row').selectColumns(
        some,
        `ORDER BY ${order.map((name) => `"row"."${name}"`).join(', ')}`,
      );
      expect({ table: metadata.tableName, rows: picked }).toStrictEqual({
        table: metadata.tableName,
        rows: found.map((row) =>
          Object.fromEntries(some.map((property) => [property, row[property]])),
        ),
      });
      if (found.length > 0) tables += 1;
    }
    // The demo fills most tables: a comparison of empty lists would prove nothing.
    expect(tables).toBeGreaterThanOrEqual(READ_MODEL_ENTITIES.length - 6);
  });

  it('finds as the repository finds: equal, IN lists, empty lists, several orders, skip and take', async () => {
    const dataSource = await fresh();
    // The two read models it reads, not all of them.
    await projectDemo(dataSource, ['case-timeline', 'cadre-history']);
    const entries = dataSource.getRepository(CaseTimelineEntry);
    const [someEntry] = await entries.find({ order: { caseId: 'ASC', position: 'ASC' }, take: 1 });
    const caseId = someEntry?.caseId ?? '';
    const reader = storedRows(dataSource, CaseTimelineEntry, 'entry');
    const windows = [{}, { take: 2 }, { skip: 1 }, { skip: 2, take: 3 }, { skip: 500, take: 5 }];
    for (const window of windows) {
      const options = { where: { caseId }, order: { position: 'DESC' as const }, ...window };
      const found = await entries.find(options);
      expect(await reader.find(options)).toStrictEqual(found);
    }
    expect((await reader.find({ where: { caseId }, skip: 1 })).length).toBeGreaterThan(1);

    const holdings = dataSource.getRepository(CadreHistoryHolding);
    const cadreIds = [...new Set((await holdings.find()).map((holding) => holding.cadreId))];
    expect(cadreIds.length).toBeGreaterThan(3);
    const some = cadreIds.slice(0, 3);
    const order = { cadreId: 'DESC', heldFrom: 'ASC', holdingId: 'ASC' } as const;
    const holdingsReader = storedRows(dataSource, CadreHistoryHolding, 'holding');
    expect(await holdingsReader.find({ where: { cadreId: some }, order })).toStrictEqual(
      await holdings.find({ where: { cadreId: In(some) }, order }),
    );
    expect(await holdingsReader.find({ where: { cadreId: [] } })).toEqual([]);
    // `= NULL` would match nothing: a condition on no value is refused, not run.
    await expect(holdingsReader.find({ where: { heldUntil: null } })).rejects.toThrow(
      'cadre_history_holdings.heldUntil: no condition on null',
    );
    expect(await holdingsReader.findOne({ cadreId: 'no such cadre' })).toBeUndefined();
    // A bigint condition is bound as the repository binds it (through the column's transformer).
    const byPosition = { caseId, position: someEntry?.position ?? 0n };
    expect(await reader.findOne(byPosition)).toStrictEqual(await entries.findOneBy(byPosition));
  });

  it(`numbers ?-placeholders for ${engine} and binds them in order`, async () => {
    const dataSource = await fresh();
    const rows = await plainRows<{ a: number | string; b: string }>(
      dataSource,
      'SELECT CAST(? AS integer) AS "a", CAST(? AS text) AS "b"',
      [7, 'seven'],
    );
    expect(rows.map(({ a, b }) => ({ a: Number(a), b }))).toEqual([{ a: 7, b: 'seven' }]);
  });
});
