import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The PostgreSQL server the tests may use; CI sets it, and the suites skip PostgreSQL without it. */
export const POSTGRES_TEST_URL = process.env.DUTYLEDGER_TEST_POSTGRES_URL;

export interface PostgresSchema {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A schema of its own for one test run, dropped afterwards, so runs never see each other. */
export async function postgresSchema(): Promise<PostgresSchema> {
  const url = POSTGRES_TEST_URL;
  if (!url) throw new Error('DUTYLEDGER_TEST_POSTGRES_URL is not set');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE SCHEMA "${name}"`);
  await client.end();
  return {
    url,
    name,
    drop: async () => {
      const dropper = new Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`DROP SCHEMA "${name}" CASCADE`);
      await dropper.end();
    },
  };
}
