import type { DecisionContext, Decider } from '../shared/decider';
import { unreachable } from '../shared/decider';
import { DomainError, UnknownEntityError } from '../shared/domain-error';
import { currentAppointment, lastAppointmentChange } from './post.appointments';
import type {
  AppointCadreToPost,
  EstablishPost,
  PostCommand,
  RelieveCadreFromPost,
} from './post.commands';
import { POST_ERRORS } from './post.errors';
import type { PostEvent } from './post.events';
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
  const occurredAt = context.now.toISOString();
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

function appoint(command: AppointCadreToPost, state: PostState): PostEvent[] {
  const { postId, cadreId, effectiveFrom } = command.data;
  const post = established(state, postId);
  const holder = currentAppointment(post);
  if (holder !== undefined) {
    throw new DomainError(
      POST_ERRORS.POST_ALREADY_HELD,
      `Post ${postId} is held by cadre ${holder.cadreId}; relieve them first`,
    );
  }
  checkEffectiveDate(post, effectiveFrom);
  return [
    {
      type: 'CadreAppointedToPost',
      data: { postId, cadreId, effectiveFrom, occurredAt: effectiveFrom },
    },
  ];
}

function relieve(command: RelieveCadreFromPost, state: PostState): PostEvent[] {
  const { postId, cadreId, effectiveFrom, reason } = command.data;
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
  evolve: evolvePost,
  decide(command, state, context) {
    switch (command.type) {
      case 'EstablishPost':
        return establish(command, state, context);
      case 'AppointCadreToPost':
        return appoint(command, state);
      case 'RelieveCadreFromPost':
        return relieve(command, state);
      default:
        return unreachable(command);
    }
  },
};
