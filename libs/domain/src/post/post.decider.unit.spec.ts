import { BUSINESS_TIME_IN_FUTURE } from '../shared/business-time';
import { BUSINESS_TIME_INVALID } from '../shared/jurisdiction-calendar';
import { spec } from '../testing/decider-spec';
import type { AppointCadreToPost, EstablishPost, RelieveCadreFromPost } from './post.commands';
import { postDecider } from './post.decider';
import { POST_ERRORS } from './post.errors';
import {
  BLOCKED,
  ELIGIBLE,
  ESTABLISHED_AT,
  appointed,
  postEstablished,
  relieved,
} from './post.fixtures';

const NOW = '2026-01-15T09:00:00.000Z';
/** The district government exists from 1 January 2020, Beijing time. */
const DEPARTMENT_REGISTERED_AT = '2019-12-31T16:00:00.000Z';
// Effective dates given as dates are read in Beijing time: 1 March 2025 starts at 16:00 UTC the day before.
const MARCH_1 = '2025-02-28T16:00:00.000Z';
const SEPTEMBER_1 = '2025-08-31T16:00:00.000Z';

const establish = (overrides: Partial<EstablishPost['data']> = {}): EstablishPost => ({
  type: 'EstablishPost',
  data: {
    postId: 'post-1',
    departmentId: 'dep-district',
    title: 'Deputy District Head (construction, transport)',
    rank: 'DEPUTY',
    businessScope: ['construction', 'transport'],
    effectiveFrom: '2025-01-01',
    departmentRegisteredAt: DEPARTMENT_REGISTERED_AT,
    ...overrides,
  },
});

const appoint = (
  cadreId: string,
  effectiveFrom: string,
  overrides: Partial<AppointCadreToPost['data']> = {},
): AppointCadreToPost => ({
  type: 'AppointCadreToPost',
  data: {
    postId: 'post-1',
    cadreId,
    effectiveFrom,
    eligibility: ELIGIBLE,
    override: null,
    ...overrides,
  },
});

const relieve = (
  cadreId: string,
  effectiveFrom: string,
  reason = 'transferred',
): RelieveCadreFromPost => ({
  type: 'RelieveCadreFromPost',
  data: { postId: 'post-1', cadreId, effectiveFrom, reason },
});

describe('post decider: establishing', () => {
  it('establishes a post with its business scope, from the effective date given', () => {
    spec(postDecider).given([]).when(establish()).then([postEstablished]);
  });

  it('establishes a post from the request time when no effective date is given', () => {
    spec(postDecider)
      .given([])
      .when(establish({ effectiveFrom: undefined }))
      .then([{ ...postEstablished, data: { ...postEstablished.data, occurredAt: NOW } }]);
  });

  it('rejects establishing a post twice', () => {
    spec(postDecider)
      .given([postEstablished])
      .when(establish())
      .thenRejects(POST_ERRORS.POST_ALREADY_ESTABLISHED);
  });

  it('rejects a post that leads no industry or business line', () => {
    spec(postDecider)
      .given([])
      .when(establish({ businessScope: [] }))
      .thenRejects(POST_ERRORS.POST_BUSINESS_SCOPE_REQUIRED);
  });

  it('establishes a post from the instant its department exists', () => {
    spec(postDecider)
      .given([])
      .when(establish({ effectiveFrom: DEPARTMENT_REGISTERED_AT }))
      .then([
        {
          ...postEstablished,
          data: { ...postEstablished.data, occurredAt: DEPARTMENT_REGISTERED_AT },
        },
      ]);
  });

  it('rejects a post established before its department exists', () => {
    spec(postDecider)
      .given([])
      .when(establish({ effectiveFrom: '2019-12-31' }))
      .thenRejects(POST_ERRORS.POST_BEFORE_DEPARTMENT);
  });

  it('rejects a post established in the future', () => {
    spec(postDecider)
      .given([])
      .when(establish({ effectiveFrom: '2026-01-16' }))
      .thenRejects(BUSINESS_TIME_IN_FUTURE);
  });
});

describe('post decider: appointing', () => {
  it('appoints a cadre to a vacant post, effective the start of the day given in Beijing time', () => {
    spec(postDecider)
      .given([postEstablished])
      .when(appoint('cadre-1', '2025-03-01'))
      .then([appointed('cadre-1', MARCH_1)]);
  });

  it('appoints a successor effective the same instant the predecessor was relieved', () => {
    spec(postDecider)
      .given([postEstablished, appointed('cadre-1', MARCH_1), relieved('cadre-1', SEPTEMBER_1)])
      .when(appoint('cadre-2', '2025-09-01'))
      .then([appointed('cadre-2', SEPTEMBER_1)]);
  });

  it('rejects appointing a cadre to a post that does not exist', () => {
    spec(postDecider)
      .given([])
      .when(appoint('cadre-1', '2025-03-01'))
      .thenRejects(POST_ERRORS.POST_NOT_FOUND);
  });

  it('rejects appointing a cadre to a post that is already held', () => {
    spec(postDecider)
      .given([postEstablished, appointed('cadre-1', MARCH_1)])
      .when(appoint('cadre-2', '2025-09-01'))
      .thenRejects(POST_ERRORS.POST_ALREADY_HELD);
  });

  it('rejects an appointment effective before the post’s last appointment change', () => {
    spec(postDecider)
      .given([postEstablished, appointed('cadre-1', MARCH_1), relieved('cadre-1', SEPTEMBER_1)])
      .when(appoint('cadre-2', '2025-08-31T23:59:59+08:00'))
      .thenRejects(POST_ERRORS.APPOINTMENT_CHANGE_BEFORE_PREVIOUS);
  });

  it('rejects an effective date that is not an ISO-8601 time', () => {
    spec(postDecider)
      .given([postEstablished])
      .when(appoint('cadre-1', 'March 1st'))
      .thenRejects(BUSINESS_TIME_INVALID);
  });

  it('appoints from the instant the post was established', () => {
    spec(postDecider)
      .given([postEstablished])
      .when(appoint('cadre-1', '2025-01-01'))
      .then([appointed('cadre-1', ESTABLISHED_AT)]);
  });

  it('rejects an appointment effective before the post was established', () => {
    spec(postDecider)
      .given([postEstablished])
      .when(appoint('cadre-1', '2024-12-31T23:59:59+08:00'))
      .thenRejects(POST_ERRORS.APPOINTMENT_BEFORE_POST_ESTABLISHED);
  });

  it('rejects an appointment effective in the future', () => {
    spec(postDecider)
      .given([postEstablished])
      .when(appoint('cadre-1', '2026-02-01'))
      .thenRejects(BUSINESS_TIME_IN_FUTURE);
  });
});

describe('post decider: eligibility is enforced at appointment', () => {
  it('rejects appointing a blocked cadre, listing every block', () => {
    spec(postDecider)
      .given([postEstablished])
      .when(appoint('cadre-1', '2025-03-01', { eligibility: BLOCKED }))
      .thenRejects(
        POST_ERRORS.CADRE_NOT_ELIGIBLE,
        /REMOVAL_FROM_OFFICE in case case-7 .*; The latest work-safety assessment \(2025\) graded the cadre INCOMPETENT/,
      );
  });

  it('appoints a blocked cadre with an override, recording its reason and the blocks overridden', () => {
    const reason =
      'The only qualified engineer for the flood-control post; approved by the standing committee';
    spec(postDecider)
      .given([postEstablished])
      .when(appoint('cadre-1', '2025-03-01', { eligibility: BLOCKED, override: { reason } }))
      .then([
        appointed('cadre-1', MARCH_1, {
          reason,
          blocks: [
            {
              reason: 'SANCTION_INFLUENCE_PERIOD',
              detail: 'REMOVAL_FROM_OFFICE in case case-7 influences appointment for 12 months',
              sourceEventIds: ['event-sanction-7'],
            },
            {
              reason: 'INCOMPETENT_GRADE',
              detail: 'The latest work-safety assessment (2025) graded the cadre INCOMPETENT',
              sourceEventIds: ['event-assessment-2025'],
            },
          ],
        }),
      ]);
  });

  it('rejects an override of an eligible cadre: there is nothing to override', () => {
    spec(postDecider)
      .given([postEstablished])
      .when(appoint('cadre-1', '2025-03-01', { override: { reason: 'just in case' } }))
      .thenRejects(POST_ERRORS.ELIGIBILITY_OVERRIDE_NOT_NEEDED);
  });

  it('rejects an override without a reason', () => {
    spec(postDecider)
      .given([postEstablished])
      .when(appoint('cadre-1', '2025-03-01', { eligibility: BLOCKED, override: { reason: ' ' } }))
      .thenRejects(POST_ERRORS.ELIGIBILITY_OVERRIDE_REASON_REQUIRED);
  });
});

describe('post decider: relieving', () => {
  it('relieves the cadre who holds the post, with a reason', () => {
    spec(postDecider)
      .given([postEstablished, appointed('cadre-1', MARCH_1)])
      .when(relieve('cadre-1', '2025-09-01'))
      .then([relieved('cadre-1', SEPTEMBER_1)]);
  });

  it('rejects relieving a cadre who does not hold the post', () => {
    spec(postDecider)
      .given([postEstablished, appointed('cadre-1', MARCH_1)])
      .when(relieve('cadre-2', '2025-09-01'))
      .thenRejects(POST_ERRORS.CADRE_DOES_NOT_HOLD_POST);
  });

  it('rejects relieving a cadre who was already relieved', () => {
    spec(postDecider)
      .given([postEstablished, appointed('cadre-1', MARCH_1), relieved('cadre-1', SEPTEMBER_1)])
      .when(relieve('cadre-1', '2025-10-01'))
      .thenRejects(POST_ERRORS.CADRE_DOES_NOT_HOLD_POST);
  });

  it('rejects a relief effective before the appointment it ends', () => {
    spec(postDecider)
      .given([postEstablished, appointed('cadre-1', MARCH_1)])
      .when(relieve('cadre-1', '2025-02-28'))
      .thenRejects(POST_ERRORS.APPOINTMENT_CHANGE_BEFORE_PREVIOUS);
  });

  it('rejects a relief without a reason', () => {
    spec(postDecider)
      .given([postEstablished, appointed('cadre-1', MARCH_1)])
      .when(relieve('cadre-1', '2025-09-01', '  '))
      .thenRejects(POST_ERRORS.RELIEF_REASON_REQUIRED);
  });

  it('rejects relieving a cadre from a post that does not exist', () => {
    spec(postDecider)
      .given([])
      .when(relieve('cadre-1', '2025-09-01'))
      .thenRejects(POST_ERRORS.POST_NOT_FOUND);
  });

  it('rejects a relief effective in the future', () => {
    spec(postDecider)
      .given([postEstablished, appointed('cadre-1', MARCH_1)])
      .when(relieve('cadre-1', '2026-02-01'))
      .thenRejects(BUSINESS_TIME_IN_FUTURE);
  });
});
