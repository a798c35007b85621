/**
 * In-process EventStoreDB gRPC emulator: test support only, never a runtime option.
 *
 *   const emulator = await start();      // start({ batchAppend, maxAppendSize, commitRecords,
 *                                        //   systemEvents, statsEvery, clock })
 *   const client = EventStoreDBClient.connectionString(emulator.connectionString);
 *                                        // emulator.port; esdb://127.0.0.1:PORT?tls=false
 *   emulator.reset();                    // between tests: no client events, counts at zero,
 *                                        // open subscriptions ended (OK status), the startup
 *                                        // system events written again
 *   emulator.calls();                    // { serverFeatures, append, batchAppendCalls,
 *                                        //   batchAppends, read, delete, tombstone }
 *   emulator.openSubscriptions();        // subscriptions the server still holds open
 *   await client.dispose();              // in afterAll, then:
 *   await emulator.stop();               // ends every open call; rejects if the emulator
 *                                        // hit an internal fault (its own bug)
 *
 * Serves the real `@eventstore/db-client` 6.2.x over real gRPC with the client's own generated
 * service definitions, following what a 23.10 server does (read from the server's and the client's
 * own sources and tests): ServerFeatures (reports 23.10.0 and advertises BatchAppend), Append,
 * BatchAppend, Delete (soft: reads answer stream_not_found, a later append continues the
 * revisions and undeletes), Tombstone (hard: reads, appends, deletes and the metastream fail with
 * StreamDeleted; a `$streamDeleted` record goes to `$all`), and Read: stream and `$all` reads in
 * both directions (`$all` filtered or not), stream and `$all` subscriptions (filters, checkpoints
 * counted on from catch-up into live). Stream reads apply `$tb`, `$maxCount` and `$maxAge` from
 * the last `$metadata` event of `$$name`; `$>` links are resolved with resolveLinkTos (target in
 * `event`, link in `link`, only the link when the target cannot be read). The log holds the
 * system events a server writes (users, settings, stats and its metadata) from the start, and a
 * `$statsCollected` after every `statsEvery` client writes. With `commitRecords`, appends are
 * committed by a commit record as before 20.6: their events share one commit position and keep
 * their own prepare positions.
 *
 * Where it departs from a real server:
 * - memory only: no persistence, no scavenge (so `$all` keeps every event; so does a server's
 *   until it scavenges); idempotency checks see the whole stream (a real server only remembers
 *   recent event ids);
 * - no ACLs, projections, persistent subscriptions, users, gossip or TLS; credentials are
 *   accepted and ignored; `$maxAge` hides events by their `created` time, page boundaries of a
 *   real server's reads are not reproduced;
 * - one node: never NotLeader, never fell_behind; UNAVAILABLE only from stop();
 * - filter regexes run as JavaScript regexes (a real server runs .NET ones);
 * - positions are synthetic (gaps by record size); `created` has millisecond precision; stats
 *   events come by count, not every 30 s;
 * - an append of zero events always succeeds without writing, whatever its expected revision;
 * - the maximum append size counts data plus custom-metadata bytes;
 * - reset() and stop() end open subscriptions with an OK status (the client sees the stream
 *   end); stop() ends BatchAppend calls with UNAVAILABLE, as a server going away would.
 */
export {
  start,
  start as startEsdbEmulator,
  DEFAULT_MAX_APPEND_SIZE,
  DEFAULT_STATS_EVERY,
} from './esdb-emulator';
export type { EsdbEmulatorOptions, RunningEsdbEmulator } from './esdb-emulator';
export type { CallCounts } from './emulator-context';
export { EMULATED_SERVER_VERSION } from './server-features.handler';
