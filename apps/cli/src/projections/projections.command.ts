import {
  PROJECTIONS,
  listParked,
  projectionStatus,
  rebuildProjection,
  retryParked,
  verifyProjection,
} from '@dutyledger/read-models';
import { type Lang, translate } from '@dutyledger/i18n';
import type { CliCommand, CliOutput } from '../cli-command';
import { type Flags, UsageError } from '../command-line';
import {
  type ProjectionWorkspace,
  progressReporter,
  selectProjections,
  withWorkspace,
} from './projection-workspace';

const usage = 'projections status | parked | retry | rebuild | verify';

/** A command's output and the operator's language it is said in. */
interface Said {
  output: CliOutput;
  lang: Lang;
}

async function status(workspace: ProjectionWorkspace, { output, lang }: Said): Promise<number> {
  const report = await projectionStatus(workspace.readModels, workspace.store, PROJECTIONS);
  output.out(translate(lang, 'cli.projections.head', { position: String(report.headPosition) }));
  for (const projection of report.projections) {
    const lag = `${projection.lag}${projection.lagAtLeast ? '+' : ''}`;
    const row = {
      name: projection.name.padEnd(20),
      position: projection.position.padStart(10),
      lag: lag.padStart(5),
      parked: String(projection.parked),
      upToDate: projection.caughtUp ? 'yes' : 'no',
      running: projection.heldBy === null ? 'no' : 'yes',
      heldBy: projection.heldBy ?? '',
    };
    output.out(translate(lang, 'cli.projections.row', row));
  }
  return 0;
}

async function parked(workspace: ProjectionWorkspace, flags: Flags, { output, lang }: Said) {
  const projection = flags.get('projection');
  if (projection !== undefined) selectProjections(projection);
  const rows = await listParked(workspace.readModels, { projection, limit: 1000 });
  if (rows.length === 0) output.out(translate(lang, 'cli.projections.noParked'));
  for (const row of rows) {
    const { projection: name, position, eventType, eventId, parkedAt } = row;
    const error = row.error.split('\n')[0] ?? '';
    const values = {
      projection: name,
      position: String(position),
      eventType,
      eventId,
      parkedAt,
      error,
    };
    output.out(
      translate(lang, 'cli.projections.parkedRow', { id: String(row.id ?? '?'), ...values }),
    );
  }
  return 0;
}

/** Which parked events `retry` is asked for; checked before any store is opened. */
function retryTarget(flags: Flags): { id?: string; projection?: string } {
  const id = flags.get('id');
  const projection = flags.get('projection');
  if ((id === undefined) === (projection === undefined)) {
    throw new UsageError('cli.projections.retryTarget');
  }
  if (id !== undefined && !/^\d{1,12}$/.test(id)) {
    throw new UsageError('cli.projections.idInvalid', { id });
  }
  if (projection !== undefined) selectProjections(projection);
  return { id, projection };
}

async function retry(workspace: ProjectionWorkspace, flags: Flags, { output, lang }: Said) {
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
      output.out(translate(lang, 'cli.projections.applied', { id: String(parkedId) }));
    } else {
      failed++;
      const error = outcome.error.split('\n')[0] ?? '';
      output.out(translate(lang, 'cli.projections.failedAgain', { id: String(parkedId), error }));
    }
  }
  return failed === 0 ? 0 : 1;
}

async function rebuild(
  workspace: ProjectionWorkspace,
  name: string | undefined,
  { output, lang }: Said,
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
      onProgress: progressReporter(projection.name, (line) => output.err(line), lang),
    });
    const seconds = (Date.now() - started) / 1000;
    output.out(
      translate(lang, 'cli.projections.rebuilt', {
        name: projection.name,
        events: result.events,
        seconds: seconds.toFixed(1),
        position: String(result.position),
        parked: String(result.parked),
      }),
    );
  }
  return 0;
}

async function verify(
  workspace: ProjectionWorkspace,
  name: string | undefined,
  { output, lang }: Said,
) {
  let differing = 0;
  for (const projection of selectProjections(name)) {
    const result = await verifyProjection({
      store: workspace.store,
      live: workspace.readModels,
      database: workspace.database,
      projection,
      upcasters: workspace.upcasters,
      calendar: workspace.calendar,
      onProgress: progressReporter(projection.name, (line) => output.err(line), lang),
    });
    const at = { name: projection.name, position: String(result.position) };
    if (result.differences.length === 0) {
      output.out(translate(lang, 'cli.projections.verified', { ...at, rows: result.rows }));
      continue;
    }
    differing++;
    const rows = result.differences.length;
    output.out(translate(lang, 'cli.projections.differ', { ...at, rows }));
    for (const difference of result.differences.slice(0, 50)) {
      // The rows are data, shown as JSON; the words around them are the operator's.
      const { table, key } = difference;
      const rows = {
        live: JSON.stringify(difference.live),
        rebuilt: JSON.stringify(difference.rebuilt),
      };
      output.out(translate(lang, 'cli.projections.difference', { table, key, ...rows }));
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
  if (action === undefined || rules === undefined) {
    const actions = Object.keys(ACTIONS).join(', ');
    throw new UsageError('cli.projections.actionUnknown', { action: action ?? '', actions });
  }
  if (name !== undefined && !rules.name) {
    throw new UsageError('cli.projections.takesNoName', { action, name });
  }
  const stray = [...flags.keys()].find((flag) => !rules.flags.includes(flag));
  if (stray !== undefined) {
    throw new UsageError('cli.projections.takesNoFlag', { action, flag: `--${stray}` });
  }
  if (name !== undefined) selectProjections(name);
  if (action === 'retry') retryTarget(flags);
  if (action === 'parked' && flags.has('projection')) selectProjections(flags.get('projection'));
}

export const projectionsCommand: CliCommand = {
  name: 'projections',
  flags: ['projection', 'id'],
  words: { min: 1, max: 2 },
  usage,
  about: {
    key: 'cli.about.projections',
    values: { projections: PROJECTIONS.map((projection) => projection.name).join(', ') },
  },
  async run(words, flags, output, lang: Lang = 'en') {
    const [action, name] = words;
    checkAction(action, name, flags);
    const said = { output, lang };
    return withWorkspace(async (workspace) => {
      switch (action) {
        case 'status':
          return await status(workspace, said);
        case 'parked':
          return await parked(workspace, flags, said);
        case 'retry':
          return await retry(workspace, flags, said);
        case 'rebuild':
          return await rebuild(workspace, name, said);
        default:
          return await verify(workspace, name, said);
      }
    });
  },
};
