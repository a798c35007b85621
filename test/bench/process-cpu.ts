/** What a benchmark reads of other processes from /proc (Linux): their CPU and their children. */
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on every Linux this runs on). */
const USER_HZ = 100;

/**
 * The CPU a process has used (user + system, all its threads), in ms; NaN where /proc is not.
 * Per request it is the process's own cost, whatever else the machine runs at the time: req/s on
 * a shared 2-core machine moves with the other work (the load generator included), this much less.
 */
export function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) from the last ')': utime, stime are 14, 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ;
  } catch {
    return Number.NaN;
  }
}

/** Every process under `pid` (the child projector, and what it starts). */
export function descendants(pid: number): number[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .split(' ')
      .filter((id) => id.trim() !== '')
      .map(Number);
  } catch {
    return [];
  }
  return children.flatMap((child) => [child, ...descendants(child)]);
}
