/**
 * The case narrative in English: every sentence of a case's timeline and report as an ICU
 * MessageFormat text (https://unicode-org.github.io/icu/userguide/format_parse/messages/),
 * built by libs/read-models/src/narrative. The domain's terms in it are said by `terms`.
 */
export const NARRATIVE_EN: Readonly<Record<string, string>> = {
  'case.opened': 'A {kind} case was opened for {department} by {actor}: {summary}',
  'case.subjectNamed': '{subject} ({post}) was named a subject by {actor}.',
  'case.failureCited':
    'Failure {failureId} on {post} of {occurredAt} (adverse effect: {adverseEffect}; {vacant, select, true {the post was vacant} other {responsible: {responsible}}}) was cited as grounds by {actor}.',
  'case.accidentCited':
    'The accident {accidentId} of {occurredAt} (grade: {grade}) was cited as grounds by {actor}.',
  'case.deadlineSet': 'The investigation deadline was set to {dueAt} by {actor}.',
  'case.investigatorAssigned':
    'Investigator {investigator} was assigned{replacing, select, true { in place of {previous}} other {}} by {actor}.',
  'case.investigationStarted':
    'The investigation was started (investigator {investigator}) by {actor}.',
  'case.evidenceAttached':
    'Evidence was attached by {actor}: {description} (SHA-256 {contentHash}).',
  'case.hearingNoticeServed':
    'A hearing notice was served on {subject} by {actor}; the subject could answer until {respondBy}.',
  'case.statementRecorded': 'The statement of {subject} was recorded by {actor}: “{statement}”',
  'case.findingRecorded':
    '{subject} was found {responsible, select, true {responsible{kindGiven, select, true { ({responsibilityKind})} other {}}} other {not responsible}} by {recorder} {hearing, select, STATEMENT {after hearing the subject} NOTICE_UNANSWERED {after a hearing notice the subject left unanswered} other {without hearing the subject}}: {reasoning}{aggravatingCount, plural, =0 {} other {. Aggravating: {aggravating}}}{mitigatingCount, plural, =0 {} other {. Mitigating: {mitigating}}}',
  'case.circumstance': '{circumstance} ({note})',
  'case.sanctionWithdrawn':
    'The {sanction} of {subject} was withdrawn by {actor}: a new finding superseded it.',
  'case.sanctionDecided':
    '{measure, select, true {The measure {sanction}} other {A {sanction}}} was decided for {subject} by {decider}.',
  'case.decided':
    'The case was decided by {decider}; appeals may be filed until {appealWindowClosesAt}.',
  'case.appealWaived': '{subject} waived the appeal against the {sanction} (recorded by {actor}).',
  'case.appealFiled': '{subject} appealed against the {sanction} (filed by {actor}): {grounds}',
  'case.appealDecided':
    'The appeal of {subject} was decided by {decider}: {outcome, select, UPHELD {the {sanction} was upheld} SANCTION_REVOKED {the {sanction} was revoked} other {the {sanction} was changed to {changedSanction}}}. Reasoning: {reasoning}',
  'case.deadlineExtended':
    'The investigation deadline was extended by {days, plural, one {# day} other {# days}} to {dueAt} by {actor}: {reason}',
  'case.closed': 'The case was closed by {actor}: {reason}',
  'case.reopened':
    'The case was reopened ({reopening, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} reopening) by {actor}: {reason}',
  /** A sentence a timeline stored before it kept messages: said as it was stored. */
  'case.storedSentence': '{sentence}',
};
