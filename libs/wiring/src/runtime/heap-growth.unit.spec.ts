jest.mock('node:v8', () => ({ setFlagsFromString: jest.fn() }));

import { setFlagsFromString } from 'node:v8';
import { HEAP_GROWING_PERCENT, boundHeapGrowth } from './heap-growth';

describe('boundHeapGrowth', () => {
  beforeEach(() => jest.mocked(setFlagsFromString).mockClear());

  it('tells V8 to grow the heap by at most HEAP_GROWING_PERCENT past the live heap', () => {
    expect(boundHeapGrowth(['-r', '@swc-node/register'])).toBe(true);
    expect(setFlagsFromString).toHaveBeenCalledWith(
      `--heap-growing-percent=${HEAP_GROWING_PERCENT}`,
    );
  });

  it('leaves a growth the process was started with alone', () => {
    expect(boundHeapGrowth(['--heap-growing-percent=20'])).toBe(false);
    expect(setFlagsFromString).not.toHaveBeenCalled();
  });
});
