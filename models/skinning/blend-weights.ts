/**
 * Per-vertex skin weights for a chain of joints: each vertex gets a parameter `s` (for example
 * along a muscle, 0 at the origin, 1 at the insertion) and the chain gives the parameters where
 * control passes from one joint to the next; weights blend linearly over +-`blend` around them.
 */
export function chainWeights(
  params: ArrayLike<number>,
  crossings: readonly number[],
  blend: number,
): { jointIndices: Uint8Array; weights: Float32Array } {
  const n = params.length;
  const jointIndices = new Uint8Array(n * 4);
  const weights = new Float32Array(n * 4);
  for (let v = 0; v < n; v++) {
    const s = params[v]!;
    // find the segment: joint i owns (crossings[i-1], crossings[i])
    let i = 0;
    while (i < crossings.length && s > crossings[i]! + blend) i++;
    if (i < crossings.length && s > crossings[i]! - blend) {
      const w = (s - (crossings[i]! - blend)) / (2 * blend);
      const ws = w * w * (3 - 2 * w);
      jointIndices[4 * v] = i;
      jointIndices[4 * v + 1] = i + 1;
      weights[4 * v] = 1 - ws;
      weights[4 * v + 1] = ws;
    } else {
      jointIndices[4 * v] = i;
      weights[4 * v] = 1;
    }
  }
  return { jointIndices, weights };
}
