import { Controller, Get, Inject, Req, UnauthorizedException } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { JurisdictionCalendar } from '@dutyledger/domain';
import { CALENDAR } from '@dutyledger/wiring';
import type { AuthenticatedRequest } from '../../platform/auth/actor';
import { Allow } from '../../platform/auth/access.decorator';

/**
 * Who the token says the caller is: the dashboard signs in by asking. It learns the
 * jurisdiction's time zone too, so that it shows days, months and years as the read models count
 * them.
 */
@ApiTags('dashboard')
@Controller('session')
export class GetSessionController {
  constructor(@Inject(CALENDAR) private readonly calendar: JurisdictionCalendar) {}

  @Get()
  @Allow('ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR', 'VIEWER')
  @ApiOkResponse({
    description:
      'The subject and role of the bearer token, and the jurisdiction’s time zone (DUTYLEDGER_TIME_ZONE): {subject, role, timeZone}',
  })
  @ApiUnauthorizedResponse({ description: 'No, bad or expired token' })
  get(@Req() request: AuthenticatedRequest) {
    // The guard has set the actor for every allowed call; its absence would be a wiring fault.
    if (!request.actor) throw new UnauthorizedException('No signed-in caller');
    return {
      subject: request.actor.id,
      role: request.actor.role,
      timeZone: this.calendar.timeZone,
    };
  }
}
