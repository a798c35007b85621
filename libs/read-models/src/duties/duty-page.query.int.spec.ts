import { EventLog, describeReadModels, project } from '../../../../test/support/projection-spec';
import { cadreHistoryProjection } from '../cadre-history/cadre-history.projection';
import {
  POST,
  DUTY_IN_FORCE,
  organisation,
  duty,
  onCaseOf,
} from '../cadre-history/cadre-history.fixtures';
import { dutyGroundsProjection } from './duty-grounds.projection';
import { dutyPage } from './duty-page.query';

describeReadModels('duty page', ({ fresh }) => {
  it('lists on a duty’s page the failures one case cited at one moment by failure, not by the order the rows were written', async () => {
    const log = new EventLog();
    organisation(log);
    duty(log, DUTY_IN_FORCE, '2024-03-01', '2025-09-01');
    const [first, last] = [
      '00000000-0000-4000-8000-000000000001',
      'ffffffff-ffff-4fff-bfff-fffffffffff1',
    ];
    for (const failureId of [last, first]) {
      onCaseOf(log)('FailureCited', '04-01', {
        failureId,
        dutyId: DUTY_IN_FORCE,
        postId: POST,
        failureOccurredAt: '2025-03-01T00:00:00.000Z',
        adverseEffect: 'MINOR',
        responsibleCadreId: null,
      });
    }
    const dataSource = await fresh();
    await project(dataSource, cadreHistoryProjection, log.events);
    await project(dataSource, dutyGroundsProjection, log.events);
    const page = await dutyPage(dataSource, DUTY_IN_FORCE);
    expect(page?.cases.map((cited) => cited.failureId)).toEqual([first, last]);
  });
});
