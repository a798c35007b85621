import { POST_EVENT_TYPES } from './post.events';
import type { DecisionContext, Decider } from '../shared/decider';
import { unreachable } from '../shared/decider';
import { DomainError, UnknownEntityError } from '../shared/domain-error';
import { businessTimeOf, requireNotBefore } from '../shared/business-time';
import { currentAppointment, lastAppointmentChange } from './post.appointments';
import type {
  AppointCadreToPost,
  EstablishPost,
  PostCommand,
  RelieveCadreFromPost,
} from './post.commands';
import { POST_ERRORS } from './post.errors';
import type { EligibilityOverride, PostEvent } from './post.events';
import type { EstablishedPost, PostState } from './post.state';
import { evolvePost, initialPostState } from './post.state';
import { postInstant } from './post.time';

function establish(
  command: EstablishPost,
  state: PostState,
  context: DecisionContext,
): PostEvent[] {
  const { postId, departmentId, title, rank, businessScope } = command.data;
  if (state.status === 'ESTABLISHED') {
    throw new DomainError(POST_ERRORS.POST_ALREADY_ESTABLISHED, `Post ${postId} already exists`);
  }
  if (businessScope.length === 0) {
    throw new DomainError(
      POST_ERRORS.POST_BUSINESS_SCOPE_REQUIRED,
      'A leading post leads at least one industry or business line',
    );
  }
  const occurredAt = businessTimeOf(command.data.effectiveFrom, context, 'effectiveFrom');
  const { departmentRegisteredAt } = command.data;
  requireNotBefore(
    occurredAt,
    departmentRegisteredAt,
    POST_ERRORS.POST_BEFORE_DEPARTMENT,
    () =>
      `Post ${postId} cannot exist from ${occurredAt}, before department ${departmentId} (${departmentRegisteredAt})`,
  );
  return [
    {
      type: 'PostEstablished',
      data: { postId, departmentId, title, rank, businessScope, occurredAt },
    },
  ];
}

function established(state: PostState, postId: string): EstablishedPost {
  if (state.status !== 'ESTABLISHED') throw new UnknownEntityError('post', postId);
  return state;
}

/** Appointment history is appended in order: no change may take effect before the last one. */
function checkEffectiveDate(post: EstablishedPost, effectiveFrom: string): void {
  const effective = postInstant(effectiveFrom, 'effectiveFrom');
  const last = lastAppointmentChange(post);
  if (last !== null && effective < postInstant(last, 'last change')) {
    throw new DomainError(
      POST_ERRORS.APPOINTMENT_CHANGE_BEFORE_PREVIOUS,
      `Effective date ${effectiveFrom} is before the post's last appointment change (${last})`,
    );
  }
}

/**
 * Eligibility is enforced: a blocked cadre is appointed only with an explicit override and its
 * reason, recorded on the event with the blocks it overrode.
 */
function eligibilityOverride(command: AppointCadreToPost): EligibilityOverride | null {
  const { cadreId, eligibility, override } = command.data;
  if (eligibility.eligible) {
    if (override !== null) {
      throw new DomainError(
        POST_ERRORS.ELIGIBILITY_OVERRIDE_NOT_NEEDED,
        `Cadre ${cadreId} is eligible: there is nothing to override`,
      );
    }
    return null;
  }
  if (override === null) {
    const reasons = eligibility.blocks.map((block) => block.detail).join('; ');
    throw new DomainError(
      POST_ERRORS.CADRE_NOT_ELIGIBLE,
      `Cadre ${cadreId} is not eligible for appointment: ${reasons}. Appoint with an override and its reason, or not at all`,
      { blocks: eligibility.blocks },
    );
  }
  if (override.reason.trim() === '') {
    throw new DomainError(
      POST_ERRORS.ELIGIBILITY_OVERRIDE_REASON_REQUIRED,
      'An appointment that overrides eligibility says why',
    );
  }
  const blocks = eligibility.blocks.map(({ reason, detail, sourceEventIds }) => ({
    reason,
    detail,
    sourceEventIds,
  }));
  return { reason: override.reason, blocks };
}

function appoint(
  command: AppointCadreToPost,
  state: PostState,
  context: DecisionContext,
): PostEvent[] {
  const { postId, cadreId } = command.data;
  const post = established(state, postId);
  const holder = currentAppointment(post);
  if (holder !== undefined) {
    throw new DomainError(
      POST_ERRORS.POST_ALREADY_HELD,
      `Post ${postId} is held by cadre ${holder.cadreId}; relieve them first`,
    );
  }
  const effectiveFrom = businessTimeOf(command.data.effectiveFrom, context, 'effectiveFrom');
  requireNotBefore(
    effectiveFrom,
    post.establishedAt,
    POST_ERRORS.APPOINTMENT_BEFORE_POST_ESTABLISHED,
    () =>
      `An appointment to post ${postId} cannot take effect at ${effectiveFrom}, before the post was established (${post.establishedAt})`,
  );
  checkEffectiveDate(post, effectiveFrom);
  const override = eligibilityOverride(command);
  return [
    {
      type: 'CadreAppointedToPost',
      data: {
        postId,
        cadreId,
        effectiveFrom,
        eligibilityOverride: override,
        occurredAt: effectiveFrom,
      },
    },
  ];
}

function relieve(
  command: RelieveCadreFromPost,
  state: PostState,
  context: DecisionContext,
): PostEvent[] {
  const { postId, cadreId, reason } = command.data;
  const post = established(state, postId);
  if (currentAppointment(post)?.cadreId !== cadreId) {
    throw new DomainError(
      POST_ERRORS.CADRE_DOES_NOT_HOLD_POST,
      `Cadre ${cadreId} does not hold post ${postId}`,
    );
  }
  if (reason.trim() === '') {
    throw new DomainError(POST_ERRORS.RELIEF_REASON_REQUIRED, 'A relief from post says why');
  }
  const effectiveFrom = businessTimeOf(command.data.effectiveFrom, context, 'effectiveFrom');
  checkEffectiveDate(post, effectiveFrom);
  return [
    {
      type: 'CadreRelievedFromPost',
      data: { postId, cadreId, effectiveFrom, reason, occurredAt: effectiveFrom },
    },
  ];
}

export const postDecider: Decider<PostCommand, PostEvent, PostState> = {
  initialState: initialPostState,
  eventTypes: POST_EVENT_TYPES,
  evolve: evolvePost,
  decide(command, state, context) {
    switch (command.type) {
      case 'EstablishPost':
        return establish(command, state, context);
      case 'AppointCadreToPost':
        return appoint(command, state, context);
      case 'RelieveCadreFromPost':
        return relieve(command, state, context);
      default:
        return unreachable(command);
    }
  },
};
