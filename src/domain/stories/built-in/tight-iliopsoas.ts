import { defineBuiltInStory } from './define-built-in-story';

/**
 * Tight iliopsoas → forward pelvic tilt → deeper lordosis and more L5/S1 shear, in quiet standing,
 * with the deep layer bared (peel 3). Honest that population studies find weak or no links.
 */
export const TIGHT_ILIOPSOAS_STORY = defineBuiltInStory('tight-iliopsoas', 'patient', [
  {
    id: 'meet-iliopsoas',
    view: { peel: 3, markers: false },
    camera: 'anterior',
    highlights: ['psoas-major:right', 'iliacus:right', 'psoas-major:left', 'iliacus:left'],
  },
  {
    id: 'standing-tall',
    view: { peel: 3, task: 'quiet-standing', markers: false },
    camera: 'right-lateral',
    highlights: ['psoas-major:right', 'iliacus:right'],
  },
  {
    id: 'pelvis-tips',
    view: { peel: 3, markers: false },
    mechanicsPreset: 'tight-iliopsoas',
    camera: 'right-lateral',
    highlights: ['hip-bone:right', 'psoas-major:right', 'iliacus:right'],
  },
  {
    id: 'hollow-back',
    view: { peel: 3, markers: false },
    mechanicsPreset: 'tight-iliopsoas',
    camera: 'right-lateral',
    highlights: ['vertebra-l5', 'sacrum', 'psoas-major:right'],
  },
  {
    id: 'how-sure',
    view: { peel: 3, markers: false },
    mechanicsPreset: 'tight-iliopsoas',
    camera: 'right-lateral',
    highlights: ['psoas-major:right', 'iliacus:right'],
  },
  {
    id: 'what-helps',
    view: { ghost: ['superficial', 'intermediate'], task: 'quiet-standing', markers: false },
    camera: 'right-lateral',
    highlights: ['gluteus-maximus:right', 'psoas-major:right', 'iliacus:right'],
  },
]);
