import { describeReadModels } from '../../../../../test/support/projection-spec';
import { queryPlan, readsThroughIndex } from '../../../../../test/support/query-plan';
import {
  CASE_QUEUE_SORTS,
  type CaseworkerQueueFilter,
  caseworkerQueuePage,
} from './caseworker-queue.query';
import { type ClosedCasesFilter, closedCasesPage } from './closed-cases.query';
import { statementFor } from '../../database/stored-rows';
import { queuedRowsStatement } from './queued-rows';

const now = new Date('2026-06-01T00:00:00.000Z');
const FILTERS: Record<string, CaseworkerQueueFilter> = {
  'no filter': {},
  status: { status: 'UNDER_INVESTIGATION' },
  kind: { kind: 'POST_ACCIDENT' },
  department: { departmentId: '6284847f-1dc6-47b0-8755-6a9dcae7c23a' },
  'overdue=true': { overdue: true },
  'overdue=false': { overdue: false },
};

describeReadModels('caseworker queue page, query plans', ({ fresh }) => {
  const cases = CASE_QUEUE_SORTS.flatMap((sort) =>
    Object.entries(FILTERS).map(([name, filter]) => [sort, name, { ...filter, sort }] as const),
  );

  it.each(cases)(
    'sort %s, %s: read from an index in order, no full scan, no sort of the rows',
    async (_sort, _name, filter) => {
      const dataSource = await fresh();
      const { where, order, parameters } = caseworkerQueuePage(dataSource, filter, now, {
        skip: 40,
        take: 20,
      });
      const page = queuedRowsStatement(dataSource, `${where} ${order}`);
      const plan = await queryPlan(dataSource, [statementFor(dataSource, page), parameters]);
      expect({ plan, indexed: readsThroughIndex(plan) }).toEqual({ plan, indexed: true });
    },
  );

  const CLOSED: Record<string, ClosedCasesFilter> = {
    'no filter': {},
    kind: { kind: 'PRE_ACCIDENT' },
    department: { departmentId: '6284847f-1dc6-47b0-8755-6a9dcae7c23a' },
    'department and kind': {
      departmentId: '6284847f-1dc6-47b0-8755-6a9dcae7c23a',
      kind: 'PRE_ACCIDENT',
    },
    'search by id': { search: '6284' },
    'search in summaries': { search: 'roof', searchSummaries: true },
  };

  it.each(Object.entries(CLOSED))(
    'closed cases, %s: read from an index in order, no full scan, no sort of the rows',
    async (_name, filter) => {
      const dataSource = await fresh();
      const { where, order, parameters } = closedCasesPage(dataSource, filter, {
        skip: 40,
        take: 20,
      });
      const page = queuedRowsStatement(dataSource, `${where} ${order}`);
      const plan = await queryPlan(dataSource, [statementFor(dataSource, page), parameters]);
      expect({ plan, indexed: readsThroughIndex(plan) }).toEqual({ plan, indexed: true });
    },
  );
});
