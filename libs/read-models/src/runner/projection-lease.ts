import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { DataSource } from 'typeorm';
import { ProjectionLease } from './projection-lease.entity';

/**
 * What the runner asks before each batch: which projections this process may apply now. Exactly
 * one process holds a projection at a time; the checkpoint's compare-and-set fences a holder that
 * lost its lease without noticing (a long pause), so no event is ever applied twice.
 */
export interface Lease {
  /** The projections held now (empty once the last renewal is older than the lease). */
  held(): ReadonlySet<string>;
  /** Calls `listener` whenever the held set changed; returns the function that removes it. */
  onChange(listener: () => void): () => void;
  start(): Promise<void>;
  /** Stops renewing and gives the leases up, so that another process takes over at once. */
  stop(): Promise<void>;
  readonly holder: string;
}

export interface LeaseOptions {
  /** How long a lease lasts without renewal (default 3000 ms): the longest takeover wait. */
  ttlMs?: number;
  /** Who holds it (default `host:pid/random`). */
  holder?: string;
  onError?: (error: unknown) => void;
}

export const DEFAULT_LEASE_MS = 3000;

/** `host:pid/random`: readable in GET /projections, unique even for two runners in one process. */
export function processHolder(): string {
  return `${hostname()}:${process.pid}/${randomBytes(2).toString('hex')}`;
}

/**
 * Leases as rows of `projection_leases`, renewed three times per lease period. One UPDATE per
 * round renews what this process holds and takes what has expired; what it then holds is read
 * back. Expiry uses the database's clock.
 */
export class ProjectionLeases implements Lease {
  readonly holder: string;
  private readonly ttlMs: number;
  private current: ReadonlySet<string> = new Set();
  /** performance.now() before the last successful round: the leases are valid for ttl after it. */
  private renewedAt = Number.NEGATIVE_INFINITY;
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<void> | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly projections: readonly string[],
    private readonly options: LeaseOptions = {},
  ) {
    this.holder = options.holder ?? processHolder();
    this.ttlMs = options.ttlMs ?? DEFAULT_LEASE_MS;
  }

  held(): ReadonlySet<string> {
    return performance.now() - this.renewedAt < this.ttlMs ? this.current : new Set();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async start(): Promise<void> {
    await this.ensureRows();
    await this.renew();
    this.schedule();
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.round;
    const names = [...this.current];
    this.current = new Set();
    if (names.length > 0 && this.dataSource.isInitialized) {
      await this.dataSource
        .createQueryBuilder()
        .update(ProjectionLease)
        .set({ expiresAt: 0n })
        .where('holder = :holder AND projection IN (:...names)', { holder: this.holder, names })
        .execute();
    }
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.round = this.renew()
        .catch((error: unknown) => this.options.onError?.(error))
        .finally(() => {
          if (this.timer !== undefined) this.schedule();
        });
    }, this.ttlMs / 3);
  }

  private async ensureRows(): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(ProjectionLease)
      .values(
        this.projections.map((projection) => ({
          projection,
          holder: '',
          acquiredAt: 0n,
          expiresAt: 0n,
        })),
      )
      .orIgnore()
      .execute();
  }

  private async renew(): Promise<void> {
    const started = performance.now();
    const now = databaseNow(this.dataSource);
    await this.dataSource
      .createQueryBuilder()
      .update(ProjectionLease)
      .set({
        expiresAt: () => `${now} + ${Math.round(this.ttlMs)}`,
        acquiredAt: () => `CASE WHEN holder = :holder THEN "acquiredAt" ELSE ${now} END`,
        holder: this.holder,
      })
      .where(`projection IN (:...names) AND (holder = :holder OR "expiresAt" < ${now})`, {
        holder: this.holder,
        names: this.projections,
      })
      .execute();
    const rows = await this.dataSource
      .getRepository(ProjectionLease)
      .createQueryBuilder('lease')
      .select('lease.projection', 'projection')
      .where('lease.holder = :holder AND lease.projection IN (:...names)', {
        holder: this.holder,
        names: this.projections,
      })
      .getRawMany<{ projection: string }>();
    const held = new Set(rows.map((row) => row.projection));
    const changed =
      held.size !== this.held().size || [...held].some((name) => !this.held().has(name));
    this.current = held;
    this.renewedAt = started;
    if (changed) for (const listener of [...this.listeners]) listener();
  }
}

/** SQL for the database's clock in milliseconds since the Unix epoch. */
export function databaseNow(dataSource: DataSource): string {
  return dataSource.options.type === 'postgres'
    ? '(extract(epoch from clock_timestamp()) * 1000)::bigint'
    : "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)";
}

/** Per projection, the process holding a live lease on it (none when it expired). */
export async function leaseHolders(dataSource: DataSource): Promise<Map<string, string>> {
  if (!dataSource.hasMetadata(ProjectionLease)) return new Map();
  const rows = await dataSource
    .getRepository(ProjectionLease)
    .createQueryBuilder('lease')
    .select('lease.projection', 'projection')
    .addSelect('lease.holder', 'holder')
    .where(`lease."expiresAt" > ${databaseNow(dataSource)}`)
    .getRawMany<{ projection: string; holder: string }>();
  return new Map(rows.map((row) => [row.projection, row.holder]));
}
