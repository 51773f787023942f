import { defineBuiltInStory } from './define-built-in-story';

/**
 * Weak gluteus medius → pelvic drop → inner-knee load, told on a right standing leg. Honest about
 * the reserve (Kendall 2013: half the abductor strength gone, no drop), uses the moderate, measured
 * 4° drop for the knee step, and shows the cost of the lean (the lower back).
 */
export const WEAK_GLUTEUS_MEDIUS_STORY = defineBuiltInStory('weak-gluteus-medius', 'patient', [
  {
    id: 'meet-the-muscle',
    view: { stance: 'right', ghost: ['superficial'], markers: false },
    camera: 'right-lateral',
    highlights: ['gluteus-medius:right'],
  },
  {
    id: 'one-leg',
    view: { stance: 'right', ghost: ['superficial'], markers: false },
    camera: 'posterior',
    highlights: ['gluteus-medius:right', 'gluteus-minimus:right'],
  },
  {
    id: 'strength-to-spare',
    view: { stance: 'right', ghost: ['superficial'], dys: 'gluteus-medius:w50', markers: false },
    camera: 'posterior',
    highlights: ['gluteus-medius:right'],
  },
  {
    id: 'pelvis-drops',
    view: { stance: 'right', ghost: ['superficial'], markers: false },
    mechanicsPreset: 'trendelenburg',
    camera: 'posterior',
    highlights: ['gluteus-medius:right', 'hip-bone:left'],
  },
  {
    id: 'knee-load',
    view: { stance: 'right', markers: false },
    mechanicsPreset: 'moderate-pelvic-drop',
    camera: 'anterior',
    highlights: ['femur:right', 'tibia:right', 'patella:right'],
  },
  {
    id: 'leaning-over',
    view: { stance: 'right', markers: false },
    mechanicsPreset: 'trendelenburg-compensated',
    camera: 'posterior',
    highlights: ['gluteus-medius:right'],
  },
  {
    id: 'what-helps',
    view: { stance: 'right', ghost: ['superficial'], markers: false },
    mechanicsPreset: 'contralateral-cane',
    camera: 'posterior',
    highlights: ['gluteus-medius:right', 'gluteus-maximus:right'],
  },
]);
