import { EventCodec } from '../codec/event-codec';
import { defineAccessLogEvents } from './access-log.events';
import { defineAccidentEvents } from './accident.events';
import { defineAssessmentEvents } from './assessment.events';
import { defineCaseEvents } from './case.events';
import { defineDutyEvents } from './duty.events';
import { defineOrganisationEvents } from './organisation.events';
import { defineReservationEvents } from './reservation.events';

/** A codec with every event type of the domain registered (a test asserts that none is missing). */
export function domainCodec(): EventCodec {
  const codec = new EventCodec();
  defineOrganisationEvents(codec);
  defineDutyEvents(codec);
  defineAccidentEvents(codec);
  defineAssessmentEvents(codec);
  defineReservationEvents(codec);
  defineCaseEvents(codec);
  defineAccessLogEvents(codec);
  return codec;
}

/**
 * The domain's codec, shared: registrations never change after start, so every reader may use the
 * same one (typed projections check the events they are given with it).
 */
export const DOMAIN_EVENTS: EventCodec = domainCodec();
