import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_KEY, type Access } from './access.decorator';
import type { AuthenticatedRequest } from './actor';
import { TokenVerifier } from './token-verifier';

/**
 * Every endpoint is closed unless it says who may use it: bearer JWT, then the role check.
 * An endpoint without @Allow or @Public answers 403 to everyone (fail closed).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenVerifier,
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
    return this.tokens.verify(header.slice(7));
  }
}
