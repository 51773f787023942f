import { useMemo } from 'react';
import { encode } from 'uqr';
import { qrRects } from '../domain/session-plan';

export interface QrCodeProps {
  /** What the code carries (a link). */
  text: string;
  /** The code's accessible name. */
  label: string;
  /** CSS px per module: 3 or more keeps a dense code readable by a phone from the screen. */
  moduleSize?: number;
  /** Test hook; a second code on the page (the printed handout's) needs its own. */
  testId?: string;
}

/** A QR code drawn as SVG rectangles (one per run of dark modules), with a quiet zone. */
export function QrCode({ text, label, moduleSize = 3, testId = 'qr-code' }: QrCodeProps) {
  const { rects, modules } = useMemo(() => {
    const qr = encode(text, { ecc: 'M', border: 4 });
    return { rects: qrRects(qr.data), modules: qr.size };
  }, [text]);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${modules} ${modules}`}
      width={modules * moduleSize}
      height={modules * moduleSize}
      shapeRendering="crispEdges"
      data-testid={testId}
    >
      <title>{label}</title>
      <rect width={modules} height={modules} fill="#ffffff" />
      <g fill="#000000">
        {rects.map((r) => (
          <rect key={`${r.x}:${r.y}`} x={r.x} y={r.y} width={r.width} height={1} />
        ))}
      </g>
    </svg>
  );
}
