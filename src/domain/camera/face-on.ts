import { facesBodyAxis, type Vec3 } from '../geometry';

/** How far above the surface normal a face-on view looks down (a little, as a person would). */
const LOOK_DOWN = 0.25;

/**
 * The view direction (from the point toward the camera) that frames a point face-on along its
 * surface normal, from a little above. A point on a muscle's deep face, whose normal turns toward
 * the body's vertical axis through `bodyAxis`, is seen from outside the body, through the muscle.
 */
export function faceOnDirection(normal: Vec3, point: Vec3, bodyAxis: Vec3): Vec3 {
  return facesBodyAxis(point, normal, bodyAxis)
    ? [-normal[0], LOOK_DOWN - normal[1], -normal[2]]
    : [normal[0], normal[1] + LOOK_DOWN, normal[2]];
}
