import type { LayerId, Side } from '../../src/domain/anatomy';
import type { Vec3 } from '../math/vec3';
import type { TriMesh } from '../mesh/mesh-types';
import type { JointId } from '../skeleton/skeleton';

/** Material slots (by tissue; muscles tinted by layer). At most 10. */
const MATERIAL_IDS = [
  'bone',
  'muscle-superficial',
  'muscle-intermediate',
  'muscle-deep',
  'tendon',
  'nerve',
  'skin',
  'vessel',
  'organ',
  'muscle-context',
] as const;
export type MaterialId = (typeof MATERIAL_IDS)[number];

/**
 * A rigid bone mesh, modelled on the right side (or midline) in the OpenSim pelvis frame (mm).
 * Bilateral bones are drawn on the left by a mirrored node that shares the mesh.
 */
export interface BoneSpec {
  readonly id: string;
  readonly bilateral: boolean;
  readonly joint: JointId;
  readonly mesh: TriMesh;
}

/** A mesh skinned to joints; vertices in the OpenSim pelvis frame (mm), already on its side. */
export interface SkinnedSpec {
  readonly kind: 'muscle' | 'nerve' | 'skin' | 'vessel' | 'organ';
  /** Marks a structure a needle must avoid (extras.atRisk). */
  readonly atRisk?: boolean;
  readonly id: string;
  readonly side: Side;
  readonly layer: LayerId;
  readonly material: MaterialId;
  readonly mesh: TriMesh;
  /** Joint per influence slot: the skin's joint list. */
  readonly joints: readonly { id: JointId; side: Side }[];
  /** 4 joint slots per vertex (indices into `joints`) and 4 weights per vertex (sum 1). */
  readonly jointIndices: Uint8Array;
  readonly weights: Float32Array;
}

export interface LandmarkSpec {
  readonly id: string;
  readonly side: Side;
  readonly layer: LayerId;
  /** The joint whose node carries the landmark (so it follows a pose). */
  readonly joint: JointId;
  /** Position in the OpenSim pelvis frame (mm), already on its side. */
  readonly position: Vec3;
}

export interface ModelSpec {
  readonly bones: readonly BoneSpec[];
  readonly skinned: readonly SkinnedSpec[];
  readonly landmarks: readonly LandmarkSpec[];
  /** Tileable fibre textures (PNG bytes) and their repeat over the muscles' UV square. */
  readonly fibreTextures?: {
    readonly normalPng: Uint8Array;
    readonly albedoPng: Uint8Array;
    readonly repeat: readonly [number, number];
  };
}
