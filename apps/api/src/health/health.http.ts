import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ProjectionRunner } from '@dutyledger/read-models';
import { Public } from '../platform/auth/access.decorator';
import { PROJECTION_RUNNER } from '@dutyledger/platform';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner) {}

  @Get()
  @Public()
  @ApiOkResponse({ description: 'The process is up; the projector position it has reached' })
  health() {
    return { status: 'ok', projectedPosition: String(this.runner.position) };
  }
}
