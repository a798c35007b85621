import { inclusionProof, leafHash, merkleRoot, rootFromProof } from './merkle-tree';

const leaves = (n: number) =>
  Array.from({ length: n }, (_, i) => leafHash(Buffer.from(`leaf ${i}`)));

describe('the Merkle tree of stream heads', () => {
  it('proves every leaf of trees of every size from 1 to 17 up to their root', () => {
    for (let size = 1; size <= 17; size++) {
      const tree = leaves(size);
      const root = merkleRoot(tree);
      tree.forEach((leaf, index) => {
        expect(rootFromProof(leaf, index, size, inclusionProof(tree, index))).toEqual(root);
      });
    }
  });

  it('changes its root when any leaf changes, moves or goes', () => {
    const tree = leaves(7);
    const root = merkleRoot(tree).toString('hex');
    const other = leafHash(Buffer.from('another'));
    for (let index = 0; index < tree.length; index++) {
      const changed = tree.map((leaf, i) => (i === index ? other : leaf));
      expect(merkleRoot(changed).toString('hex')).not.toBe(root);
    }
    expect(merkleRoot(tree.slice(0, 6)).toString('hex')).not.toBe(root);
    expect(merkleRoot([...tree].reverse()).toString('hex')).not.toBe(root);
  });

  it('refuses a proof for another leaf or index, or one that does not fit the size', () => {
    const tree = leaves(6);
    const root = merkleRoot(tree);
    const proof = inclusionProof(tree, 2);
    const leaf = tree[2] ?? Buffer.alloc(0);
    expect(rootFromProof(tree[3] ?? leaf, 2, 6, proof)).not.toEqual(root);
    expect(rootFromProof(leaf, 3, 6, proof)).not.toEqual(root);
    expect(rootFromProof(leaf, 2, 6, proof.slice(1))).toBeUndefined();
    expect(rootFromProof(leaf, 9, 6, proof)).toBeUndefined();
  });
});
