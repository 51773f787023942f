import type { LayerId } from '../../src/domain/anatomy';
import type { Vec3 } from '../math/vec3';
import type { JointId } from '../skeleton/skeleton';

/**
 * Where a landmark comes from. `point` is in the OpenSim pelvis frame (mm, right side for
 * bilateral landmarks). `snap` names a surface the point is pulled onto after the meshes exist:
 * the nearest point of that bone ('bone:<id>'), or the skin hit along `snapDir` ('skin').
 */
export interface LandmarkDef {
  readonly id: string;
  readonly joint: JointId;
  readonly layer: LayerId;
  readonly point: Vec3;
  readonly snap?: { readonly to: string; readonly dir?: Vec3 };
  /** How the point was chosen (figures vertex, literature, construction). */
  readonly basis: string;
}
