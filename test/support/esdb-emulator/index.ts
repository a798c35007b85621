/**
 * In-process EventStoreDB gRPC emulator: test support only, never a runtime option.
 *
 *   const emulator = await start();      // start({ batchAppend: false, maxAppendSize: n })
 *   const client = EventStoreDBClient.connectionString(emulator.connectionString);
 *                                        // emulator.port; esdb://127.0.0.1:PORT?tls=false
 *   emulator.reset();                    // between tests: no events, counts at zero,
 *                                        // open subscriptions ended (OK status)
 *   emulator.calls();                    // { serverFeatures, append, batchAppendCalls,
 *                                        //   batchAppends, read } since start/reset
 *   emulator.openSubscriptions();        // subscriptions the server still holds open
 *   await client.dispose();              // in afterAll, then:
 *   await emulator.stop();               // ends every open call; rejects if the emulator
 *                                        // hit an internal fault (its own bug)
 *
 * Serves the real `@eventstore/db-client` 6.2.x over real gRPC with the client's own generated
 * service definitions, following /work/shared/design/ESDB-SEMANTICS.md: ServerFeatures (reports
 * 23.10.0 and advertises BatchAppend), Append, BatchAppend, and Read: stream and `$all` reads in
 * both directions (`$all` filtered or not), stream and `$all` subscriptions (filters, checkpoints).
 *
 * Where it departs from a real server:
 * - memory only: no persistence, no scavenge; idempotency checks see the whole stream (a real
 *   server only remembers recent event ids);
 * - no Delete/Tombstone (UNIMPLEMENTED): no deleted streams, so no StreamDeletedError;
 * - no system streams or events of its own (`$`-streams hold only what clients write), no
 *   stream-metadata semantics ($maxAge, $maxCount, $tb, ACLs), no links (resolveLinkTos is
 *   ignored), no projections, persistent subscriptions, users, gossip or TLS; credentials are
 *   accepted and ignored;
 * - one node: never NotLeader, never fell_behind; UNAVAILABLE only from stop();
 * - filter regexes run as JavaScript regexes (a real server runs .NET ones);
 * - positions are synthetic (commit == prepare, gaps by record size); `created` has millisecond
 *   precision;
 * - an append of zero events always succeeds without writing, whatever its expected revision;
 * - the maximum append size counts data plus custom-metadata bytes;
 * - reset() and stop() end open subscriptions with an OK status (the client sees the stream
 *   end); stop() ends BatchAppend calls with UNAVAILABLE, as a server going away would.
 */
export { start, start as startEsdbEmulator, DEFAULT_MAX_APPEND_SIZE } from './esdb-emulator';
export type { EsdbEmulatorOptions, RunningEsdbEmulator } from './esdb-emulator';
export type { CallCounts } from './emulator-context';
export { EMULATED_SERVER_VERSION } from './server-features.handler';
