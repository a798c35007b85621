import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { UuidParam } from '../../platform/http/uuid-param';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../platform/auth/access.decorator';
import type { CommandContext, CommandResult } from '@dutyledger/ledger';
import { Context } from '../../platform/commands/command-context';
import { CommandEndpoint } from '../../platform/http/command-endpoint.decorator';
import { AppointCadreCommand } from './appoint-cadre.command';
import { AppointCadreDto } from './appoint-cadre.dto';

@ApiTags('organisation')
@Controller('posts/:postId/appointments')
export class AppointCadreController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @Allow('ADMIN')
  @ApiOperation({ summary: 'Appoint a cadre to a vacant post from an effective date' })
  @CommandEndpoint()
  appoint(
    @UuidParam('postId') postId: string,
    @Body() body: AppointCadreDto,
    @Context() context: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new AppointCadreCommand(postId, body, context));
  }
}
