import type { AppendReq, BatchAppendReq } from './proto';
import { normaliseContentType, type ProposedEvent } from './recorded-event';
import { InvalidRequest } from './grpc-errors';
import { uuidFromWire } from './uuid';

type ProposedMessage = AppendReq.ProposedMessage | BatchAppendReq.ProposedMessage;

export type DecodedProposal =
  | { readonly kind: 'events'; readonly events: ProposedEvent[]; readonly size: number }
  | { readonly kind: 'missing_required_metadata' };

/**
 * Validates proposed messages: `type` and `content-type` are both required, the id may come in
 * string or structured form. `size` counts data and custom-metadata bytes, the total data that
 * the maximum append size limits.
 */
export function decodeProposal(messages: readonly ProposedMessage[]): DecodedProposal {
  const events: ProposedEvent[] = [];
  let size = 0;
  for (const message of messages) {
    const metadata = message.getMetadataMap();
    const type = metadata.get('type');
    const contentType = metadata.get('content-type');
    if (type === undefined || contentType === undefined) {
      return { kind: 'missing_required_metadata' };
    }
    const id = uuidFromWire(message.getId());
    if (id === undefined) throw new InvalidRequest('A proposed event has no valid id');
    const data = message.getData_asU8().slice();
    const customMetadata = message.getCustomMetadata_asU8().slice();
    size += data.byteLength + customMetadata.byteLength;
    events.push({ id, type, contentType: normaliseContentType(contentType), data, customMetadata });
  }
  return { kind: 'events', events, size };
}
