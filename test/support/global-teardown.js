/** Removes what the run shared between suites (the demo snapshot, see demo-world.ts). */
const { rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = async () => {
  const run = process.env.DUTYLEDGER_TEST_RUN;
  if (!run) return;
  rmSync(join(tmpdir(), `dutyledger-demo-${run}`), { recursive: true, force: true });
  rmSync(join(tmpdir(), `dutyledger-demo-${run}.lock`), { recursive: true, force: true });
};
