import { PNG } from 'pngjs';
import { createRng } from '../../src/domain/quiz/seeded-random';

export interface FibreTextureOptions {
  width: number;
  height: number;
  /** Muscle bundles (fascicles) across one tile, and fine fibrils. */
  bundles: number;
  fibrils: number;
  /** Normal map strength (slope multiplier). */
  strength: number;
  /** PRNG seed (the textures must be identical run to run). */
  seed: number;
}

const FIBRE_TEXTURE_DEFAULTS: FibreTextureOptions = {
  width: 128,
  height: 64,
  bundles: 6,
  fibrils: 24,
  strength: 1.4,
  seed: 20160101,
};

/**
 * A tileable height field of muscle fascicles running along y (the fibre direction): rounded
 * bundle ridges with jittered widths and a gentle periodic wobble, plus fine fibrils. Returns
 * the tangent-space normal map and a grey albedo (darker between bundles), both as PNG.
 */
export function fibreTextures(options: Partial<FibreTextureOptions> = {}): {
  normalPng: Uint8Array;
  albedoPng: Uint8Array;
} {
  const o = { ...FIBRE_TEXTURE_DEFAULTS, ...options };
  // The project's one seeded generator: the textures are identical run to run.
  const rng = createRng(o.seed);
  const rand = () => rng.next();
  const { width: W, height: H } = o;
  // bundle borders across the tile (fractions of the width, sorted, wrapping)
  const widths = Array.from({ length: o.bundles }, () => 0.7 + 0.6 * rand());
  const total = widths.reduce((a, b) => a + b, 0);
  const borders: number[] = [0];
  for (const w of widths) borders.push(borders[borders.length - 1]! + w / total);
  const wobblePhase = Array.from({ length: o.bundles + 1 }, () => rand() * Math.PI * 2);
  const fibrilPhase = Array.from({ length: o.fibrils }, () => rand() * Math.PI * 2);
  const height = (x: number, y: number): number => {
    const u = (((x / W) % 1) + 1) % 1;
    const v = (((y / H) % 1) + 1) % 1;
    // wobble the borders along the fibre (periodic in v so the tile repeats)
    let k = 0;
    while (
      k < o.bundles - 1 &&
      u > borders[k + 1]! + 0.012 * Math.sin(2 * Math.PI * v + wobblePhase[k + 1]!)
    )
      k++;
    const a = borders[k]! + 0.012 * Math.sin(2 * Math.PI * v + wobblePhase[k]!);
    const b = borders[k + 1]! + 0.012 * Math.sin(2 * Math.PI * v + wobblePhase[k + 1]!);
    const f = Math.min(Math.max((u - a) / (b - a), 0), 1);
    const ridge = Math.sqrt(Math.max(0, 1 - (2 * f - 1) ** 2));
    let fibril = 0;
    for (let i = 0; i < o.fibrils; i += 6) {
      fibril += Math.sin(
        2 * Math.PI * (u * o.fibrils + 0.08 * Math.sin(2 * Math.PI * v * 2 + fibrilPhase[i]!)),
      );
    }
    return ridge + 0.06 * (fibril / Math.ceil(o.fibrils / 6));
  };
  const normal = new PNG({ width: W, height: H });
  const albedo = new PNG({ width: W, height: H });
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const dx = (height(x + 1, y) - height(x - 1, y)) / 2;
      const dy = (height(x, y + 1) - height(x, y - 1)) / 2;
      const nx = -dx * o.strength * 4;
      const ny = -dy * o.strength * 4;
      const l = Math.hypot(nx, ny, 1);
      const i = 4 * (y * W + x);
      normal.data[i] = Math.round(((nx / l) * 0.5 + 0.5) * 255);
      // glTF normal maps: green up (+v); texture y grows downward in the image
      normal.data[i + 1] = Math.round(((-ny / l) * 0.5 + 0.5) * 255);
      normal.data[i + 2] = Math.round(((1 / l) * 0.5 + 0.5) * 255);
      normal.data[i + 3] = 255;
      const g = Math.round((0.72 + 0.28 * Math.min(1, height(x, y))) * 255);
      albedo.data[i] = g;
      albedo.data[i + 1] = g;
      albedo.data[i + 2] = g;
      albedo.data[i + 3] = 255;
    }
  }
  const opts = { colorType: 2 as const, deflateLevel: 9 };
  return {
    normalPng: new Uint8Array(PNG.sync.write(normal, opts)),
    albedoPng: new Uint8Array(PNG.sync.write(albedo, { colorType: 0 as const, deflateLevel: 9 })),
  };
}
