/**
 * jest's node environment, made quiet: what the code under test writes to `process.stdout` and
 * `process.stderr` (the api's JSON log lines, Nest's lines) is kept, one test at a time, and
 * printed only when that test fails, or a hook does. A passing run prints jest's report alone.
 *
 * Only the tests' `process` is given these streams: jest's own output and `console` in a test
 * are untouched. `DUTYLEDGER_TEST_LOGS=show` lets everything through as it is written.
 */
const { Writable } = require('node:stream');
const { TestEnvironment } = require('jest-environment-node');

/** The most lines kept for one test (a fuzz test makes thousands of requests): the last ones. */
const MOST_LINES = 2000;

class QuietEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.testPath = context.testPath;
    this.lines = [];
    this.dropped = 0;
  }

  async setup() {
    await super.setup();
    if (process.env.DUTYLEDGER_TEST_LOGS === 'show') return;
    for (const name of ['stdout', 'stderr']) {
      const sink = new Writable({
        decodeStrings: false,
        write: (chunk, _encoding, done) => {
          this.keep(String(chunk));
          done();
        },
      });
      Object.defineProperty(this.global.process, name, { configurable: true, get: () => sink });
    }
  }

  keep(text) {
    for (const line of text.split('\n')) {
      if (line === '') continue;
      this.lines.push(line);
      if (this.lines.length > MOST_LINES) {
        this.lines.shift();
        this.dropped++;
      }
    }
  }

  /** What was kept since the last test ended goes to the real stderr, under a heading. */
  show(what) {
    if (this.lines.length === 0) return;
    const relative = this.testPath.replace(`${process.cwd()}/`, '');
    const heading = `\n── log of ${what} (${relative})`;
    const dropped = this.dropped > 0 ? `\n   … ${this.dropped} earlier lines left out` : '';
    process.stderr.write(`${heading}${dropped}\n${this.lines.join('\n')}\n── end of log\n`);
  }

  forget() {
    this.lines = [];
    this.dropped = 0;
  }

  handleTestEvent(event) {
    if (event.name === 'test_done') {
      if (event.test.errors.length > 0) this.show(`the failing test “${fullName(event.test)}”`);
      this.forget();
    } else if (event.name === 'hook_failure') {
      this.show(`the failing ${event.hook.type} hook`);
      this.forget();
    }
  }
}

function fullName(test) {
  const names = [];
  for (let block = test; block && block.name !== 'ROOT_DESCRIBE_BLOCK'; block = block.parent) {
    names.unshift(block.name);
  }
  return names.join(' › ');
}

module.exports = QuietEnvironment;
