import { EVENT_SCHEMA_VERSIONS } from '../events';
import { spec } from '../testing/decider-spec';
import { upcastCadreAppointedToPostV1 } from './cadre-appointed-to-post.v1';
import type { CadreAppointedToPostV1Data } from './cadre-appointed-to-post.v1';
import { postDecider } from './post.decider';
import { ELIGIBLE, appointed, postEstablished } from './post.fixtures';

describe('CadreAppointedToPost v1 -> v2', () => {
  const v1: CadreAppointedToPostV1Data = {
    postId: 'post-1',
    cadreId: 'cadre-1',
    effectiveFrom: '2025-02-28T16:00:00.000Z',
    occurredAt: '2025-02-28T16:00:00.000Z',
  };

  it('is at schema version 2', () => {
    expect(EVENT_SCHEMA_VERSIONS.CadreAppointedToPost).toBe(2);
  });

  it('keeps every v1 field and records that nothing was overridden', () => {
    expect(upcastCadreAppointedToPostV1(v1)).toEqual({ ...v1, eligibilityOverride: null });
  });

  it('gives a v1 appointment the data the decider writes for an eligible cadre today', () => {
    spec(postDecider)
      .given([postEstablished])
      .when({
        type: 'AppointCadreToPost',
        data: {
          postId: v1.postId,
          cadreId: v1.cadreId,
          effectiveFrom: v1.effectiveFrom,
          eligibility: ELIGIBLE,
          override: null,
        },
      })
      .then([{ type: 'CadreAppointedToPost', data: upcastCadreAppointedToPostV1(v1) }]);
  });

  it('folds an upcast v1 appointment like a v2 one', () => {
    const upcast = {
      type: 'CadreAppointedToPost' as const,
      data: upcastCadreAppointedToPostV1(v1),
    };
    const fromV1 = [postEstablished, upcast].reduce(postDecider.evolve, postDecider.initialState);
    const fromV2 = [postEstablished, appointed('cadre-1', v1.effectiveFrom)].reduce(
      postDecider.evolve,
      postDecider.initialState,
    );
    expect(fromV1).toEqual(fromV2);
  });
});
