import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { ACCESS_KEY, type Access } from './access.decorator';
import type { AuthenticatedRequest } from './actor';
import { VERIFICATION_KEY } from './auth.tokens';
import type { VerificationKey } from '@dutyledger/platform';
import { isRole } from '@dutyledger/platform';

/**
 * Every endpoint is closed unless it says who may use it: bearer JWT, then the role check.
 * An endpoint without @Allow or @Public answers 403 to everyone (fail closed).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    @Inject(VERIFICATION_KEY) private readonly key: VerificationKey,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (access?.public) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const actor = await this.authenticate(request.headers.authorization);
    request.actor = actor;
    if (!access || !access.roles.includes(actor.role)) {
      throw new ForbiddenException(`The role ${actor.role} may not do this`);
    }
    return true;
  }

  private async authenticate(header: string | string[] | undefined) {
    if (typeof header !== 'string' || !/^Bearer [A-Za-z0-9._~+/=-]+$/.test(header)) {
      throw new UnauthorizedException('A bearer token is required (Authorization: Bearer …)');
    }
    let payload: Record<string, unknown>;
    try {
      payload = await this.jwt.verifyAsync<Record<string, unknown>>(header.slice(7), {
        algorithms: [this.key.algorithm],
        ...(this.key.algorithm === 'HS256'
          ? { secret: this.key.secret }
          : { publicKey: this.key.publicKey }),
      });
    } catch (error) {
      const expired = error instanceof Error && error.name === 'TokenExpiredError';
      throw new UnauthorizedException(expired ? 'The token has expired' : 'The token is not valid');
    }
    const { sub, role } = payload;
    if (typeof sub !== 'string' || sub.length === 0 || sub.length > 200 || !isRole(role)) {
      throw new UnauthorizedException('The token must carry a subject and a known role');
    }
    return { id: sub, role };
  }
}
