import { fold } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { appointmentsOf, holderAt } from './post.appointments';
import { postDecider } from './post.decider';
import { POST_ERRORS } from './post.errors';
import { appointed, postEstablished, relieved } from './post.fixtures';

// cadre-1 from 1 March to 1 September 2025, vacant until 1 October, then cadre-2.
const history = fold(postDecider, [
  postEstablished,
  appointed('cadre-1', '2025-03-01T00:00:00Z'),
  relieved('cadre-1', '2025-09-01T00:00:00Z'),
  appointed('cadre-2', '2025-10-01T00:00:00Z'),
]);

describe('holderAt: who held the post at a moment', () => {
  it('answers vacant before the first appointment', () => {
    expect(holderAt(history, '2025-02-28T23:59:59.999Z')).toEqual({ vacant: true });
  });

  it('counts the instant of the appointment as held (inclusive start)', () => {
    expect(holderAt(history, '2025-03-01T00:00:00Z')).toEqual({ cadreId: 'cadre-1' });
  });

  it('answers the holder during a tenure', () => {
    expect(holderAt(history, '2025-06-15T10:30:00+08:00')).toEqual({ cadreId: 'cadre-1' });
  });

  it('counts the last instant before the relief as held', () => {
    expect(holderAt(history, '2025-08-31T23:59:59.999Z')).toEqual({ cadreId: 'cadre-1' });
  });

  it('counts the instant of the relief as no longer held (exclusive end)', () => {
    expect(holderAt(history, '2025-09-01T00:00:00Z')).toEqual({ vacant: true });
  });

  it('answers vacant between tenures', () => {
    expect(holderAt(history, '2025-09-20T00:00:00Z')).toEqual({ vacant: true });
  });

  it('answers the current holder for any moment of an open tenure', () => {
    expect(holderAt(history, '2030-01-01T00:00:00Z')).toEqual({ cadreId: 'cadre-2' });
  });

  it('hands over at the instant of a same-day succession', () => {
    const handover = fold(postDecider, [
      postEstablished,
      appointed('cadre-1', '2025-03-01'),
      relieved('cadre-1', '2025-09-01'),
      appointed('cadre-2', '2025-09-01'),
    ]);
    expect(holderAt(handover, '2025-08-31T23:59:59Z')).toEqual({ cadreId: 'cadre-1' });
    expect(holderAt(handover, '2025-09-01')).toEqual({ cadreId: 'cadre-2' });
  });

  it('compares instants, not text, across time zones', () => {
    // 07:59 in Beijing on 1 September is still 31 August in UTC.
    expect(holderAt(history, '2025-09-01T07:59:00+08:00')).toEqual({ cadreId: 'cadre-1' });
  });

  it('answers vacant for a post that was never established', () => {
    expect(holderAt(postDecider.initialState, '2025-06-01')).toEqual({ vacant: true });
  });

  it.each(['1 June 2025', '2025-06-31', '2025-06-01T10:00:00'])(
    'rejects %s, which is not an ISO-8601 time with a zone',
    (at) => {
      let rejection: unknown;
      try {
        holderAt(history, at);
      } catch (error) {
        rejection = error;
      }
      expect(rejection).toBeInstanceOf(DomainError);
      expect(rejection).toMatchObject({ code: POST_ERRORS.POST_TIME_INVALID });
    },
  );
});

describe('appointmentsOf: the appointment history', () => {
  it('lists tenures in order, the open one last', () => {
    expect(appointmentsOf(history)).toEqual([
      { cadreId: 'cadre-1', from: '2025-03-01T00:00:00Z', until: '2025-09-01T00:00:00Z' },
      { cadreId: 'cadre-2', from: '2025-10-01T00:00:00Z', until: null },
    ]);
  });
});
