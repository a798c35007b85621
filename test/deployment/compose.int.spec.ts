import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { YAML11_SCHEMA, load } from 'js-yaml';
import { loadConfig } from '@dutyledger/config';

interface Service {
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test?: string[] };
}

/** The file as docker-compose reads it: YAML 1.1 merge keys, `${NAME:-default}` interpolated. */
const compose = load(
  readFileSync(join(__dirname, '..', '..', 'docker', 'docker-compose.yml'), 'utf8').replace(
    /\$\{[A-Z_]+:-([^}]*)\}/g,
    '$1',
  ),
  { schema: YAML11_SCHEMA },
) as { services: Record<string, Service> };
const services = Object.entries(compose.services);
const named = (prefix: string) => services.filter(([name]) => name.startsWith(prefix));

/** The compose file (`docker-compose config` checks its syntax in CI; this, what it says). */
describe('docker/docker-compose.yml', () => {
  it('runs a three-node EventStoreDB cluster whose nodes gossip with each other', () => {
    const nodes = named('eventstore');
    expect(nodes).toHaveLength(3);
    for (const [name, node] of nodes) {
      const env = node.environment ?? {};
      expect(env.EVENTSTORE_CLUSTER_SIZE).toBe('3');
      const seeds = (env.EVENTSTORE_GOSSIP_SEED ?? '').split(',');
      expect(seeds).toHaveLength(2);
      expect(seeds).not.toContain(`${env.EVENTSTORE_INT_IP}:2113`);
      expect(env.EVENTSTORE_ADVERTISE_HOST_TO_CLIENT_AS).toBe(name);
    }
  });

  it('wires two api replicas and two projectors by the same variables, which the configuration accepts', () => {
    const apis = named('api-');
    const projectors = named('projector-');
    expect(apis).toHaveLength(2);
    expect(projectors).toHaveLength(2);
    const configs = [...apis, ...projectors].map(([, service]) => loadConfig(service.environment));
    for (const config of configs) {
      expect(config.eventStore).toEqual(configs[0]?.eventStore);
      expect(config.readModels).toEqual(configs[0]?.readModels);
    }
    expect(configs[0]?.eventStore).toMatchObject({
      kind: 'eventstoredb',
      url: expect.stringMatching(
        /^esdb:\/\/eventstore1:2113,eventstore2:2113,eventstore3:2113\?/,
      ) as unknown,
    });
    expect(apis.map(([, api]) => api.environment?.DUTYLEDGER_RUN_PROJECTOR)).toEqual([
      'false',
      'false',
    ]);
    for (const [, projector] of projectors) {
      expect(projector.command).toEqual(['node', 'dist/apps/projector/src/main.js']);
      expect(projector.healthcheck?.test?.join(' ')).toContain('DUTYLEDGER_HEALTH_FILE');
    }
  });
});
