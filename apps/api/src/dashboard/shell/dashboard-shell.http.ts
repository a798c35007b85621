import { Controller, Get, Headers, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../../platform/auth/access.decorator';
import { ContentSecurityPolicy, DASHBOARD_POLICY } from '../../platform/http/security-headers';
import {
  type DashboardAsset,
  type DashboardAssets,
  SHELL_PAGE,
  loadDashboardAssets,
} from './dashboard-assets';
import { BUNDLE_ASSET } from './dashboard-bundle';

/** A year: browsers keep a versioned file that long, and never revalidate it. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Revalidated on each load (304 when unchanged), so a new version is never hidden by a cache. */
const REVALIDATE = 'no-cache';

/** Whether the request's Accept-Encoding takes gzip (and does not refuse it with q=0). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding = '', ...parameters] = part.trim().toLowerCase().split(';');
    if (coding.trim() !== 'gzip' && coding.trim() !== '*') return false;
    const quality = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return quality === undefined || Number(quality.slice(2)) > 0;
  });
}

/**
 * The page and its files carry no data, so they need no sign-in; the page asks for a token and
 * every figure it shows comes from the api's authorised queries. Left out of the OpenAPI document:
 * it is a page, not part of the api. Its strict policy allows its own scripts and styles only.
 * Files are addressed `/assets/{version}/{name}` by the page and cached for good; the unversioned
 * `/assets/{name}` still answers, revalidated on each load.
 */
@ApiExcludeController()
@Controller()
export class DashboardShellController {
  private loaded: DashboardAssets | undefined;

  /**
   * Read (and compressed) on the first request for the dashboard, not at start. A method, not a
   * getter: the route and OpenAPI scanners read every property of a controller's prototype.
   */
  private assets(): DashboardAssets {
    this.loaded ??= loadDashboardAssets();
    return this.loaded;
  }

  @Get()
  @Public()
  @ContentSecurityPolicy(DASHBOARD_POLICY)
  page(
    @Headers('if-none-match') etag: string | undefined,
    @Headers('accept-encoding') encodings: string | undefined,
    @Res() reply: FastifyReply,
  ): void {
    // The page's script is asked for next: its bundle is made meanwhile (once per process).
    this.assets()
      .bundle()
      .catch(() => undefined);
    const shell = this.assets().files.get(SHELL_PAGE);
    if (!shell) throw new NotFoundException('The dashboard page is missing');
    this.send(shell, REVALIDATE, etag, encodings, reply);
  }

  @Get('assets/:asset')
  @Public()
  @ContentSecurityPolicy(DASHBOARD_POLICY)
  asset(
    @Param('asset') name: string,
    @Headers('if-none-match') etag: string | undefined,
    @Headers('accept-encoding') encodings: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    return this.sendAsset(name, REVALIDATE, etag, encodings, reply);
  }

  @Get('assets/:version/:asset')
  @Public()
  @ContentSecurityPolicy(DASHBOARD_POLICY)
  versionedAsset(
    @Param('version') version: string,
    @Param('asset') name: string,
    @Headers('if-none-match') etag: string | undefined,
    @Headers('accept-encoding') encodings: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // A page of an earlier release asks for its version: it gets today's file, not kept for good.
    const caching = version === this.assets().version ? IMMUTABLE : REVALIDATE;
    return this.sendAsset(name, caching, etag, encodings, reply);
  }

  /** A file under /assets: one of the folder's, or the bundle of the page's modules. */
  private async sendAsset(
    name: string,
    caching: string,
    etag: string | undefined,
    encodings: string | undefined,
    reply: FastifyReply,
  ): Promise<void> {
    // The page is answered at `/` only.
    const asset =
      name === BUNDLE_ASSET
        ? await this.assets().bundle()
        : name === SHELL_PAGE
          ? undefined
          : this.assets().files.get(name);
    if (!asset) throw new NotFoundException(`No dashboard asset is named ${name}`);
    this.send(asset, caching, etag, encodings, reply);
  }

  private send(
    asset: DashboardAsset,
    caching: string,
    etag: string | undefined,
    encodings: string | undefined,
    reply: FastifyReply,
  ): void {
    void reply.headers({ 'cache-control': caching, etag: asset.etag, vary: 'accept-encoding' });
    if (etag === asset.etag) {
      void reply.status(304).send();
      return;
    }
    if (asset.gzip && acceptsGzip(encodings)) {
      void reply
        .status(200)
        .type(asset.contentType)
        .header('content-encoding', 'gzip')
        .send(asset.gzip);
      return;
    }
    void reply.status(200).type(asset.contentType).send(asset.body);
  }
}
