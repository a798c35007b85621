import canonicalize from 'canonicalize';

/**
 * The JSON Canonicalization Scheme of RFC 8785: object members sorted by the UTF-16 code units of
 * their names, no white space, numbers and strings written as ECMAScript writes them. Any JCS
 * implementation (in any language) writes the same text for the same JSON value, which is what
 * lets an auditor recompute a hash of the chain without this code. NaN and the infinities are
 * refused, as the RFC says.
 */
export function jcs(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined)
    throw new TypeError(`Cannot canonicalise a value of type ${typeof value}`);
  return text;
}
