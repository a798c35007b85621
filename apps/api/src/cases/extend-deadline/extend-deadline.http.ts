import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { UuidParam } from '../../platform/http/uuid-param';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../platform/auth/access.decorator';
import type { CommandContext, CommandResult } from '@dutyledger/ledger';
import { Context } from '../../platform/commands/command-context';
import { CommandEndpoint } from '../../platform/http/command-endpoint.decorator';
import { ExtendDeadlineCommand } from './extend-deadline.command';
import { ExtendDeadlineDto } from './extend-deadline.dto';

@ApiTags('cases')
@Controller('cases')
export class ExtendDeadlineController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':caseId/deadline-extensions')
  @HttpCode(201)
  @Allow('CASEWORKER')
  @ApiOperation({
    summary:
      'Extend a post-accident investigation deadline once, by at most 60 days, with a reason',
  })
  @CommandEndpoint()
  extend(
    @UuidParam('caseId') caseId: string,
    @Body() body: ExtendDeadlineDto,
    @Context() context: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new ExtendDeadlineCommand(caseId, body, context));
  }
}
