import {
  PROJECTIONS,
  listParked,
  projectionStatus,
  rebuildProjection,
  retryParked,
  verifyProjection,
} from '@dutyledger/read-models';
import type { CliCommand, CliOutput } from '../cli-command';
import { type Flags, UsageError } from '../command-line';
import {
  type ProjectionWorkspace,
  progressReporter,
  selectProjections,
  withWorkspace,
} from './projection-workspace';

const usage = `projections status | parked | retry | rebuild | verify
    projections status                  position, lag, parked count and the projector process
                                        holding each projection
    projections parked [--projection P] the parked (dead-letter) events, oldest first
    projections retry --id N | --projection P
                                        applies parked events again; they leave the list once applied
    projections rebuild [NAME]          replays the log from position zero into fresh tables and
                                        swaps them in atomically (all projections without NAME)
    projections verify [NAME]           rebuilds aside and reports every row that differs from the
                                        live read model; exit 1 when one does
    Projections: ${PROJECTIONS.map((projection) => projection.name).join(', ')}`;

const holder = (heldBy: string | null) => (heldBy === null ? 'not running' : `held by ${heldBy}`);

async function status(workspace: ProjectionWorkspace, output: CliOutput): Promise<number> {
  const report = await projectionStatus(workspace.readModels, workspace.store, PROJECTIONS);
  output.out(`head position ${report.headPosition}`);
  for (const projection of report.projections) {
    const lag = `${projection.lag}${projection.lagAtLeast ? '+' : ''}`;
    output.out(
      `${projection.name.padEnd(20)} position ${projection.position.padStart(10)}  lag ${lag.padStart(5)}  parked ${projection.parked}${projection.caughtUp ? '  up to date' : ''}  ${holder(projection.heldBy)}`,
    );
  }
  return 0;
}

async function parked(workspace: ProjectionWorkspace, flags: Flags, output: CliOutput) {
  const projection = flags.get('projection');
  if (projection !== undefined) selectProjections(projection);
  const rows = await listParked(workspace.readModels, { projection, limit: 1000 });
  if (rows.length === 0) output.out('No parked events.');
  for (const row of rows) {
    output.out(
      `#${row.id ?? '?'} ${row.projection} position ${row.position} ${row.eventType} ${row.eventId} parked ${row.parkedAt}: ${row.error.split('\n')[0] ?? ''}`,
    );
  }
  return 0;
}

/** Which parked events `retry` is asked for; checked before any store is opened. */
function retryTarget(flags: Flags): { id?: string; projection?: string } {
  const id = flags.get('id');
  const projection = flags.get('projection');
  if ((id === undefined) === (projection === undefined)) {
    throw new UsageError('projections retry needs exactly one of --id N or --projection NAME');
  }
  if (id !== undefined && !/^\d{1,12}$/.test(id)) {
    throw new UsageError('--id must be a whole number');
  }
  if (projection !== undefined) selectProjections(projection);
  return { id, projection };
}

async function retry(workspace: ProjectionWorkspace, flags: Flags, output: CliOutput) {
  const { id, projection } = retryTarget(flags);
  const ids =
    id !== undefined
      ? [Number(id)]
      : (await listParked(workspace.readModels, { projection, limit: 100_000 })).map(
          (row) => row.id ?? -1,
        );
  let failed = 0;
  for (const parkedId of ids) {
    const outcome = await retryParked(
      workspace.readModels,
      workspace.store,
      PROJECTIONS,
      workspace.upcasters,
      parkedId,
      workspace.calendar,
    );
    if (outcome.outcome === 'APPLIED') {
      output.out(`#${parkedId} applied`);
    } else {
      failed++;
      output.out(`#${parkedId} failed again: ${outcome.error.split('\n')[0] ?? ''}`);
    }
  }
  return failed === 0 ? 0 : 1;
}

async function rebuild(
  workspace: ProjectionWorkspace,
  name: string | undefined,
  output: CliOutput,
) {
  for (const projection of selectProjections(name)) {
    const started = Date.now();
    const result = await rebuildProjection({
      store: workspace.store,
      live: workspace.readModels,
      database: workspace.database,
      projection,
      upcasters: workspace.upcasters,
      calendar: workspace.calendar,
      onProgress: progressReporter(projection.name, (line) => output.err(line)),
    });
    const seconds = (Date.now() - started) / 1000;
    output.out(
      `${projection.name}: rebuilt from ${result.events} events in ${seconds.toFixed(1)} s, swapped in at position ${result.position}, ${result.parked} parked`,
    );
  }
  return 0;
}

async function verify(workspace: ProjectionWorkspace, name: string | undefined, output: CliOutput) {
  let differing = 0;
  for (const projection of selectProjections(name)) {
    const result = await verifyProjection({
      store: workspace.store,
      live: workspace.readModels,
      database: workspace.database,
      projection,
      upcasters: workspace.upcasters,
      calendar: workspace.calendar,
      onProgress: progressReporter(projection.name, (line) => output.err(line)),
    });
    if (result.differences.length === 0) {
      output.out(
        `${projection.name}: ok, ${result.rows} rows equal a rebuild at position ${result.position}`,
      );
      continue;
    }
    differing++;
    output.out(
      `${projection.name}: ${result.differences.length} rows differ from a rebuild at position ${result.position}`,
    );
    for (const difference of result.differences.slice(0, 50)) {
      output.out(
        `  ${difference.table} ${difference.key}\n    live:    ${JSON.stringify(difference.live)}\n    rebuilt: ${JSON.stringify(difference.rebuilt)}`,
      );
    }
  }
  return differing === 0 ? 0 : 1;
}

/** What each action takes besides its name: a projection NAME, and which flags. */
const ACTIONS: Readonly<Record<string, { name: boolean; flags: readonly string[] }>> = {
  status: { name: false, flags: [] },
  parked: { name: false, flags: ['projection'] },
  retry: { name: false, flags: ['id', 'projection'] },
  rebuild: { name: true, flags: [] },
  verify: { name: true, flags: [] },
};

/** The flags and words are parsed for the command as a whole; each action takes fewer. */
function checkAction(action: string | undefined, name: string | undefined, flags: Flags): void {
  const rules = action === undefined ? undefined : ACTIONS[action];
  if (rules === undefined) {
    throw new UsageError(`projections needs one of: ${Object.keys(ACTIONS).join(', ')}`);
  }
  if (name !== undefined && !rules.name) {
    throw new UsageError(`projections ${action} takes no projection name ("${name}")`);
  }
  const stray = [...flags.keys()].find((flag) => !rules.flags.includes(flag));
  if (stray !== undefined) throw new UsageError(`projections ${action} takes no --${stray}`);
  if (name !== undefined) selectProjections(name);
  if (action === 'retry') retryTarget(flags);
  if (action === 'parked' && flags.has('projection')) selectProjections(flags.get('projection'));
}

export const projectionsCommand: CliCommand = {
  name: 'projections',
  flags: ['projection', 'id'],
  words: { min: 1, max: 2 },
  usage,
  async run(words, flags, output) {
    const [action, name] = words;
    checkAction(action, name, flags);
    return withWorkspace(async (workspace) => {
      switch (action) {
        case 'status':
          return await status(workspace, output);
        case 'parked':
          return await parked(workspace, flags, output);
        case 'retry':
          return await retry(workspace, flags, output);
        case 'rebuild':
          return await rebuild(workspace, name, output);
        default:
          return await verify(workspace, name, output);
      }
    });
  },
};
