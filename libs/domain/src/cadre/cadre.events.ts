import { type DomainEvent, eventTypesOf } from '../shared/decider';

export type CadreRegistered = DomainEvent<
  'CadreRegistered',
  {
    readonly cadreId: string;
    readonly name: string;
    /** the number of the cadre's personnel file; unique across cadres (checked by the handler) */
    readonly personnelNumber: string;
    /** the department that manages the cadre's personnel file */
    readonly managingDepartmentId: string;
    readonly occurredAt: string;
  }
>;

export type CadreEvent = CadreRegistered;

/** Every cadre event type, as the cadre decider reads them. */
export const CADRE_EVENT_TYPES = eventTypesOf<CadreEvent['type']>({
  CadreRegistered: true,
});
