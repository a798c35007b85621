import type { Command } from '../shared/decider';

export type RegisterCadre = Command<
  'RegisterCadre',
  {
    readonly cadreId: string;
    readonly name: string;
    readonly personnelNumber: string;
    readonly managingDepartmentId: string;
  }
>;

export type CadreCommand = RegisterCadre;
