import { type KeyObject, createPublicKey, createSecretKey } from 'node:crypto';
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
  /**
   * A verifier holding the key as a KeyObject, made once: given a string, jsonwebtoken builds a
   * key object on every request (and first tries an HS256 secret as a public key), which cost
   * about 1 ms of CPU per request.
   */
  private readonly jwt: JwtService;

  constructor(
    private readonly reflector: Reflector,
    @Inject(VERIFICATION_KEY) private readonly key: VerificationKey,
  ) {
    const keyObject: KeyObject =
      key.algorithm === 'HS256'
        ? createSecretKey(Buffer.from(key.secret, 'utf8'))
        : createPublicKey(key.publicKey);
    this.jwt = new JwtService({ secret: keyObject });
  }

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
