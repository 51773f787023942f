import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import * as catalogue from '../../src/scene/three-catalogue';

const SCENE = resolve(import.meta.dirname, '../../src/scene');

/** Lowercase JSX tags of the scene whose PascalCase name is a three.js class (`<mesh>` → Mesh). */
function threeElementsUsed(): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of readdirSync(SCENE).filter((f) => f.endsWith('.tsx'))) {
    const source = readFileSync(join(SCENE, file), 'utf8');
    for (const match of source.matchAll(/<([a-z][A-Za-z0-9]*)[\s/>]/g)) {
      const tag = match[1] ?? '';
      const className = tag[0]?.toUpperCase() + tag.slice(1);
      if (tag !== 'primitive' && className in THREE) used.set(className, file);
    }
  }
  return used;
}

describe('the three.js catalogue of the production <Canvas>', () => {
  it('lists every three.js class the scene writes as a JSX element', () => {
    const used = threeElementsUsed();
    // The scan must see the elements it guards, or it proves nothing.
    expect([...used.keys()]).toEqual(expect.arrayContaining(['Mesh', 'Group']));
    const missing = [...used]
      .filter(([name]) => !(name in catalogue))
      .map(([name, file]) => `${name} (used in src/scene/${file})`);
    expect(missing, 'add these to src/scene/three-catalogue.ts').toEqual([]);
  });

  it('lists nothing the scene does not use (each entry keeps its class in the bundle)', () => {
    const used = threeElementsUsed();
    expect(Object.keys(catalogue).filter((name) => !used.has(name))).toEqual([]);
  });
});
