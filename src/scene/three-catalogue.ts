/**
 * The three.js classes the scene writes as JSX elements (`<mesh>`, `<group>`, …), and only
 * those. React Three Fiber's `<Canvas>` registers every export of the module it imports as
 * `three`; the production build hands it this module instead of the whole namespace
 * (scripts/three-catalogue-plugin.ts), so the classes no element names are tree-shaken away.
 * Add a class here when a component starts using its element (tests/unit/three-catalogue.test.ts
 * fails until it is listed). `<primitive>` needs no entry.
 */
export {
  AmbientLight,
  BufferGeometry,
  DirectionalLight,
  Group,
  HemisphereLight,
  InstancedMesh,
  Mesh,
  MeshBasicMaterial,
  MeshStandardMaterial,
  SphereGeometry,
} from 'three';
