import { SetMetadata } from '@nestjs/common';
import type { Role } from '@dutyledger/auth';

export const ACCESS_KEY = 'dutyledger:access';

export type Access = { public: true } | { public: false; roles: readonly Role[] };

/** Only callers holding one of these roles may use the endpoint. */
export const Allow = (...roles: Role[]) => SetMetadata(ACCESS_KEY, { public: false, roles });

/** No credentials needed (health, the dashboard shell). */
export const Public = () => SetMetadata(ACCESS_KEY, { public: true });
