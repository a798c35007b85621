import type { DataSource } from 'typeorm';
import { describeReadModels } from '../../../../test/support/projection-spec';
import { plainManager } from '../runner/plain-manager';
import { ComplianceTotal } from './compliance-total.entity';
import { type TotalKey, moveTotal } from './pending-totals';

const root: TotalKey = { departmentId: 'root', kind: 'AT', year: 2026, figure: 'dutiesPerformed' };
const leaf: TotalKey = { ...root, departmentId: 'leaf' };

/** Every stored total as `department figure kind year = amount`. */
async function stored(dataSource: DataSource): Promise<string[]> {
  const rows = await dataSource.getRepository(ComplianceTotal).find({
    order: { departmentId: 'ASC', figure: 'ASC', kind: 'ASC', year: 'ASC' },
  });
  return rows.map(
    (row) => `${row.departmentId} ${row.figure} ${row.kind} ${row.year} = ${row.amount}`,
  );
}

describeReadModels('compliance totals moved in a transaction', ({ fresh }) => {
  it('are written once each, summed, just before it commits', async () => {
    const dataSource = await fresh();
    const runner = dataSource.createQueryRunner();
    const query = jest.spyOn(runner, 'query');
    try {
      await runner.startTransaction();
      const applying = plainManager(runner.manager);
      for (const amount of [1, 2, 3]) {
        await moveTotal(applying, root, amount);
        await moveTotal(applying, leaf, amount);
      }
      // Nothing is written while the batch is applied.
      expect(await runner.manager.getRepository(ComplianceTotal).count()).toBe(0);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    const written = query.mock.calls
      .map(([sql]) => sql)
      .filter((sql) => /compliance_totals/.test(sql) && !/COUNT/.test(sql))
      .map((sql) => sql.trim().split(/\s+/)[0]);

    expect(await stored(dataSource)).toEqual([
      'leaf dutiesPerformed AT 2026 = 6',
      'root dutiesPerformed AT 2026 = 6',
    ]);
    // One increment and, the first time, one insert per total: not one per move.
    expect(written.sort()).toEqual(['INSERT', 'INSERT', 'UPDATE', 'UPDATE']);
  });

  it('leave a row at nought when their moves cancel, as moving them one by one does', async () => {
    const dataSource = await fresh();
    await dataSource.transaction(async (manager) => {
      await moveTotal(plainManager(manager), root, 1);
      await moveTotal(plainManager(manager), root, -1);
    });
    await moveTotal(dataSource.manager, leaf, 1);
    await moveTotal(dataSource.manager, leaf, -1);

    expect(await stored(dataSource)).toEqual([
      'leaf dutiesPerformed AT 2026 = 0',
      'root dutiesPerformed AT 2026 = 0',
    ]);
  });

  it('are forgotten when it rolls back, and not written by the next one', async () => {
    const dataSource = await fresh();
    await expect(
      dataSource.transaction(async (manager) => {
        await moveTotal(plainManager(manager), root, 5);
        throw new Error('a poison event');
      }),
    ).rejects.toThrow('a poison event');
    await dataSource.transaction(async (manager) => {
      await moveTotal(plainManager(manager), leaf, 1);
    });

    expect(await stored(dataSource)).toEqual(['leaf dutiesPerformed AT 2026 = 1']);
  });

  it('moved before a savepoint stay when the savepoint rolls back', async () => {
    const dataSource = await fresh();
    const runner = dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await moveTotal(runner.manager, root, 2);
      await runner.startTransaction();
      await moveTotal(runner.manager, leaf, 7);
      await runner.rollbackTransaction();
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }

    expect(await stored(dataSource)).toEqual(['root dutiesPerformed AT 2026 = 2']);
  });
});
