import type { QueryRunner } from 'typeorm';
import { nameKeys } from '../name-keys';

/** The tables whose rows carry the stored keys of a name, each with its id column. */
const NAMED_TABLES = [
  { table: 'cadre_history_cadres', id: 'cadreId' },
  { table: 'compliance_departments', id: 'departmentId' },
] as const;

/** A row read back: its id and its name, both text (anything else is a broken table). */
function namedRow(record: unknown, table: string): { id: string; name: string } {
  if (typeof record === 'object' && record !== null && 'id' in record && 'name' in record) {
    const { id, name } = record;
    if (typeof id === 'string' && typeof name === 'string') return { id, name };
  }
  throw new Error(`${table} holds a row without a text id and name`);
}

/**
 * Gives the rows already stored the name keys the projections now write (`nameKeys`), so that
 * an upgraded database and a rebuilt one hold the same keys. The keys come from the collator, not
 * from SQL, so each row is read and written back.
 */
export async function fillNameKeys(
  queryRunner: QueryRunner,
  placeholders: readonly [string, string, string],
): Promise<void> {
  const [searchKey, sortKey, id] = placeholders;
  for (const named of NAMED_TABLES) {
    const { records } = await queryRunner.query(
      `SELECT "${named.id}" AS "id", "name" FROM "${named.table}"`,
      [],
      true,
    );
    const rows = records.map((record: unknown) => namedRow(record, named.table));
    for (const row of rows) {
      const keys = nameKeys(row.name);
      await queryRunner.query(
        `UPDATE "${named.table}" SET "nameKey" = ${searchKey}, "nameSortKey" = ${sortKey} WHERE "${named.id}" = ${id}`,
        [keys.nameKey, keys.nameSortKey, row.id],
      );
    }
  }
}
