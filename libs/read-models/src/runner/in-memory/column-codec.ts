import type { DataSource } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Column types both drivers store and hand back unchanged (no branch of SQLite's or PostgreSQL's
 * preparePersistentValue/prepareHydratedValue touches them): their values skip the driver, the
 * largest share of a rebuild's conversions. Any other type goes through the driver as before.
 */
const AS_IS = new Set<unknown>(['varchar', 'character varying', 'text', 'integer', 'int']);

/** How one column's values cross the database: entity value ⇄ stored value, as the driver does. */
export class ColumnCodec {
  readonly asIs: boolean;

  constructor(
    readonly column: ColumnMetadata,
    private readonly dataSource: DataSource,
    readonly tableName: string,
  ) {
    this.asIs = column.transformer === undefined && AS_IS.has(column.type);
  }

  /** What the database stores for `value` (undefined: the column's default if `defaults`, else NULL). */
  stored(value: unknown, defaults: boolean): unknown {
    const { column } = this;
    if (value === undefined && defaults && column.default !== undefined) {
      const fallback: unknown = column.default;
      if (typeof fallback === 'function') {
        throw new Error(
          `${this.tableName}.${column.propertyName}: SQL defaults are not supported in memory`,
        );
      }
      // A JSON column's default is its stored text already.
      if (column.type === 'simple-json') return fallback;
      return this.dataSource.driver.preparePersistentValue(fallback, column);
    }
    if (value === undefined || value === null) return null;
    if (this.asIs) return value;
    // The driver applies the column's transformer itself, as it does on a repository's write.
    return this.dataSource.driver.preparePersistentValue(value, column);
  }

  /** The entity's value for a stored value, as a read from the database hands it back. */
  hydrated(stored: unknown): unknown {
    if (this.asIs) return stored;
    // The driver applies the column's transformer itself, as it does on a repository's read.
    return this.dataSource.driver.prepareHydratedValue(stored, this.column);
  }
}
