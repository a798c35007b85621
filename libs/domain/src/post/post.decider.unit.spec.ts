import { spec } from '../testing/decider-spec';
import type { AppointCadreToPost, EstablishPost, RelieveCadreFromPost } from './post.commands';
import { postDecider } from './post.decider';
import { POST_ERRORS } from './post.errors';
import { appointed, postEstablished, relieved } from './post.fixtures';

const establish: EstablishPost = {
  type: 'EstablishPost',
  data: {
    postId: 'post-1',
    departmentId: 'dep-district',
    title: 'Deputy District Head (construction, transport)',
    rank: 'DEPUTY',
    businessScope: ['construction', 'transport'],
  },
};

const appoint = (cadreId: string, effectiveFrom: string): AppointCadreToPost => ({
  type: 'AppointCadreToPost',
  data: { postId: 'post-1', cadreId, effectiveFrom },
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
  it('establishes a post with its business scope', () => {
    spec(postDecider).given([]).when(establish).then([postEstablished]);
  });

  it('rejects establishing a post twice', () => {
    spec(postDecider)
      .given([postEstablished])
      .when(establish)
      .thenRejects(POST_ERRORS.POST_ALREADY_ESTABLISHED);
  });

  it('rejects a post that leads no industry or business line', () => {
    spec(postDecider)
      .given([])
      .when({ ...establish, data: { ...establish.data, businessScope: [] } })
      .thenRejects(POST_ERRORS.POST_BUSINESS_SCOPE_REQUIRED);
  });
});

describe('post decider: appointing', () => {
  it('appoints a cadre to a vacant post', () => {
    spec(postDecider)
      .given([postEstablished])
      .when(appoint('cadre-1', '2025-03-01'))
      .then([appointed('cadre-1', '2025-03-01')]);
  });

  it('appoints a successor effective the same instant the predecessor was relieved', () => {
    spec(postDecider)
      .given([
        postEstablished,
        appointed('cadre-1', '2025-03-01'),
        relieved('cadre-1', '2025-09-01'),
      ])
      .when(appoint('cadre-2', '2025-09-01'))
      .then([appointed('cadre-2', '2025-09-01')]);
  });

  it('rejects appointing a cadre to a post that does not exist', () => {
    spec(postDecider)
      .given([])
      .when(appoint('cadre-1', '2025-03-01'))
      .thenRejects(POST_ERRORS.POST_NOT_FOUND);
  });

  it('rejects appointing a cadre to a post that is already held', () => {
    spec(postDecider)
      .given([postEstablished, appointed('cadre-1', '2025-03-01')])
      .when(appoint('cadre-2', '2025-09-01'))
      .thenRejects(POST_ERRORS.POST_ALREADY_HELD);
  });

  it('rejects an appointment effective before the post’s last appointment change', () => {
    spec(postDecider)
      .given([
        postEstablished,
        appointed('cadre-1', '2025-03-01'),
        relieved('cadre-1', '2025-09-01'),
      ])
      .when(appoint('cadre-2', '2025-08-31T23:59:59Z'))
      .thenRejects(POST_ERRORS.APPOINTMENT_CHANGE_BEFORE_PREVIOUS);
  });

  it('rejects an effective date that is not an ISO-8601 time', () => {
    spec(postDecider)
      .given([postEstablished])
      .when(appoint('cadre-1', 'March 1st'))
      .thenRejects(POST_ERRORS.POST_TIME_INVALID);
  });
});

describe('post decider: relieving', () => {
  it('relieves the cadre who holds the post, with a reason', () => {
    spec(postDecider)
      .given([postEstablished, appointed('cadre-1', '2025-03-01')])
      .when(relieve('cadre-1', '2025-09-01'))
      .then([relieved('cadre-1', '2025-09-01')]);
  });

  it('rejects relieving a cadre who does not hold the post', () => {
    spec(postDecider)
      .given([postEstablished, appointed('cadre-1', '2025-03-01')])
      .when(relieve('cadre-2', '2025-09-01'))
      .thenRejects(POST_ERRORS.CADRE_DOES_NOT_HOLD_POST);
  });

  it('rejects relieving a cadre who was already relieved', () => {
    spec(postDecider)
      .given([
        postEstablished,
        appointed('cadre-1', '2025-03-01'),
        relieved('cadre-1', '2025-09-01'),
      ])
      .when(relieve('cadre-1', '2025-10-01'))
      .thenRejects(POST_ERRORS.CADRE_DOES_NOT_HOLD_POST);
  });

  it('rejects a relief effective before the appointment it ends', () => {
    spec(postDecider)
      .given([postEstablished, appointed('cadre-1', '2025-03-01')])
      .when(relieve('cadre-1', '2025-02-28'))
      .thenRejects(POST_ERRORS.APPOINTMENT_CHANGE_BEFORE_PREVIOUS);
  });

  it('rejects a relief without a reason', () => {
    spec(postDecider)
      .given([postEstablished, appointed('cadre-1', '2025-03-01')])
      .when(relieve('cadre-1', '2025-09-01', '  '))
      .thenRejects(POST_ERRORS.RELIEF_REASON_REQUIRED);
  });

  it('rejects relieving a cadre from a post that does not exist', () => {
    spec(postDecider)
      .given([])
      .when(relieve('cadre-1', '2025-09-01'))
      .thenRejects(POST_ERRORS.POST_NOT_FOUND);
  });
});
