import type { Role } from '@dutyledger/platform';

/** Who may see a cadre's personal details (names, personnel numbers, cases): not VIEWER. */
export const PERSONAL_DETAILS_ROLES: Role[] = ['ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR'];
