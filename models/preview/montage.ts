import { readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

/**
 * Puts PNGs side by side, each shrunk by an integer factor, so several views can be compared in
 * one picture. Usage: tsx models/preview/montage.ts out.png factor a.png b.png ...
 */
const [out, factorArg, ...files] = process.argv.slice(2);
if (!out || !factorArg || files.length === 0) {
  console.error('usage: tsx models/preview/montage.ts out.png factor a.png [b.png ...]');
  process.exit(1);
}
const f = Number(factorArg);
const images = files.map((file) => PNG.sync.read(readFileSync(file)));
const cellW = Math.max(...images.map((i) => Math.floor(i.width / f)));
const cellH = Math.max(...images.map((i) => Math.floor(i.height / f)));
const result = new PNG({ width: cellW * images.length, height: cellH });
images.forEach((img, k) => {
  for (let y = 0; y < Math.floor(img.height / f); y++)
    for (let x = 0; x < Math.floor(img.width / f); x++) {
      const acc = [0, 0, 0, 0];
      for (let dy = 0; dy < f; dy++)
        for (let dx = 0; dx < f; dx++) {
          const o = 4 * ((y * f + dy) * img.width + x * f + dx);
          for (let c = 0; c < 4; c++) acc[c]! += img.data[o + c]!;
        }
      const d = 4 * (y * result.width + k * cellW + x);
      for (let c = 0; c < 4; c++) result.data[d + c] = acc[c]! / (f * f);
    }
});
writeFileSync(out, PNG.sync.write(result));
