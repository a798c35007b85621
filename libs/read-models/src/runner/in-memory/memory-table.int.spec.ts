import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Column,
  type DataSource,
  Entity,
  type EntityManager,
  type FindOptionsOrder,
  In,
  IsNull,
  Like,
  type ObjectLiteral,
  PrimaryColumn,
  type Repository,
} from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { bigintColumn } from '../../database/bigint.transformer';
import { openReadModels } from '../../database/read-model-data-source';
import { MemoryManager, MemoryTables } from './buffered-manager';

@Entity({ name: 'memory_table_spans' })
class Span {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  owner = '';

  @PrimaryColumn({ type: 'bigint', transformer: bigintColumn })
  seq = 0n;

  @Column({ type: 'varchar', length: 40 })
  figure = '';

  @Column({ type: 'varchar', length: 40, nullable: true })
  toAt: string | null = null;

  @Column({ type: 'boolean' })
  open = false;

  @Column({ type: 'simple-json', default: '[]' })
  tags: string[] = [];
}

/** Not idempotent: a value through it twice is not the value through it once. */
const marked = {
  to: (value: string | null) => (value === null ? null : `marked:${value}`),
  from: (value: string | null) => (value === null ? null : value.replace(/^marked:/, '')),
};

@Entity({ name: 'memory_table_labels' })
class Label {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id = '';

  @Column({ type: 'varchar', length: 60, transformer: marked })
  text = '';
}

@Entity({ name: 'memory_table_pairs' })
class Pair {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  first = '';

  @PrimaryColumn({ type: 'varchar', length: 10 })
  second = '';
}

/** The lookups a projection makes, answered as lists of plain rows in the order given. */
async function lookups(spans: Repository<Span>): Promise<unknown[]> {
  const plain = (rows: Span[]) =>
    rows.map((row) => ({ ...row, seq: String(row.seq) })).sort((a, b) => (a.seq < b.seq ? -1 : 1));
  return [
    plain(await spans.findBy({ figure: 'gaps' })),
    plain(await spans.findBy({ figure: 'gaps', toAt: IsNull() })),
    plain(await spans.findBy({ owner: 'a', seq: 2n })),
    plain(await spans.findBy({ owner: 'a', seq: 2n, figure: 'gaps' })),
    plain(await spans.findBy({ owner: 'b', figure: In(['gaps', 'cases']) })),
    plain(await spans.findBy({ owner: 'a', figure: Like('ga%') })),
    plain(await spans.findBy([{ figure: 'cases' }, { open: true }])),
    // More columns than any index kept: answered through one of them, the rest checked per row.
    plain(await spans.findBy({ owner: 'a', figure: 'gaps', toAt: IsNull() })),
    plain(await spans.findBy({ figure: 'gaps', open: false, owner: 'b' })),
    await spans.countBy({ open: false }),
    await spans.existsBy({ owner: 'c', seq: 1n }),
  ];
}

/** One projection's worth of writes: inserts, updates moving rows between values, a re-key. */
async function script(manager: EntityManager): Promise<unknown[][]> {
  const spans = manager.getRepository(Span);
  const seen: unknown[][] = [];
  await spans.insert([
    { owner: 'a', seq: 1n, figure: 'gaps', toAt: null, open: true },
    { owner: 'a', seq: 2n, figure: 'gaps', toAt: null, open: true, tags: ['x'] },
    { owner: 'b', seq: 1n, figure: 'cases', toAt: null, open: false },
    { owner: 'b', seq: 2n, figure: 'gaps', toAt: '2026-01', open: false },
  ]);
  seen.push(await lookups(spans));
  // Moves a row out of the `gaps` and `toAt IS NULL` index entries it was found through.
  await spans.update({ owner: 'a', seq: 1n }, { figure: 'cases', toAt: '2026-02' });
  await spans.update({ figure: 'gaps', toAt: IsNull() }, { open: false, tags: ['y', 'z'] });
  seen.push(await lookups(spans));
  // A new primary key: found under the new key only.
  await spans.update({ owner: 'b', seq: 2n }, { owner: 'c', seq: 1n });
  await spans.delete({ owner: 'b', seq: 1n });
  await spans.save({ owner: 'a', seq: 3n, figure: 'gaps', toAt: null, open: true, tags: [] });
  await spans.upsert({ owner: 'a', seq: 2n, figure: 'gaps', toAt: null, open: true, tags: ['w'] }, [
    'owner',
    'seq',
  ]);
  seen.push(await lookups(spans));
  return seen;
}

/** The rows' keys in the order a memory table gives them for a swap, and in the database's key order. */
async function keyOrders<Entity extends ObjectLiteral>(
  dataSource: DataSource,
  entity: new () => Entity,
  rows: QueryDeepPartialEntity<Entity>[],
  order: FindOptionsOrder<Entity>,
  keyOf: (row: Entity) => string,
): Promise<{ inMemory: string[]; inDatabase: string[] }> {
  const tables = new MemoryTables(dataSource);
  await new MemoryManager(dataSource, tables).getRepository(entity).insert(rows);
  await dataSource.getRepository(entity).clear();
  await dataSource.getRepository(entity).insert(rows);
  const table = tables.of(entity);
  return {
    inMemory: table.inKeyOrder().map((row) => keyOf(table.readInto(row, new entity()))),
    inDatabase: (await dataSource.getRepository(entity).find({ order })).map(keyOf),
  };
}

describe('a memory table', () => {
  let dir: string;
  let dataSource: DataSource;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dutyledger-memory-table-'));
    dataSource = await openReadModels({ kind: 'sqlite', file: join(dir, 'read.db') }, [
      Span,
      Pair,
      Label,
    ]);
  });
  afterAll(async () => {
    await dataSource.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers every lookup as the database does while rows move between index entries and keys', async () => {
    const inDatabase = await dataSource.transaction(script);
    const inMemory = await script(new MemoryManager(dataSource, new MemoryTables(dataSource)));

    expect(inMemory).toEqual(inDatabase);
    // The script reaches the paths it means to: a row gone from an index entry, a re-keyed row.
    expect(inMemory[0]?.[0]).toHaveLength(3);
    expect(inMemory[1]?.[0]).toHaveLength(2);
    expect(inMemory[2]?.[10]).toBe(true);
  });

  it('stores and reads back a transformed value as the database does: through the transformer once', async () => {
    const tables = new MemoryTables(dataSource);
    await new MemoryManager(dataSource, tables).getRepository(Label).insert({ id: 'l', text: 'x' });
    await dataSource.getRepository(Label).insert({ id: 'l', text: 'x' });
    const table = tables.of(Label);
    const [held] = table.inKeyOrder();
    const stored = await dataSource.query<{ text: string }[]>(
      'SELECT "text" FROM "memory_table_labels"',
    );

    expect(held?.stored[table.columns.findIndex((column) => column.propertyName === 'text')]).toBe(
      stored[0]?.text,
    );
    expect(stored[0]?.text).toBe('marked:x');
    expect(held && table.readInto(held, new Label())).toEqual(
      await dataSource.getRepository(Label).findOneBy({ id: 'l' }),
    );
  });

  it('takes back, on undo, changes that moved rows between index entries and keys', async () => {
    const tables = new MemoryTables(dataSource);
    const spans = new MemoryManager(dataSource, tables).getRepository(Span);
    await spans.insert([
      { owner: 'a', seq: 1n, figure: 'gaps', open: true },
      { owner: 'a', seq: 2n, figure: 'gaps', open: true },
      { owner: 'a', seq: 3n, figure: 'gaps', open: true },
    ]);
    const before = await lookups(spans);

    tables.mark();
    await spans.update({ owner: 'a', seq: 1n }, { figure: 'cases' });
    await spans.update({ owner: 'a', seq: 2n }, { owner: 'c', seq: 1n });
    await spans.delete({ owner: 'a', seq: 3n });
    await spans.insert({ owner: 'b', seq: 1n, figure: 'gaps', open: false });
    expect(await spans.countBy({ figure: 'gaps' })).toBe(2);
    tables.undo();

    expect(await lookups(spans)).toEqual(before);
    expect((await spans.findBy({ figure: 'gaps' })).map((span) => span.seq)).toEqual([1n, 2n, 3n]);
    expect(await spans.existsBy({ owner: 'c', seq: 1n })).toBe(false);
  });

  it('refuses a second row with the same primary key and keeps the first', async () => {
    const spans = new MemoryManager(dataSource, new MemoryTables(dataSource)).getRepository(Span);
    await spans.insert({ owner: 'a', seq: 1n, figure: 'gaps', open: true });

    await expect(
      spans.insert({ owner: 'a', seq: 1n, figure: 'cases', open: false }),
    ).rejects.toThrow(/UNIQUE constraint failed: memory_table_spans/);
    expect(await spans.findOneBy({ owner: 'a', seq: 1n })).toMatchObject({ figure: 'gaps' });
  });

  it('gives its rows in the order of the database’s primary key: numbers by value, text columns as tuples', async () => {
    const spans = await keyOrders(
      dataSource,
      Span,
      [
        { owner: 'b', seq: 2n },
        { owner: 'a', seq: 10n },
        { owner: 'b', seq: 1n },
        { owner: 'a', seq: 9n },
        { owner: 'A', seq: 100n },
      ].map((key) => ({ ...key, figure: 'gaps', open: true })),
      { owner: 'ASC', seq: 'ASC' },
      ({ owner, seq }) => `${owner}${String(seq)}`,
    );
    expect(spans.inMemory).toEqual(spans.inDatabase);
    expect(spans.inMemory).toEqual(['A100', 'a9', 'a10', 'b1', 'b2']);

    const pairs = await keyOrders(
      dataSource,
      Pair,
      [
        { first: 'ab', second: 'c' },
        { first: 'a', second: 'bc' },
        { first: 'b', second: '' },
        { first: 'a', second: 'b' },
      ],
      { first: 'ASC', second: 'ASC' },
      ({ first, second }) => `${first}/${second}`,
    );
    expect(pairs.inMemory).toEqual(pairs.inDatabase);
    expect(pairs.inMemory).toEqual(['a/b', 'a/bc', 'ab/c', 'b/']);
  });
});
