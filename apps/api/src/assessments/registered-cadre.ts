import { UnknownEntityError, cadreDecider, cadreStream } from '@dutyledger/domain';
import type { Ledger } from '@dutyledger/ledger';

/** Throws UnknownEntityError (404) unless the cadre is registered. */
export async function requireRegisteredCadre(ledger: Ledger, cadreId: string): Promise<void> {
  const { state } = await ledger.load(cadreStream(cadreId), cadreDecider);
  if (state.status !== 'REGISTERED') throw new UnknownEntityError('cadre', cadreId);
}
