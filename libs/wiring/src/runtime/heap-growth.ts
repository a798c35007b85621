import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the heap grow past what the last full collection kept, in percent. Left to
 * itself, V8 sizes the heap from the machine's memory and, seeing fast collections, lets it grow
 * up to four times the live heap: a projector catching up (about 100 MB live, its garbage mostly
 * promoted TypeORM rows of finished batches) grew to 600 MB on a 24 GB machine. At 50 % the same
 * catch-up peaked at about 350 MB (test/bench/README.md). Unlike a ceiling
 * (--max-old-space-size), it never fails an allocation: it only collects sooner.
 */
export const HEAP_GROWING_PERCENT = 50;

const FLAG = '--heap-growing-percent';

/**
 * Bounds the heap's growth (the api and the projector call it first thing), unless the process was
 * started with its own `--heap-growing-percent`. V8 reads the setting at each full collection, so
 * setting it once the process runs takes effect.
 */
export function boundHeapGrowth(execArgv: readonly string[] = process.execArgv): boolean {
  if (execArgv.some((flag) => flag.startsWith(FLAG))) return false;
  setFlagsFromString(`${FLAG}=${HEAP_GROWING_PERCENT}`);
  return true;
}
