import { readFileSync } from 'node:fs';
import type { Vec3 } from '../math/vec3';

/** One OpenSim path point: its body, its location in that body and in the pelvis frame. */
interface PathPoint {
  readonly body: string;
  readonly location: Vec3;
  readonly location_in_pelvis_frame_default_pose: Vec3;
}

interface MuscleFigures {
  readonly opensim_name: string;
  readonly max_isometric_force_N: number;
  readonly optimal_fiber_length_m: number;
  readonly tendon_slack_length_m: number;
  readonly pennation_angle_rad: number;
  readonly points: readonly PathPoint[];
  readonly lai_uhlrich_2023_points?: readonly PathPoint[];
}

interface CrossSection {
  readonly y: number;
  readonly depth_ap: number;
  readonly width_ml: number;
  readonly centre_x: number;
  readonly centre_z: number;
  readonly n_loops: number;
}

export interface HipFigures {
  readonly sources: Record<string, unknown>;
  readonly joints: {
    readonly hip_r: { readonly location_in_pelvis: Vec3 };
    readonly knee_r: { readonly location_in_parent: Vec3; readonly location_in_child: Vec3 };
    readonly back: { readonly location_in_pelvis: Vec3 };
    readonly body_origins_default_pose: Record<string, Vec3>;
    readonly lumbar_chain_wilkinson2021: Record<
      string,
      { readonly joint_centre_in_pelvis_frame: Vec3; readonly child_frame_tilt_about_z_deg: number }
    >;
  };
  readonly segment_lengths: Record<string, unknown>;
  readonly muscles: Record<
    | 'glmax1'
    | 'glmax2'
    | 'glmax3'
    | 'glmed1'
    | 'glmed2'
    | 'glmed3'
    | 'glmin1'
    | 'glmin2'
    | 'glmin3'
    | 'iliacus'
    | 'psoas'
    | 'tfl'
    | 'piri',
    MuscleFigures
  >;
  readonly psoas_fascicles_wilkinson2021: Record<
    string,
    { readonly origin_in_pelvis_frame: Vec3; readonly max_isometric_force_N: number }
  >;
  readonly landmarks_mesh_derived: {
    readonly pelvis: Record<string, Vec3 | number>;
    readonly 'sacrum(pelvis frame)': Record<string, Vec3 | string>;
    readonly femur_r: Record<string, Vec3 | number | Vec3[]>;
    readonly tibia_r: Record<string, Vec3>;
    readonly 'fibula_r(tibia_r frame)': Record<string, Vec3>;
    readonly patella_r: Record<string, Vec3>;
  };
  readonly hamstring_origins: Record<'bflh' | 'semimem' | 'semiten', Vec3>;
  readonly bone_extents: {
    readonly rajagopal2016: Record<string, { min: Vec3; max: Vec3; size: Vec3 }>;
    readonly derived_dimensions: Record<string, number | Vec3>;
    readonly femur_r_cross_sections: readonly CrossSection[];
    readonly tibia_r_cross_sections: readonly CrossSection[];
    readonly lumbar_vertebrae_christophy: Record<
      string,
      {
        whole_vertebra_bbox: { min: Vec3; max: Vec3; size: Vec3 };
        vertebral_body: { ap_depth: number; ml_width: number; anterior_height: number };
        display_scale: number;
      }
    >;
  };
  readonly iliac_crest_outline: readonly Vec3[];
  readonly pelvis_transverse_sections: {
    readonly sections: readonly {
      readonly y: number;
      readonly loops: readonly {
        readonly closed: boolean;
        readonly xz_points: readonly (readonly [number, number])[];
      }[];
    }[];
  };
}

let cached: HipFigures | undefined;

/** The Rajagopal 2016 figure set copied into `models/data/` (metres, OpenSim pelvis frame). */
export function loadFigures(): HipFigures {
  cached ??= JSON.parse(
    readFileSync(new URL('../data/hip-figures.json', import.meta.url), 'utf8'),
  ) as HipFigures;
  return cached;
}

/** Metres to millimetres for a point. */
export const mm = (p: Vec3): Vec3 => [p[0] * 1000, p[1] * 1000, p[2] * 1000];
