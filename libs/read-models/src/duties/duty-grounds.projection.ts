import { toUtcIso } from '@dutyledger/domain';
import type { Projection } from '../runner/projection';
import { typedProjection } from '../runner/typed-projection';
import { DutyCaseGround } from './duty-case-ground.entity';

/** Which cases cite a failure to perform which duty as their grounds. */
export const dutyGroundsProjection: Projection = typedProjection({
  name: 'duty-grounds',
  eventTypes: ['FailureCited'],
  entities: [DutyCaseGround],
  async apply(event, manager): Promise<void> {
    const { data } = event;
    await manager.getRepository(DutyCaseGround).upsert(
      {
        caseId: data.caseId,
        failureId: data.failureId,
        dutyId: data.dutyId,
        citedAt: toUtcIso(data.occurredAt),
      },
      ['caseId', 'failureId'],
    );
  },
});
