import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../platform/auth/access.decorator';
import type { CommandContext, CommandResult } from '@dutyledger/ledger';
import { Context } from '../../platform/commands/command-context';
import { CommandEndpoint } from '../../platform/http/command-endpoint.decorator';
import { NEW_ID, type NewId } from '@dutyledger/wiring';
import { AssignDutyCommand } from './assign-duty.command';
import { AssignDutyDto } from './assign-duty.dto';

@ApiTags('duties')
@Controller('duties')
export class AssignDutyController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(NEW_ID) private readonly newId: NewId,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('CASEWORKER')
  @ApiOperation({ summary: 'Assign a business or work-safety duty to a post' })
  @CommandEndpoint()
  assign(@Body() body: AssignDutyDto, @Context() context: CommandContext): Promise<CommandResult> {
    const dutyId = body.dutyId ?? this.newId();
    return this.commands.execute(new AssignDutyCommand(dutyId, body, context));
  }
}
