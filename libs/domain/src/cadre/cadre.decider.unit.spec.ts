import { spec } from '../testing/decider-spec';
import type { RegisterCadre } from './cadre.commands';
import { cadreDecider } from './cadre.decider';
import { CADRE_ERRORS } from './cadre.errors';
import type { CadreRegistered } from './cadre.events';

const registerCadre: RegisterCadre = {
  type: 'RegisterCadre',
  data: {
    cadreId: 'cadre-1',
    name: 'Wang Fang',
    personnelNumber: 'P-2019-0042',
    managingDepartmentId: 'dep-district',
  },
};

const cadreRegistered: CadreRegistered = {
  type: 'CadreRegistered',
  data: { ...registerCadre.data, occurredAt: '2026-01-15T09:00:00.000Z' },
};

describe('cadre decider', () => {
  it('registers a cadre', () => {
    spec(cadreDecider).given([]).when(registerCadre).then([cadreRegistered]);
  });

  it('rejects registering a cadre twice', () => {
    spec(cadreDecider)
      .given([cadreRegistered])
      .when(registerCadre)
      .thenRejects(CADRE_ERRORS.CADRE_ALREADY_REGISTERED);
  });
});
