import type { Role } from '@dutyledger/auth';

/** The authenticated caller, from the token: the actor of every event it causes. */
export interface AuthenticatedActor {
  id: string;
  role: Role;
}

export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  actor?: AuthenticatedActor;
}
