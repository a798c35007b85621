import type { Command } from '../shared/decider';

export type RegisterCadre = Command<
  'RegisterCadre',
  {
    readonly cadreId: string;
    readonly name: string;
    readonly personnelNumber: string;
    readonly managingDepartmentId: string;
    /** when the cadre was registered (business time); the request time when omitted */
    readonly occurredAt?: string;
  }
>;

export type CadreCommand = RegisterCadre;
