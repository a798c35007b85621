import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedActor, AuthenticatedRequest } from '../../platform/auth/actor';

/** The authenticated caller of an audit read: who the access log names. */
export const Reader = createParamDecorator((_: unknown, host: ExecutionContext) => {
  const { actor } = host.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!actor) throw new Error('an audit read needs an authenticated request');
  return actor;
});

export type AuditReader = AuthenticatedActor;
