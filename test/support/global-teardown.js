/** Removes what the run shared between suites (the demo snapshot, see demo-world.ts; the build, run-build.ts). */
const { rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = async () => {
  const run = process.env.DUTYLEDGER_TEST_RUN;
  if (!run) return;
  rmSync(join(tmpdir(), `dutyledger-demo-${run}`), { recursive: true, force: true });
  rmSync(join(tmpdir(), `dutyledger-demo-${run}.lock`), { recursive: true, force: true });
  const root = join(__dirname, '..', '..');
  rmSync(join(root, `.build-test-run-${run}`), { recursive: true, force: true });
  rmSync(join(root, `.build-test-run-${run}.lock`), { recursive: true, force: true });
};
