/** An indexed triangle mesh; positions in mm (modelling frame) unless stated. */
export interface TriMesh {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
  /** Optional per-vertex RGB colour (linear), e.g. baked occlusion. */
  colors?: Float32Array;
  /** Optional per-vertex UV. */
  uvs?: Float32Array;
}

export interface Bounds {
  min: [number, number, number];
  max: [number, number, number];
}
