import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { UuidParam } from '../../platform/http/uuid-param';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../platform/auth/access.decorator';
import type { CommandContext, CommandResult } from '@dutyledger/ledger';
import { Context } from '../../platform/commands/command-context';
import { CommandEndpoint } from '../../platform/http/command-endpoint.decorator';
import { RevokeDutyCommand } from './revoke-duty.command';
import { RevokeDutyDto } from './revoke-duty.dto';

@ApiTags('duties')
@Controller('duties/:dutyId/revocation')
export class RevokeDutyController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @Allow('CASEWORKER')
  @ApiOperation({ summary: 'Revoke an active duty, saying why' })
  @CommandEndpoint()
  revoke(
    @UuidParam('dutyId') dutyId: string,
    @Body() body: RevokeDutyDto,
    @Context() context: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new RevokeDutyCommand(dutyId, body, context));
  }
}
