import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@dutyledger/auth';
import type { AuthenticatedRequest } from './actor';

/** Who may see cadres' personal details (names, who is a case subject): everyone but VIEWER. */
export const PERSONAL_DETAILS_ROLES: readonly Role[] = [
  'ADMIN',
  'CASEWORKER',
  'SUPERVISOR',
  'AUDITOR',
];

/** Injects the role of the authenticated caller (the guard has checked the token already). */
export const CallerRole = createParamDecorator((_: unknown, host: ExecutionContext): Role => {
  const { actor } = host.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!actor) throw new Error('CallerRole needs an endpoint that requires a token');
  return actor.role;
});
