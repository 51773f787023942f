import { readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
const [name, x0f, y0f, x1f, y1f] = process.argv.slice(2);
const a = PNG.sync.read(readFileSync(`/tmp/dc-shots/${name}-before.png`));
const b = PNG.sync.read(readFileSync(`/tmp/dc-shots/${name}-after.png`));
const x0 = Math.round(a.width * Number(x0f)), x1 = Math.round(a.width * Number(x1f));
const y0 = Math.round(a.height * Number(y0f)), y1 = Math.round(a.height * Number(y1f));
const w = x1 - x0, h = y1 - y0;
const out = new PNG({ width: w * 2 + 8, height: h });
out.data.fill(255);
for (const [k, img] of [[0, a], [1, b]] as const)
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    const s = ((y + y0) * img.width + x + x0) * 4, d = (y * out.width + x + k * (w + 8)) * 4;
    for (let c = 0; c < 4; c++) out.data[d + c] = img.data[s + c]!;
  }
writeFileSync(`/tmp/dc-shots/${name}-crop.png`, PNG.sync.write(out));
