import { nameSearchKey, nameSortKey } from '@dutyledger/i18n';
import type { DataSource, SelectQueryBuilder } from 'typeorm';

/** Room for the sort key of a 200-character name (each character is at most six key characters). */
export const NAME_SORT_KEY_LENGTH = 1200;

/** The stored keys of a name: `nameKey` to search it by characters, `nameSortKey` to order by. */
export const nameKeys = (name: string): { nameKey: string; nameSortKey: string } => ({
  nameKey: nameSearchKey(name),
  nameSortKey: nameSortKey(name),
});

/** A LIKE pattern for a name containing `text`, in any case; `%` and `_` are meant literally. */
export const nameContaining = (text: string): string =>
  `%${nameSearchKey(text).replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/**
 * `column` as the sort keys compare: byte by byte. SQLite's default (BINARY) does; PostgreSQL
 * compares by the database's collation unless told "C".
 */
export const byBytes = (dataSource: DataSource, column: string): string =>
  dataSource.options.type === 'postgres' ? `${column} COLLATE "C"` : column;

/** Orders `query` by a stored name sort key, then by id, so that pages never overlap. */
export function orderByName<T extends object>(
  query: SelectQueryBuilder<T>,
  dataSource: DataSource,
  columns: { key: string; id: string },
  descending: boolean,
): SelectQueryBuilder<T> {
  return query
    .orderBy(byBytes(dataSource, columns.key), descending ? 'DESC' : 'ASC')
    .addOrderBy(columns.id, 'ASC');
}
