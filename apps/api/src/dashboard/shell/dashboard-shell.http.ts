import { Controller, Get, Headers, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../../platform/auth/access.decorator';
import { type DashboardAsset, SHELL_PAGE, loadDashboardAssets } from './dashboard-assets';

/**
 * The page and its files carry no data, so they need no sign-in; the page asks for a token and
 * every figure it shows comes from the api's authorised queries. Left out of the OpenAPI document:
 * it is a page, not part of the api.
 */
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  // Revalidated on each load (304 when unchanged), so a new version is never hidden by a cache.
  'cache-control': 'no-cache',
} as const;

@ApiExcludeController()
@Controller()
export class DashboardShellController {
  private readonly assets = loadDashboardAssets();

  @Get()
  @Public()
  page(@Headers('if-none-match') etag: string | undefined, @Res() reply: FastifyReply): void {
    this.send(SHELL_PAGE, etag, reply);
  }

  @Get('assets/:asset')
  @Public()
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
    void reply.headers({ ...SECURITY_HEADERS, etag: asset.etag });
    if (etag === asset.etag) {
      void reply.status(304).send();
      return;
    }
    void reply.status(200).type(asset.contentType).send(asset.body);
  }
}
