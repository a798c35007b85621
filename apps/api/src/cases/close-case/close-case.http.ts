import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { UuidParam } from '../../platform/http/uuid-param';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../platform/auth/access.decorator';
import type { CommandContext, CommandResult } from '@dutyledger/ledger';
import { Context } from '../../platform/commands/command-context';
import { CommandEndpoint } from '../../platform/http/command-endpoint.decorator';
import { CloseCaseCommand } from './close-case.command';
import { CloseCaseDto } from './close-case.dto';

@ApiTags('cases')
@Controller('cases')
export class CloseCaseController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':caseId/closure')
  @HttpCode(201)
  @Allow('SUPERVISOR')
  @ApiOperation({ summary: 'Close a decided case with no pending appeal' })
  @CommandEndpoint()
  close(
    @UuidParam('caseId') caseId: string,
    @Body() body: CloseCaseDto,
    @Context() context: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new CloseCaseCommand(caseId, body, context));
  }
}
