import { createHash } from 'node:crypto';

/**
 * A Merkle tree as RFC 6962 (Certificate Transparency) builds it: leaves and inner nodes hashed
 * with distinct prefixes, a tree of n leaves split at the largest power of two below n. The root
 * commits to every leaf and its place; an inclusion proof of one leaf is log2(n) hashes.
 */

const sha256 = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();

export function leafHash(leaf: Buffer): Buffer {
  return sha256(Buffer.from([0]), leaf);
}

function nodeHash(left: Buffer, right: Buffer): Buffer {
  return sha256(Buffer.from([1]), left, right);
}

/** The largest power of two strictly below n (n ≥ 2). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** The root over leaf hashes (the hash of nothing for an empty tree). */
export function merkleRoot(leaves: readonly Buffer[]): Buffer {
  if (leaves.length === 0) return sha256();
  if (leaves.length === 1) return leaves[0] ?? sha256();
  const k = split(leaves.length);
  return nodeHash(merkleRoot(leaves.slice(0, k)), merkleRoot(leaves.slice(k)));
}

/** The sibling hashes from leaf `index` up to the root, lowest first (RFC 6962 audit path). */
export function inclusionProof(leaves: readonly Buffer[], index: number): Buffer[] {
  if (leaves.length <= 1) return [];
  const k = split(leaves.length);
  return index < k
    ? [...inclusionProof(leaves.slice(0, k), index), merkleRoot(leaves.slice(k))]
    : [...inclusionProof(leaves.slice(k), index - k), merkleRoot(leaves.slice(0, k))];
}

/** The root a leaf hash and its audit path lead to, in a tree of `size` leaves; undefined if the path cannot fit. */
export function rootFromProof(
  leaf: Buffer,
  index: number,
  size: number,
  path: readonly Buffer[],
): Buffer | undefined {
  if (index < 0 || index >= size) return undefined;
  if (size === 1) return path.length === 0 ? leaf : undefined;
  const sibling = path.at(-1);
  if (sibling === undefined) return undefined;
  const rest = path.slice(0, -1);
  const k = split(size);
  if (index < k) {
    const left = rootFromProof(leaf, index, k, rest);
    return left && nodeHash(left, sibling);
  }
  const right = rootFromProof(leaf, index - k, size - k, rest);
  return right && nodeHash(sibling, right);
}
