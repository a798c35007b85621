/**
 * Reading a V8 CPU profile (`node --cpu-prof`) of the api taken while a benchmark loaded it: the
 * self time of the samples inside the load's window, per request, grouped by where the code lives,
 * by function, and (with `inclusive`) by function with what it calls.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** The one .cpuprofile in `dir`, with its path. */
export function readProfile(dir: string): { profile: Profile; path: string } {
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile in ${dir}`);
  const path = join(dir, file);
  return { profile: JSON.parse(readFileSync(path, 'utf8')) as Profile, path };
}

/** node_modules/<package> or the project folder (apps/api/src/platform, libs/event-store…). */
function areaOf(url: string, name: string): string {
  if (url === '') return name.startsWith('(') ? name : `(native) ${name}`;
  const path = url.replace(/^file:\/\//, '');
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (modules?.[1]) return modules[1];
  if (path.startsWith('node:')) return path;
  const project = /\/(apps\/[^/]+\/src\/[^/]+|libs\/[^/]+\/src\/[^/]+)/.exec(path);
  return project?.[1] ?? path;
}

const functionOf = ({ functionName, url, lineNumber }: ProfileNode['callFrame']): string =>
  `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '').replace(/^.*\/(apps|libs)\//, '$1/')}:${lineNumber + 1}`;

/**
 * Self time per profile node of the samples taken between `fromUs` and `toUs` (the load; start-up
 * and shutdown left out). V8 stamps samples with the same monotonic clock as process.hrtime, in
 * every process of the machine.
 */
export function selfTimes(profile: Profile, fromUs: number, toUs: number): Map<number, number> {
  const self = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    at += delta;
    if (at >= fromUs && at <= toUs) self.set(id, (self.get(id) ?? 0) + delta);
  });
  return self;
}

/** Prints the window's self time per request by area and by function (and inclusive, if asked). */
export function summarise(
  profile: Profile,
  self: Map<number, number>,
  requests: number,
  { unit = 'µs/cmd', inclusive = false }: { unit?: string; inclusive?: boolean } = {},
): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parents.set(child, node.id);
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  const withCallees = new Map<string, number>();
  let total = 0;
  for (const [id, micros] of self) {
    const node = byId.get(id);
    if (!node) continue;
    total += micros;
    const area = areaOf(node.callFrame.url, node.callFrame.functionName);
    areas.set(area, (areas.get(area) ?? 0) + micros);
    const fn = functionOf(node.callFrame);
    functions.set(fn, (functions.get(fn) ?? 0) + micros);
    if (!inclusive) continue;
    // Each function on the sample's stack once (a recursive one is not counted twice).
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      const caller = byId.get(at);
      if (caller) onStack.add(functionOf(caller.callFrame));
    }
    for (const name of onStack) withCallees.set(name, (withCallees.get(name) ?? 0) + micros);
  }
  const print = (title: string, entries: Map<string, number>, top: number) => {
    console.log(`${title.padEnd(90)}${unit.padStart(9)}${'share'.padStart(8)}`);
    [...entries.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .forEach(([name, micros]) =>
        console.log(
          `${name.slice(0, 89).padEnd(90)}${(micros / requests).toFixed(0).padStart(9)}${((100 * micros) / total).toFixed(1).padStart(7)}%`,
        ),
      );
  };
  console.log(`${(total / 1e6).toFixed(1)} s of samples while the load ran`);
  print('self time by where the code lives', areas, 25);
  print('heaviest functions (self time)', functions, 30);
  if (inclusive) print('heaviest functions with what they call', withCallees, 50);
}
