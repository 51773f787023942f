import { messages } from '../domain/messages';
import { SCHEMATIC_SIZE, type SchematicMark } from '../domain/session-plan';

const t = messages.assessment.patientPage;

/** A schematic of the hips from behind, skin outline, with the plan's numbered points. */
export function PlanPointSchematic({
  marks,
  maxWidth = 360,
}: {
  marks: readonly SchematicMark[];
  maxWidth?: number;
}) {
  const { width, height } = SCHEMATIC_SIZE;
  return (
    <svg
      className="plan-schematic"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={t.pictureAlt}
      width="100%"
      style={{ maxWidth }}
    >
      <path
        d="M40 20 Q120 0 200 20 L222 110 Q226 150 200 190 L134 190 Q120 160 106 190 L40 190 Q14 150 18 110 Z"
        fill="#f2d7c4"
        stroke="#8a6a55"
        strokeWidth="2"
      />
      <path d="M120 40 L120 150" stroke="#c9a58e" strokeWidth="1.5" />
      <path
        d="M70 150 Q100 165 120 150 Q140 165 170 150"
        fill="none"
        stroke="#c9a58e"
        strokeWidth="1.5"
      />
      <text x="14" y="14" fontSize="10" fill="#555">
        {messages.assessment.panel.sides.left}
      </text>
      <text x="200" y="14" fontSize="10" fill="#555">
        {messages.assessment.panel.sides.right}
      </text>
      {marks.map((m) => (
        <g key={m.n} data-mark={m.n}>
          <circle
            cx={m.x}
            cy={m.y}
            r="9"
            fill="#1d5fa8"
            stroke="#fff"
            strokeWidth="1.5"
            strokeDasharray={m.front ? '3 2' : undefined}
          />
          <text
            x={m.x}
            y={m.y + 3.5}
            fontSize="10"
            fontWeight="bold"
            fill="#fff"
            textAnchor="middle"
          >
            {m.n}
          </text>
        </g>
      ))}
    </svg>
  );
}
