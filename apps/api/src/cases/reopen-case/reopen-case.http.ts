import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { UuidParam } from '../../platform/http/uuid-param';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../platform/auth/access.decorator';
import type { CommandContext, CommandResult } from '@dutyledger/ledger';
import { Context } from '../../platform/commands/command-context';
import { CommandEndpoint } from '../../platform/http/command-endpoint.decorator';
import { ReopenCaseCommand } from './reopen-case.command';
import { ReopenCaseDto } from './reopen-case.dto';

@ApiTags('cases')
@Controller('cases')
export class ReopenCaseController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':caseId/reopening')
  @HttpCode(201)
  @Allow('SUPERVISOR')
  @ApiOperation({ summary: 'Reopen a closed case with a reason; its history stays as it was' })
  @CommandEndpoint()
  reopen(
    @UuidParam('caseId') caseId: string,
    @Body() body: ReopenCaseDto,
    @Context() context: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new ReopenCaseCommand(caseId, body, context));
  }
}
