import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { UuidParam } from '../../platform/http/uuid-param';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../platform/auth/access.decorator';
import type { CommandContext, CommandResult } from '@dutyledger/ledger';
import { Context } from '../../platform/commands/command-context';
import { CommandEndpoint } from '../../platform/http/command-endpoint.decorator';
import { AmendDutyCommand } from './amend-duty.command';
import { AmendDutyDto } from './amend-duty.dto';

@ApiTags('duties')
@Controller('duties/:dutyId/amendments')
export class AmendDutyController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @Allow('CASEWORKER')
  @ApiOperation({ summary: 'Amend an active duty: only what changes, and why' })
  @CommandEndpoint()
  amend(
    @UuidParam('dutyId') dutyId: string,
    @Body() body: AmendDutyDto,
    @Context() context: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new AmendDutyCommand(dutyId, body, context));
  }
}
