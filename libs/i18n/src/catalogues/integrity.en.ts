/**
 * What the verifiers find (libs/event-store, INTEGRITY_PROBLEMS), in English: one message per
 * problem code, said by the CLI (`verify`, `verify-bundle`) and by `GET /audit/verify` in the
 * reader's language. Hashes, ids and positions are said as they are.
 */
export const INTEGRITY_EN: Readonly<Record<string, string>> = {
  'bundle.eventNotJson': 'The event line is not valid JSON',
  'bundle.eventNotObject': 'The event line is not a JSON object',
  'bundle.eventFieldMissing': 'The event line has no {field}',
  'bundle.eventFieldNotDecimal': 'The event line has no decimal {field}',
  'bundle.eventFieldNotObject': 'The event line has no {field} object',
  'bundle.eventHashSchemeNotNumber': 'The event line has a non-numeric hashScheme',
  'bundle.revisionOutOfOrder':
    'Revision {revision} of {stream} comes where revision {expectedRevision} should: events are missing or out of order',
  'bundle.positionNotAfter':
    "Position {position} is not after the previous line's {previousPosition}",
  'bundle.hashMismatch':
    'The hash of event {eventId} ({stream} revision {revision}) does not match its content and predecessor: the event was altered',
  'bundle.previousHashMismatch':
    'The previousHash of event {eventId} ({stream} revision {revision}) is not the hash of the event before it: an event was altered, removed or inserted',
  'bundle.hashSchemeUnknown':
    'Event {eventId} ({stream} revision {revision}) names hash scheme {scheme}, which this version does not know: it cannot be verified',
  'bundle.manifestUnreadable':
    'Manifest: line 1 is not a case bundle manifest (JSON with format, caseId, streams…)',
  'bundle.formatUnknown': 'Manifest: format "{format}" is not {eventsOnlyFormat} or {reportFormat}',
  'bundle.reportMissing':
    "Manifest: format {format} carries a report '{' lang, mediaType, html '}'",
  'bundle.caseStreamMissing': 'Manifest: no stream {stream} for case {caseId}',
  'bundle.countMismatch': 'Manifest: {stream}: count is {listed}, the events give {found}',
  'bundle.headRevisionMismatch':
    'Manifest: {stream}: headRevision is {listed}, the events give {found}',
  'bundle.headHashMismatch': 'Manifest: {stream}: headHash is {listed}, the events give {found}',
  'bundle.streamUnlisted': 'Manifest: the events hold stream {stream}, which it does not list',
  'bundle.eventCountMismatch': 'Manifest: eventCount is {listed}, the bundle holds {found}',
  'bundle.contentDigestMismatch':
    'Manifest: contentSha256 does not match the manifest and event lines: a byte was changed',
  'checkpoint.malformed': 'it is not a DutyLedger log checkpoint',
  'checkpoint.keyUnreadable': 'its public key cannot be read',
  'checkpoint.keyNotEd25519': 'its key is not an Ed25519 key',
  'checkpoint.keyIdMismatch': 'its key id is not that of its key',
  'checkpoint.keyNotTrusted': 'it is signed by key {keyId}, not by the trusted key {trustedKeyId}',
  'checkpoint.signatureMismatch': 'its signature does not match its content',
  'checkpoint.headCutOff':
    'it signed revision {revision} of {stream} at position {position}, which the bundle lacks: events were cut off before the export',
  'checkpoint.streamUnproved':
    'it proves nothing of {stream}, which had events at its position {position}',
  'checkpoint.headReplaced':
    'at position {position} it signed revision {signedRevision} ({signedHash}) of {stream}; the bundle gives revision {revision} ({hash}): events were cut off or replaced before the export',
  'checkpoint.proofMismatch': 'its proof of {stream} does not lead to the signed root',
  'checkpoint.proofOfAbsentStream': 'it proves {stream}, which the bundle does not hold',
  'checkpoint.headsNotSigned': 'its heads are not the ones it signed',
  'checkpoint.revisionLacking':
    'it signed revision {revision} of {stream} at position {position}, which the bundle lacks: the store was rolled back or the stream cut',
  'checkpoint.revisionHashDiffers':
    "it signed revision {revision} of {stream} as {signedHash}; the bundle's is {hash}",
  'chain.hashMismatch':
    'the hash of event {eventId} ({stream} revision {revision}) does not match its content and predecessor: the event was altered (expected {expected}, found {found})',
  'chain.previousHashMismatch':
    'the previousHash of event {eventId} ({stream} revision {revision}) is not the hash of the event before it: an event was altered, removed or inserted (expected {expected}, found {found})',
  'chain.hashSchemeUnknown':
    'event {eventId} ({stream} revision {revision}) names hash scheme {scheme}, which this version does not know: it cannot be verified (its hash {found})',
  'chain.eventUnreadable':
    'the stored event {eventId} ({stream} revision {revision}) cannot be read: {reason}',
  'checkpoint.storeRolledBack':
    'rolled back: the store ends at position {end}, before position {position} that was signed on {recordedAt}',
  'checkpoint.storeHeadsDiffer':
    'the stream heads at position {position} are not those signed on {recordedAt}: events at or before it were removed, replaced or added ({events} events now, {signedEvents} signed)',
  'checkpoint.logUnreadable':
    'the log cannot be read past position {position}: the stored event {eventId} ({stream} revision {revision}) cannot be read: {reason}',
};
