/**
 * What the narrative says, before it is said in a language: a message id of the catalogues and
 * its parameters. Parameters are plain values, terms of the domain's vocabulary (said in words by
 * the catalogue), or other messages (a list of them is said as a list). A message is plain JSON,
 * so a read model may store it and render it when read, in the reader's language.
 */
export interface Message {
  readonly id: string;
  readonly params: Readonly<Record<string, MessageParam>>;
}

/** A code of one of the domain's lists (a measure, a hearing basis...), said in words. */
export interface Term {
  readonly term: string;
  readonly code: string;
}

export type MessageParam = string | number | boolean | Term | Message | readonly Message[];

export const message = (id: string, params: Message['params'] = {}): Message => ({ id, params });

export function isTerm(param: MessageParam): param is Term {
  return typeof param === 'object' && !Array.isArray(param) && 'term' in param;
}
