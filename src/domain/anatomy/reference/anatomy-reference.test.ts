import { describe, expect, it } from 'vitest';
import { BONE_IDS } from '../bones';
import { CONTEXT_MUSCLE_IDS } from '../context-muscles';
import { LANDMARK_IDS } from '../landmarks';
import { LAYER_IDS } from '../layers';
import { MUSCLES } from '../muscles';
import { NERVES } from '../nerves';
import {
  ANATOMY_REFERENCES,
  anatomyReferenceFor,
  findAnatomyReference,
  isAnatomyReferenceId,
  LANDMARK_REFERENCE,
  landmarkReferenceFor,
} from './anatomy-reference';
import {
  type AnatomyReference,
  type BoneReference,
  EXTRA_NERVE_IDS,
  type MuscleReference,
  type NerveReference,
  PLANES,
} from './reference-types';
import { ANATOMY_SOURCES, SOURCE_IDS } from './sources';

const ROOT_PATTERN = /^(L[1-5]|S[1-4])$/;

const muscles = ANATOMY_REFERENCES.filter(
  (r): r is MuscleReference => r.kind === 'muscle' || r.kind === 'tendon',
);
const bones = ANATOMY_REFERENCES.filter((r): r is BoneReference => r.kind === 'bone');
const nerves = ANATOMY_REFERENCES.filter(
  (r): r is NerveReference => r.kind === 'nerve' || r.kind === 'nerve-plexus',
);

/** Every piece of card text in a record, labelled for failure messages. */
function textsOf(record: AnatomyReference): [string, string][] {
  const texts: [string, string][] = [
    ['nameEn', record.nameEn],
    ['nameLatin', record.nameLatin],
    ['plainName', record.plainName],
    ['clinicalNote', record.clinicalNote],
    ['patientDescription', record.patientDescription],
    ...record.uncertain.map((u, i): [string, string] => [`uncertain[${i}]`, u]),
  ];
  switch (record.kind) {
    case 'muscle':
    case 'tendon':
      texts.push(['origin', record.origin], ['insertion', record.insertion]);
      texts.push(['layerNote', record.layerNote]);
      for (const plane of PLANES) {
        for (const [i, a] of record.actions[plane].entries()) {
          texts.push([`actions.${plane}[${i}]`, a]);
        }
      }
      break;
    case 'bone':
      texts.push(['summary', record.summary]);
      for (const k of record.keyLandmarks) texts.push([`keyLandmarks.${k.landmarkId}`, k.note]);
      break;
    case 'nerve':
    case 'nerve-plexus':
      texts.push(['origin', record.origin], ['course', record.course]);
      break;
  }
  return texts;
}

describe('anatomy reference: coverage of the vocabulary', () => {
  it('has a record for every muscle, the iliotibial band, every bone, every nerve and every context muscle', () => {
    const ids = [
      ...MUSCLES.map((m) => m.id),
      ...CONTEXT_MUSCLE_IDS,
      ...BONE_IDS,
      ...NERVES.map((n) => n.id),
      ...EXTRA_NERVE_IDS,
    ];
    for (const id of ids) {
      expect(findAnatomyReference(id), `record for ${id}`).toBeDefined();
      expect(anatomyReferenceFor(id).id).toBe(id);
    }
    expect(ANATOMY_REFERENCES).toHaveLength(ids.length);
  });

  it('has unique ids', () => {
    const ids = ANATOMY_REFERENCES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('types lookups by kind, so a missing or wrong id is a compile error', () => {
    const femur: BoneReference = anatomyReferenceFor('femur');
    const medius: MuscleReference = anatomyReferenceFor('gluteus-medius');
    const plexus: NerveReference = anatomyReferenceFor('lumbar-plexus');
    expect([femur.id, medius.id, plexus.id]).toEqual(['femur', 'gluteus-medius', 'lumbar-plexus']);
    // @ts-expect-error: 'pelvis' is not a vocabulary id (the hip bone is 'hip-bone').
    expect(() => anatomyReferenceFor('pelvis')).toThrow(
      /anatomy-reference: no record for "pelvis"/,
    );
  });

  it('types lookups by kind and rejects unknown ids at run time', () => {
    expect(anatomyReferenceFor('femur').kind).toBe('bone');
    expect(anatomyReferenceFor('gluteus-medius').innervation?.nerveId).toBe(
      'superior-gluteal-nerve',
    );
    expect(anatomyReferenceFor('sciatic-nerve').roots).toEqual(['L4', 'L5', 'S1', 'S2', 'S3']);
    expect(findAnatomyReference('pelvis')).toBeUndefined();
    expect(isAnatomyReferenceId('hip-bone')).toBe(true);
    expect(isAnatomyReferenceId('toString')).toBe(false);
    expect(isAnatomyReferenceId(42)).toBe(false);
  });

  it('keeps the kind, tissue and layer of the vocabulary', () => {
    for (const m of MUSCLES) {
      const record = anatomyReferenceFor(m.id);
      expect(record.kind, m.id).toBe(m.tissue === 'tendon' ? 'tendon' : 'muscle');
      expect(record.layer, m.id).toBe(m.layer);
    }
    for (const bone of bones) expect(bone.layer, bone.id).toBe('bones');
    for (const nerve of nerves) expect(nerve.layer, nerve.id).toBe('nerves');
    for (const r of ANATOMY_REFERENCES) expect(LAYER_IDS).toContain(r.layer);
  });
});

describe('anatomy reference: sources', () => {
  it('gives every record at least one source with a valid web address', () => {
    for (const record of ANATOMY_REFERENCES) {
      const linked = record.sources.filter((s) => s.url !== null);
      expect(linked.length, `${record.id} has a linked source`).toBeGreaterThan(0);
      for (const s of linked) expect(() => new URL(s.url ?? ''), s.id).not.toThrow();
    }
  });

  it('resolves sources to full entries without duplicates', () => {
    for (const record of ANATOMY_REFERENCES) {
      const ids = record.sources.map((s) => s.id);
      expect(new Set(ids).size, `${record.id} lists a source twice`).toBe(ids.length);
      for (const s of record.sources) {
        expect(s.title.length, s.id).toBeGreaterThan(0);
        expect(s).toMatchObject(ANATOMY_SOURCES[s.id]);
      }
    }
  });

  it('uses every source at least once (no orphan entries)', () => {
    const used = new Set([
      ...ANATOMY_REFERENCES.flatMap((r) => r.sources.map((s) => s.id)),
      ...Object.values(LANDMARK_REFERENCE).flatMap((l) => l.sources.map((s) => s.id)),
    ]);
    expect(SOURCE_IDS.filter((id) => !used.has(id))).toEqual([]);
  });

  it('keeps provenance addresses parseable and distinct from the link', () => {
    for (const id of SOURCE_IDS) {
      const source: { url: string | null; via?: string } = ANATOMY_SOURCES[id];
      if (source.via !== undefined) {
        expect(() => new URL(source.via ?? ''), id).not.toThrow();
        expect(source.via, id).not.toBe(source.url);
      }
    }
  });
});

describe('anatomy reference: nerves and roots', () => {
  it('uses only roots L1–L5 and S1–S4', () => {
    for (const m of muscles) {
      for (const root of m.innervation?.roots ?? []) expect(root, m.id).toMatch(ROOT_PATTERN);
    }
    for (const n of nerves) {
      expect(n.roots.length, n.id).toBeGreaterThan(0);
      for (const root of n.roots) expect(root, n.id).toMatch(ROOT_PATTERN);
    }
  });

  it('agrees with the roots of the vocabulary nerves', () => {
    for (const n of NERVES) {
      const record = anatomyReferenceFor(n.id);
      expect(record.roots, n.id).toEqual(n.roots);
      expect(record.inModel, n.id).toBe(true);
    }
    for (const id of EXTRA_NERVE_IDS) expect(anatomyReferenceFor(id).inModel, id).toBe(false);
  });

  it('resolves every muscle nerve to a nerve record that lists the muscle back', () => {
    for (const m of muscles) {
      if (m.kind === 'tendon') {
        expect(m.innervation, m.id).toBeNull();
        continue;
      }
      const innervation = m.innervation;
      expect(innervation, m.id).not.toBeNull();
      if (!innervation) continue;
      expect(innervation.roots.length, m.id).toBeGreaterThan(0);
      if (innervation.nerveId === null) continue; // nerve to piriformis: no card of its own
      const nerve = findAnatomyReference(innervation.nerveId);
      expect(nerve?.kind === 'nerve' || nerve?.kind === 'nerve-plexus', m.id).toBe(true);
      if (nerve?.kind !== 'nerve' && nerve?.kind !== 'nerve-plexus') continue;
      expect(nerve.suppliedMuscleIds, `${nerve.id} supplies ${m.id}`).toContain(m.id);
      for (const root of innervation.roots) {
        expect(nerve.roots, `${m.id} root ${root} is carried by ${nerve.id}`).toContain(root);
      }
    }
  });

  it('resolves supplied muscles and branch nerves to records', () => {
    for (const n of nerves) {
      for (const muscleId of n.suppliedMuscleIds) {
        const muscle = anatomyReferenceFor(muscleId);
        expect(muscle.innervation?.nerveId, `${muscleId} names ${n.id}`).toBe(n.id);
      }
      for (const branchId of n.branchNerveIds) {
        expect(findAnatomyReference(branchId)?.kind, branchId).toBe('nerve');
      }
    }
  });
});

describe('anatomy reference: card text', () => {
  it('has non-empty, tidy text that ends as a sentence where it is prose', () => {
    for (const record of ANATOMY_REFERENCES) {
      for (const [field, text] of textsOf(record)) {
        const where = `${record.id}.${field}`;
        expect(text.trim(), where).toBe(text);
        expect(text.length, where).toBeGreaterThan(0);
        expect(text, where).not.toMatch(/ {2}|\s[,.;:]/);
      }
      for (const field of ['clinicalNote', 'patientDescription'] as const) {
        expect(record[field], `${record.id}.${field}`).toMatch(/[.!?]$/);
      }
    }
  });

  it('keeps patient descriptions short', () => {
    for (const record of ANATOMY_REFERENCES) {
      expect(record.patientDescription.length, record.id).toBeLessThanOrEqual(160);
    }
  });

  it('names only vocabulary landmarks', () => {
    for (const m of muscles) {
      for (const id of [...m.originLandmarks, ...m.insertionLandmarks]) {
        expect(LANDMARK_IDS, m.id).toContain(id);
      }
    }
    for (const b of bones) {
      for (const k of b.keyLandmarks) expect(LANDMARK_IDS, b.id).toContain(k.landmarkId);
    }
  });

  it('lists the actions of every muscle in at least one plane', () => {
    for (const m of muscles) {
      const count = PLANES.reduce((sum, plane) => sum + m.actions[plane].length, 0);
      expect(count, m.id).toBeGreaterThan(0);
    }
  });
});

describe('landmark reference', () => {
  it('describes every landmark of the vocabulary with a source', () => {
    for (const id of LANDMARK_IDS) {
      const landmark = landmarkReferenceFor(id);
      expect(landmark.id).toBe(id);
      expect(landmark.description, id).toMatch(/[.]$/);
      if (landmark.whereToFeel !== null) expect(landmark.whereToFeel, id).toMatch(/[.]$/);
      expect(landmark.sources.length, id).toBeGreaterThan(0);
    }
    expect(Object.keys(LANDMARK_REFERENCE).sort()).toEqual([...LANDMARK_IDS].sort());
  });
});
