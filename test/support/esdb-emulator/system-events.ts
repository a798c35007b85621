/**
 * What a real server writes to `$all` of its own accord, so that readers meet it as they would in
 * production: at start the default users, the settings and the stats stream's metadata; then,
 * now and then, statistics (a server writes `$statsCollected` every 30 s; here it comes after
 * every few client writes, so that tests stay deterministic).
 */
import { randomUUID } from 'node:crypto';
import { METADATA_EVENT_TYPE } from './stream-metadata';
import type { ProposedEvent } from './recorded-event';

export const STATS_STREAM = '$stats-127.0.0.1:2113';

/** One system write: a stream and its events. */
export interface SystemWrite {
  readonly streamName: string;
  readonly events: ProposedEvent[];
}

const json = (type: string, data: unknown): ProposedEvent => ({
  id: randomUUID(),
  type,
  contentType: 'application/json',
  data: new Uint8Array(Buffer.from(JSON.stringify(data), 'utf8')),
  customMetadata: new Uint8Array(),
});

export function startupWrites(): SystemWrite[] {
  return [
    {
      streamName: '$user-admin',
      events: [
        json('$User', {
          loginName: 'admin',
          fullName: 'Event Store Administrator',
          groups: ['$admins'],
        }),
      ],
    },
    { streamName: '$users', events: [json('$User', 'admin')] },
    {
      streamName: '$user-ops',
      events: [
        json('$User', { loginName: 'ops', fullName: 'Event Store Operations', groups: ['$ops'] }),
      ],
    },
    { streamName: '$users', events: [json('$User', 'ops')] },
    {
      streamName: '$settings',
      events: [
        json('$settings', {
          $userStreamAcl: { $r: '$all', $w: '$all' },
          $systemStreamAcl: { $r: '$admins', $w: '$admins' },
        }),
      ],
    },
    { streamName: `$$${STATS_STREAM}`, events: [json(METADATA_EVENT_TYPE, { $maxAge: 86400 })] },
    statsWrite(),
  ];
}

export function statsWrite(): SystemWrite {
  return {
    streamName: STATS_STREAM,
    events: [
      json('$statsCollected', { 'proc-startTime': new Date().toISOString(), 'es-queue-count': 0 }),
    ],
  };
}
