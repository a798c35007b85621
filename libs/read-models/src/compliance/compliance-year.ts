/** The first instant of `year` and of the year after (canonical UTC, comparable as strings). */
export function yearWindow(year: number): { start: string; end: string } {
  return {
    start: new Date(Date.UTC(year, 0, 1)).toISOString(),
    end: new Date(Date.UTC(year + 1, 0, 1)).toISOString(),
  };
}
