import { Controller, Get, Req, UnauthorizedException } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../platform/auth/actor';
import { Allow } from '../../platform/auth/access.decorator';

/** Who the token says the caller is: the dashboard signs in by asking. */
@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('session')
export class GetSessionController {
  @Get()
  @Allow('ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR', 'VIEWER')
  @ApiOkResponse({ description: 'The subject and role of the bearer token: {subject, role}' })
  @ApiUnauthorizedResponse({ description: 'No, bad or expired token' })
  get(@Req() request: AuthenticatedRequest) {
    // The guard has set the actor for every allowed call; its absence would be a wiring fault.
    if (!request.actor) throw new UnauthorizedException('No signed-in caller');
    return { subject: request.actor.id, role: request.actor.role };
  }
}
