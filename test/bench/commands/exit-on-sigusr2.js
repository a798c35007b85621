// Preloaded into the api by profile.bench.ts: SIGUSR2 exits normally, so --cpu-prof writes its
// profile (a process killed by a signal writes none).
process.once('SIGUSR2', () => process.exit(0));
