import { defineBuiltInStory } from './define-built-in-story';

/**
 * Where the hip's motor points are, what dry needling does there and why strengthening follows.
 * Honest that locations are regions from (mostly cadaver) studies and that the evidence for dry
 * needling is mixed.
 */
export const HIP_MOTOR_POINTS_STORY = defineBuiltInStory('hip-motor-points', 'patient', [
  {
    id: 'what-is-a-motor-point',
    view: { ghost: ['superficial'] },
    camera: 'posterior',
    point: 'gluteus-medius-posterior:right',
    highlights: ['gluteus-medius:right'],
  },
  {
    id: 'areas-not-dots',
    camera: 'posterior',
    point: 'gluteus-maximus-middle-nerve-dense-zone:right',
    highlights: ['gluteus-maximus:right'],
  },
  {
    id: 'buttock',
    view: { ghost: ['superficial'] },
    camera: 'posterior',
    point: 'gluteus-medius-posterior:right',
    highlights: [
      'piriformis:right',
      'gluteus-medius:right',
      'superior-gluteal-nerve:right',
      'inferior-gluteal-nerve:right',
    ],
  },
  {
    id: 'front-of-hip',
    camera: 'anterior',
    point: 'tensor-fasciae-latae-nerve-entry:right',
    highlights: ['tensor-fasciae-latae:right', 'iliacus:right', 'psoas-major:right'],
  },
  {
    id: 'staying-clear',
    view: { ghost: ['superficial', 'intermediate'] },
    camera: 'posterior',
    point: 'piriformis-nerve-entry:right',
    highlights: [
      'sciatic-nerve:right',
      'superior-gluteal-nerve:right',
      'inferior-gluteal-nerve:right',
      'piriformis:right',
    ],
  },
  {
    id: 'what-needling-does',
    view: { ghost: ['superficial'] },
    camera: 'posterior',
    point: 'gluteus-medius-posterior:right',
    highlights: ['gluteus-medius:right'],
  },
  {
    id: 'strength-follows',
    view: { markers: false },
    camera: 'posterior',
    highlights: ['gluteus-medius:right', 'gluteus-maximus:right'],
  },
]);
