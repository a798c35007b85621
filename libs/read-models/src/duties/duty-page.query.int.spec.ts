import { EventLog, describeReadModels, project } from '../../../../test/support/projection-spec';
import { cadreHistoryProjection } from '../cadre-history/cadre-history.projection';
import { dutyGroundsProjection } from './duty-grounds.projection';
import { dutyPage } from './duty-page.query';

const DEPARTMENT = '6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f';
const POST = '7a2d3b5f-9c4e-4d6f-8a81-2b3c4d5e6f70';
const DUTY = '9c4f5d7b-be6a-4f8b-8ca3-4d5e6f708192';
const CASE = 'be6b7f9d-d08c-4bad-8ec5-6f708192a3b4';
const FIRST_FAILURE = '00000000-0000-4000-8000-000000000001';
const LAST_FAILURE = 'ffffffff-ffff-4fff-bfff-fffffffffff1';

describeReadModels('the duty page', ({ fresh }) => {
  it('lists failures of the duty cited by one case at one moment by failure, not by the order the rows were written', async () => {
    const log = new EventLog();
    log.record('PostEstablished', {
      postId: POST,
      departmentId: DEPARTMENT,
      title: 'Deputy Mayor',
      rank: 'DEPUTY',
      businessScope: ['mining'],
      occurredAt: '2024-01-01',
    });
    log.record('DutyAssigned', {
      dutyId: DUTY,
      postId: POST,
      category: 'WORK_SAFETY',
      title: 'Inspect the mines',
      principle: 'MANAGES_INDUSTRY',
      industries: ['mining'],
      cadence: 'MONTHLY',
      basis: 'Work Safety Law',
      occurredAt: '2024-01-01',
    });
    // One case cites two failures of the duty at the same moment, the last failure id first.
    for (const failureId of [LAST_FAILURE, FIRST_FAILURE]) {
      log.record(
        'FailureCited',
        {
          caseId: CASE,
          failureId,
          dutyId: DUTY,
          postId: POST,
          failureOccurredAt: '2025-03-01T00:00:00.000Z',
          adverseEffect: 'MINOR',
          responsibleCadreId: null,
          occurredAt: '2025-04-01T00:00:00.000Z',
        },
        { stream: `case-${CASE}` },
      );
    }
    const dataSource = await fresh();
    await project(dataSource, cadreHistoryProjection, log.events);
    await project(dataSource, dutyGroundsProjection, log.events);
    const page = await dutyPage(dataSource, DUTY);
    expect(page?.cases.map((cited) => cited.failureId)).toEqual([FIRST_FAILURE, LAST_FAILURE]);
  });
});
