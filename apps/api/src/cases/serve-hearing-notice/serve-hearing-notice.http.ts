import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { UuidParam } from '../../platform/http/uuid-param';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../platform/auth/access.decorator';
import type { CommandContext, CommandResult } from '@dutyledger/ledger';
import { Context } from '../../platform/commands/command-context';
import { CommandEndpoint } from '../../platform/http/command-endpoint.decorator';
import { ServeHearingNoticeCommand } from './serve-hearing-notice.command';
import { ServeHearingNoticeDto } from './serve-hearing-notice.dto';

@ApiTags('cases')
@Controller('cases')
export class ServeHearingNoticeController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':caseId/hearing-notices')
  @HttpCode(201)
  @Allow('CASEWORKER')
  @ApiOperation({
    summary:
      'Serve a hearing notice on a subject: the response period (DUTYLEDGER_HEARING_RESPONSE_DAYS) starts',
  })
  @CommandEndpoint()
  serve(
    @UuidParam('caseId') caseId: string,
    @Body() body: ServeHearingNoticeDto,
    @Context() context: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new ServeHearingNoticeCommand(caseId, body, context));
  }
}
