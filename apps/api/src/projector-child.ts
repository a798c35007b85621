import { type ChildProcess, spawn } from 'node:child_process';
import { getPriority, setPriority } from 'node:os';
import { extname, join } from 'node:path';

/** How much nicer than the api the projector runs: it yields the CPU when both want it. */
export const PROJECTOR_NICENESS = 10;
/** The nicest a process can be. */
const NICEST = 19;

/** Lowers a process's CPU priority below the api's; where that is refused, it runs at the api's. */
function lowerPriority(pid: number): void {
  try {
    setPriority(pid, Math.min(NICEST, getPriority() + PROJECTOR_NICENESS));
  } catch {
    // Not permitted here (e.g. some containers): the projector runs at the api's priority.
  }
}

/** How long to wait before starting a projector that died again. */
const RESTART_MS = 1_000;

export interface ProjectorChild {
  /** Stops the projector (SIGTERM: it finishes its batch and gives its leases up). */
  stop(): Promise<void>;
}

/**
 * Runs the projector as a child process of the api (docs/decisions/0008): its batches never
 * share the api's event loop. It gets the api's environment, so it reads the same stores; it
 * logs to the api's stdout and stderr. One that dies is started again after a second; the
 * projection leases make a stray second projector harmless. It never outlives the api: it stops
 * when the IPC channel between them closes.
 */
export function startProjectorChild(log: (message: string) => void): ProjectorChild {
  // apps/api/src/main.(ts|js) → apps/projector/src/main.(ts|js), from sources or from dist/.
  const script = join(__dirname, '..', '..', 'projector', 'src', `main${extname(__filename)}`);
  let child: ChildProcess | undefined;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  const start = () => {
    child = spawn(process.execPath, [...process.execArgv, script], {
      env: { ...process.env, DUTYLEDGER_RUN_PROJECTOR: 'true' },
      // The IPC channel is how the child learns that the api is gone, even after a kill -9:
      // it closes with the api, and the projector then stops (apps/projector/src/main.ts).
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    // Catch-up is background work: on a machine with few cores, the api's answers come first.
    if (child.pid !== undefined) lowerPriority(child.pid);
    child.once('exit', (code, signal) => {
      child = undefined;
      if (stopping) return;
      log(`The projector process ended (${signal ?? `exit code ${code}`}); starting it again`);
      timer = setTimeout(start, RESTART_MS);
    });
  };
  start();
  const onExit = () => child?.kill('SIGTERM');
  process.once('exit', onExit);
  return {
    stop: () => {
      stopping = true;
      clearTimeout(timer);
      process.off('exit', onExit);
      const running = child;
      if (!running) return Promise.resolve();
      return new Promise((resolve) => {
        running.once('exit', () => resolve());
        running.kill('SIGTERM');
      });
    },
  };
}
