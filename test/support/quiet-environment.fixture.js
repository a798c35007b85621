// Run by quiet-environment.int.spec.ts in a jest of its own: not a test of the project.
describe('a file with passing and failing tests', () => {
  it('passes', () => {
    process.stdout.write('written by the passing test\n');
  });

  it('fails', () => {
    process.stdout.write('written by the failing test\n');
    process.stderr.write('warned by the failing test\n');
    expect('the answer').toBe('another answer');
  });
});

describe('a block whose set-up fails', () => {
  beforeAll(() => {
    process.stdout.write('written by the failing hook\n');
    throw new Error('set-up failed');
  });

  it('never runs', () => undefined);
});
