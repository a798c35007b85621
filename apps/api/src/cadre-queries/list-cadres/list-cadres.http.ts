import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CLOCK, type Clock, READ_MODELS } from '@dutyledger/wiring';
import { type CadreSummary, listCadres } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { Allow } from '../../platform/auth/access.decorator';
import { type Page, pageWindow } from '../../platform/http/page';
import { PERSONAL_DETAILS_ROLES } from '../../platform/auth/personal-details';
import { type CadreEligibility, CadreEligibilityReader } from '../cadre-eligibility.reader';
import { ListCadresQuery } from './list-cadres.dto';

/** A cadre of the list, with its eligibility now when the caller asked to include it. */
export type ListedCadre = CadreSummary & { eligibility?: CadreEligibility };

@ApiTags('cadres')
@Controller('cadres')
export class ListCadresController {
  constructor(
    @Inject(READ_MODELS) private readonly readModels: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly eligibility: CadreEligibilityReader,
  ) {}

  @Get()
  @Allow(...PERSONAL_DETAILS_ROLES)
  @ApiOkResponse({
    description:
      'One page of cadres, by name unless `sort` says otherwise: {items: [{cadreId, name, personnelNumber, managingDepartmentId, currentPosts: [{postId, title, departmentId}], eligibility?: {cadreId, asOf, eligible, blocks}}], page, pageSize, total}; `eligibility` with include=eligibility',
  })
  @ApiForbiddenResponse({ description: 'Personal details: not for VIEWER' })
  async list(@Query() query: ListCadresQuery): Promise<Page<ListedCadre>> {
    const { page, pageSize, skip } = pageWindow(query);
    const { items, total } = await listCadres(
      this.readModels,
      { departmentId: query.departmentId, name: query.name, sort: query.sort },
      { skip, take: pageSize },
      this.clock(),
    );
    if (query.include !== 'eligibility') return { items, page, pageSize, total };
    const asOf = this.eligibility.asOf();
    const withEligibility: ListedCadre[] = [];
    for (const cadre of items) {
      const eligibility = await this.eligibility.of(cadre.cadreId, asOf);
      withEligibility.push(eligibility ? { ...cadre, eligibility } : cadre);
    }
    return { items: withEligibility, page, pageSize, total };
  }
}
