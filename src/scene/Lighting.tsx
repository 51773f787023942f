/**
 * Studio lighting that separates bone (ivory, matte), muscle (red, satin) and tendon (white,
 * glossy): a warm key from the upper front, a cool low fill, rims from behind, and a soft sky
 * and ground light in place of an environment map. (A generated environment map looked a little
 * softer but cost seconds of start-up on software-rendered devices; these lights read the same
 * shapes for a fraction of the cost.)
 */
export function Lighting() {
  return (
    <>
      <hemisphereLight args={['#fbf7f1', '#5b5048', 1.55]} />
      <ambientLight intensity={0.35} color="#ffffff" />
      <directionalLight position={[1.2, 2.2, 2.4]} intensity={2.3} color="#fff3e6" />
      <directionalLight position={[-2, 0.4, 1]} intensity={0.9} color="#dfe8ff" />
      <directionalLight position={[0.4, 1.6, -2.4]} intensity={1.6} color="#ffffff" />
      <directionalLight position={[-0.6, -1.2, -1.8]} intensity={0.6} color="#e8efff" />
    </>
  );
}
