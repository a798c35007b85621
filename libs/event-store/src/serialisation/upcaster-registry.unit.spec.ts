import type { RecordedEvent } from '../port/envelope';
import { UpcasterRegistry } from './upcaster-registry';

function stored(type: string, schemaVersion: number, data: Record<string, unknown>): RecordedEvent {
  return {
    id: '9d6f3a9e-2f4a-4c51-9d43-5b8f0d1d2a10',
    type,
    schemaVersion,
    data,
    metadata: {
      actor: { id: 'alice', role: 'CASEWORKER' },
      correlationId: 'c',
      causationId: 'k',
      occurredAt: '2026-01-01T00:00:00.000Z',
      recordedAt: '2026-01-01T00:00:00.000Z',
    },
    stream: 'accident-1',
    revision: 0n,
    position: 1n,
    hash: 'h',
    previousHash: 'p',
  };
}

describe('UpcasterRegistry', () => {
  const registry = new UpcasterRegistry()
    .register('AccidentReported', 1, (data) => ({ ...data, directLossYuan: data.directLoss }))
    .register('AccidentReported', 2, ({ directLoss: _dropped, ...data }) => ({
      ...data,
      industry: 'unknown',
    }));

  it('reads a v1 event as the latest version, step by step', () => {
    const event = registry.upcast(stored('AccidentReported', 1, { deaths: 3, directLoss: 5 }));
    expect(event.schemaVersion).toBe(3);
    expect(event.data).toEqual({ deaths: 3, directLossYuan: 5, industry: 'unknown' });
  });

  it('leaves an event of the latest version as it is', () => {
    const latest = stored('AccidentReported', 3, { deaths: 1 });
    expect(registry.upcast(latest)).toBe(latest);
  });

  it('passes through types it does not know', () => {
    const other = stored('CaseOpened', 1, { a: 1 });
    expect(registry.upcast(other)).toBe(other);
  });

  it('refuses a version newer than the build knows', () => {
    expect(() => registry.upcast(stored('AccidentReported', 4, {}))).toThrow(
      'AccidentReported v4 is newer than this build knows (v3)',
    );
  });

  it('names a missing step', () => {
    const gappy = new UpcasterRegistry().declare('X', 3).register('X', 2, (data) => data);
    expect(() => gappy.upcast(stored('X', 1, {}))).toThrow('No upcaster for X from v1 to v2');
  });
});
