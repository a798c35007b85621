/** Small measuring kit for the benchmarks: latency percentiles and rates, printed plainly. */
export interface Figures {
  label: string;
  operations: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return 0;
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)] ?? 0;
}

export function figures(label: string, latenciesMs: number[], seconds: number): Figures {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return {
    label,
    operations: latenciesMs.length,
    seconds,
    perSecond: latenciesMs.length / seconds,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
  };
}

export function printTable(rows: readonly Figures[]): void {
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(44) : cell.padStart(12))).join('');
  console.log(line(['scenario', 'ops', 'ops/s', 'p50 ms', 'p99 ms']));
  for (const row of rows) {
    console.log(
      line([
        row.label,
        String(row.operations),
        row.perSecond.toFixed(0),
        row.p50Ms.toFixed(3),
        row.p99Ms.toFixed(3),
      ]),
    );
  }
}

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
