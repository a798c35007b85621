import { SwaggerModule } from '@nestjs/swagger';
import * as dashboardAssets from '../../apps/api/src/dashboard/shell/dashboard-assets';
import { type RunningApp, startApp } from '../support/running-app';

// The dashboard's files are read through a spy that still reads them.
jest.mock('../../apps/api/src/dashboard/shell/dashboard-assets', () => {
  const actual = jest.requireActual<typeof dashboardAssets>(
    '../../apps/api/src/dashboard/shell/dashboard-assets',
  );
  return { ...actual, loadDashboardAssets: jest.fn(actual.loadDashboardAssets) };
});

/**
 * Work that no answer but one needs is done on the first request for it, not before the api
 * listens (test/bench/README.md, "Where the time of a start goes"): the OpenAPI document and the
 * dashboard's files.
 */
describe('what the api leaves for the first request that needs it', () => {
  let running: RunningApp;
  const documents = jest.spyOn(SwaggerModule, 'createDocument');
  const assetLoads = jest.mocked(dashboardAssets.loadDashboardAssets);

  beforeAll(async () => {
    documents.mockClear();
    assetLoads.mockClear();
    running = await startApp();
  });
  afterAll(() => running.stop());

  it('builds the OpenAPI document on the first request for it, once', async () => {
    expect(documents).not.toHaveBeenCalled();

    const json = await fetch(`${running.url}/docs/openapi.json`);
    const document = (await json.json()) as { paths: Record<string, unknown> };
    const ui = await fetch(`${running.url}/docs/swagger-ui-init.js`);
    const script = await ui.text();

    expect(json.status).toBe(200);
    expect(Object.keys(document.paths)).toContain('/departments');
    expect(ui.status).toBe(200);
    expect(script).toContain('/departments');
    expect(documents).toHaveBeenCalledTimes(1);
  });

  it('reads the dashboard’s files on the first request for the dashboard, once', async () => {
    expect(assetLoads).not.toHaveBeenCalled();

    const page = await fetch(`${running.url}/`);
    const script = await fetch(`${running.url}/assets/dashboard.js`);

    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
    expect(script.status).toBe(200);
    expect(assetLoads).toHaveBeenCalledTimes(1);
  });
});
