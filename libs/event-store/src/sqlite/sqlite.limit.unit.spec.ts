import { countAfterSql, limitClause, selectAllSql } from './sqlite.queries';

const placeholders = (sql: string) => sql.split('?').length - 1;

describe('a LIMIT in the statement text, never a parameter', () => {
  it('writes a whole maxCount into the text, and none for no limit', () => {
    expect([limitClause(undefined), limitClause(-1), limitClause(0), limitClause(500)]).toEqual([
      '',
      '',
      ' LIMIT 0',
      ' LIMIT 500',
    ]);
  });

  it('refuses a maxCount that is not a whole number rather than write it into SQL', () => {
    for (const maxCount of [2.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) {
      expect(() => limitClause(maxCount)).toThrow(RangeError);
    }
  });

  it('binds only the position and the filter: the page size and the count limit are in the text', () => {
    const filter = { eventTypes: ['CaseOpened', 'FindingRecorded'] };
    const page = selectAllSql({ filter, maxCount: 500 });
    const count = countAfterSql(filter, 1001);
    expect(page.sql).toMatch(/ LIMIT 500$/);
    expect(count.sql).toMatch(/ LIMIT 1001\)$/);
    expect([placeholders(page.sql), placeholders(count.sql)]).toEqual([
      1 + page.params.length,
      1 + count.params.length,
    ]);
  });
});
