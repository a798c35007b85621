import { BUSINESS_TIME_IN_FUTURE } from '../shared/business-time';
import { spec } from '../testing/decider-spec';
import type { RegisterDepartment } from './department.commands';
import { departmentDecider } from './department.decider';
import { DEPARTMENT_ERRORS } from './department.errors';
import type { DepartmentRegistered } from './department.events';

const NOW = '2026-01-15T09:00:00.000Z';
/** The municipal government exists from 1 January 2020, Beijing time. */
const CITY_REGISTERED_AT = '2019-12-31T16:00:00.000Z';

const registerDistrict = (
  overrides: Partial<RegisterDepartment['data']> = {},
): RegisterDepartment => ({
  type: 'RegisterDepartment',
  data: {
    departmentId: 'dep-district',
    name: 'Riverside District People’s Government',
    level: 'DISTRICT',
    kind: 'GOVERNMENT',
    parent: {
      departmentId: 'dep-city',
      level: 'MUNICIPAL',
      kind: 'GOVERNMENT',
      registeredAt: CITY_REGISTERED_AT,
    },
    industries: ['construction', 'hazardous-chemicals'],
    supervisionAuthority: false,
    ...overrides,
  },
});

const districtRegistered: DepartmentRegistered = {
  type: 'DepartmentRegistered',
  data: {
    departmentId: 'dep-district',
    name: 'Riverside District People’s Government',
    level: 'DISTRICT',
    kind: 'GOVERNMENT',
    parentId: 'dep-city',
    industries: ['construction', 'hazardous-chemicals'],
    supervisionAuthority: false,
    occurredAt: NOW,
  },
};

describe('department decider', () => {
  it('registers a district government under the municipal government, from the request time', () => {
    spec(departmentDecider).given([]).when(registerDistrict()).then([districtRegistered]);
  });

  it('registers the municipal government as the top, without a parent', () => {
    spec(departmentDecider)
      .given([])
      .when(registerDistrict({ departmentId: 'dep-city', level: 'MUNICIPAL', parent: null }))
      .then([
        {
          type: 'DepartmentRegistered',
          data: {
            ...districtRegistered.data,
            departmentId: 'dep-city',
            level: 'MUNICIPAL',
            parentId: null,
          },
        },
      ]);
  });

  it('registers a working department under the government of its own level', () => {
    spec(departmentDecider)
      .given([])
      .when(
        registerDistrict({
          departmentId: 'dep-district-em',
          kind: 'WORKING_DEPARTMENT',
          parent: {
            departmentId: 'dep-district',
            level: 'DISTRICT',
            kind: 'GOVERNMENT',
            registeredAt: NOW,
          },
          supervisionAuthority: true,
        }),
      )
      .then([
        {
          type: 'DepartmentRegistered',
          data: {
            ...districtRegistered.data,
            departmentId: 'dep-district-em',
            kind: 'WORKING_DEPARTMENT',
            parentId: 'dep-district',
            supervisionAuthority: true,
          },
        },
      ]);
  });

  it('rejects registering a department twice', () => {
    spec(departmentDecider)
      .given([districtRegistered])
      .when(registerDistrict())
      .thenRejects(DEPARTMENT_ERRORS.DEPARTMENT_ALREADY_REGISTERED);
  });

  it('rejects a department below the top without a parent', () => {
    spec(departmentDecider)
      .given([])
      .when(registerDistrict({ parent: null }))
      .thenRejects(DEPARTMENT_ERRORS.DEPARTMENT_PARENT_REQUIRED);
  });

  it('rejects a parent for the municipal government, the top of the hierarchy', () => {
    spec(departmentDecider)
      .given([])
      .when(registerDistrict({ level: 'MUNICIPAL' }))
      .thenRejects(DEPARTMENT_ERRORS.TOP_DEPARTMENT_HAS_NO_PARENT);
  });

  it('rejects a township government whose parent is not a district government', () => {
    spec(departmentDecider)
      .given([])
      .when(registerDistrict({ departmentId: 'dep-town', level: 'TOWNSHIP' }))
      .thenRejects(DEPARTMENT_ERRORS.DEPARTMENT_PARENT_MISMATCH);
  });

  it('rejects a working department whose parent is another working department', () => {
    spec(departmentDecider)
      .given([])
      .when(
        registerDistrict({
          kind: 'WORKING_DEPARTMENT',
          parent: {
            departmentId: 'dep-other',
            level: 'DISTRICT',
            kind: 'WORKING_DEPARTMENT',
            registeredAt: NOW,
          },
        }),
      )
      .thenRejects(DEPARTMENT_ERRORS.DEPARTMENT_PARENT_MISMATCH);
  });
});

describe('department decider: business time', () => {
  it('exists from the effective date given, a date alone being its start in Beijing time', () => {
    spec(departmentDecider)
      .given([])
      .when(registerDistrict({ effectiveFrom: '2021-07-01' }))
      .then([
        {
          type: 'DepartmentRegistered',
          data: { ...districtRegistered.data, occurredAt: '2021-06-30T16:00:00.000Z' },
        },
      ]);
  });

  it('may exist from the same instant as its parent', () => {
    spec(departmentDecider)
      .given([])
      .when(registerDistrict({ effectiveFrom: CITY_REGISTERED_AT }))
      .then([
        {
          type: 'DepartmentRegistered',
          data: { ...districtRegistered.data, occurredAt: CITY_REGISTERED_AT },
        },
      ]);
  });

  it('rejects a department that would exist before its parent', () => {
    spec(departmentDecider)
      .given([])
      .when(registerDistrict({ effectiveFrom: '2019-12-31' }))
      .thenRejects(DEPARTMENT_ERRORS.DEPARTMENT_BEFORE_PARENT);
  });

  it('rejects an effective date in the future', () => {
    spec(departmentDecider)
      .given([])
      .when(registerDistrict({ effectiveFrom: '2026-02-01' }))
      .thenRejects(BUSINESS_TIME_IN_FUTURE);
  });
});
