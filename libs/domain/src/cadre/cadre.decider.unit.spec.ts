import { BUSINESS_TIME_IN_FUTURE } from '../shared/business-time';
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

const NOW = '2026-01-15T09:00:00.000Z';

const cadreRegistered: CadreRegistered = {
  type: 'CadreRegistered',
  data: { ...registerCadre.data, occurredAt: NOW },
};

describe('cadre decider', () => {
  it('registers a cadre, at the request time when the caller does not say when', () => {
    spec(cadreDecider).given([]).when(registerCadre).then([cadreRegistered]);
  });

  it('rejects registering a cadre twice', () => {
    spec(cadreDecider)
      .given([cadreRegistered])
      .when(registerCadre)
      .thenRejects(CADRE_ERRORS.CADRE_ALREADY_REGISTERED);
  });

  it('is registered at the business time given, in canonical UTC', () => {
    spec(cadreDecider)
      .given([])
      .when({ ...registerCadre, data: { ...registerCadre.data, occurredAt: '2019-03-01' } })
      .then([
        {
          type: 'CadreRegistered',
          data: { ...registerCadre.data, occurredAt: '2019-02-28T16:00:00.000Z' },
        },
      ]);
  });

  it('rejects a registration dated in the future', () => {
    spec(cadreDecider)
      .given([])
      .when({
        ...registerCadre,
        data: { ...registerCadre.data, occurredAt: '2026-01-15T09:06:00.000Z' },
      })
      .thenRejects(BUSINESS_TIME_IN_FUTURE);
  });
});
