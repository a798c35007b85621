/** Injection tokens of the infrastructure the use cases depend on. */
export const CONFIG = Symbol('DutyLedgerConfig');
export const EVENT_STORE = Symbol('EventStore');
export const READ_MODELS = Symbol('ReadModelDataSource');
export const PROJECTION_RUNNER = Symbol('ProjectionRunner');
export const CLOCK = Symbol('Clock');
export const NEW_ID = Symbol('NewId');
/** The jurisdiction's calendar (JurisdictionCalendar), from DUTYLEDGER_TIME_ZONE. */
export const CALENDAR = Symbol('JurisdictionCalendar');
/** The requests the api is answering now (RequestsInFlight), for an in-process projector. */
export const REQUESTS_IN_FLIGHT = Symbol('RequestsInFlight');

export type Clock = () => Date;
export type NewId = () => string;
