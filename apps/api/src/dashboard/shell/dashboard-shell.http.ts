import { Controller, Get, Headers, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../../platform/auth/access.decorator';
import { ContentSecurityPolicy, DASHBOARD_POLICY } from '../../platform/http/security-headers';
import { type DashboardAsset, SHELL_PAGE, loadDashboardAssets } from './dashboard-assets';

/**
 * The page and its files carry no data, so they need no sign-in; the page asks for a token and
 * every figure it shows comes from the api's authorised queries. Left out of the OpenAPI document:
 * it is a page, not part of the api. Its strict policy allows its own scripts and styles only.
 */
@ApiExcludeController()
@Controller()
export class DashboardShellController {
  private readonly assets = loadDashboardAssets();

  @Get()
  @Public()
  @ContentSecurityPolicy(DASHBOARD_POLICY)
  page(@Headers('if-none-match') etag: string | undefined, @Res() reply: FastifyReply): void {
    this.send(SHELL_PAGE, etag, reply);
  }

  @Get('assets/:asset')
  @Public()
  @ContentSecurityPolicy(DASHBOARD_POLICY)
  asset(
    @Param('asset') name: string,
    @Headers('if-none-match') etag: string | undefined,
    @Res() reply: FastifyReply,
  ): void {
    if (name === SHELL_PAGE) throw new NotFoundException(`No dashboard asset is named ${name}`);
    this.send(name, etag, reply);
  }

  private send(name: string, etag: string | undefined, reply: FastifyReply): void {
    const asset: DashboardAsset | undefined = this.assets.get(name);
    if (!asset) throw new NotFoundException(`No dashboard asset is named ${name}`);
    // Revalidated on each load (304 when unchanged), so a new version is never hidden by a cache.
    void reply.headers({ 'cache-control': 'no-cache', etag: asset.etag });
    if (etag === asset.etag) {
      void reply.status(304).send();
      return;
    }
    void reply.status(200).type(asset.contentType).send(asset.body);
  }
}
