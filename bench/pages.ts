/**
 * Pages the bench serves beside the build: a blank page (the baseline of load timings) and a
 * lesson page of another site that embeds the viewer as an element, below the fold (poster first).
 */
export const BLANK_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body></body></html>';

/** The lesson page, loading the element script from the app's origin (`appUrl`). */
export function embedPosterPage(appUrl: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="description" content="A lesson page that embeds the hip viewer below the fold.">
    <title>Lesson: the hip abductors</title>
    <link rel="icon" href="data:,">
    <script type="module" src="${appUrl}/embed/hip-motor-viewer.js"></script>
    <style>body{font:1.05rem/1.6 system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1rem;color:#1f1d1a;background:#fff}hip-motor-viewer{margin-top:2rem}</style>
  </head>
  <body>
    <main>
      <h1>The hip abductors</h1>
      ${'<p>The gluteus medius and minimus hold the pelvis level when you stand on one leg. When they are weak, the pelvis drops on the other side or the trunk leans over the stance leg; both shift load toward the knee and the lower back. Scroll down to explore the muscles and their motor points in 3D.</p>'.repeat(6)}
      <h2>Explore the model</h2>
      <hip-motor-viewer sel="gluteus-medius:right" cam="posterior"></hip-motor-viewer>
    </main>
  </body>
</html>
`;
}
