import { about } from './en/about';
import { anatomy } from './en/anatomy';
import { app } from './en/app';
import { assessment } from './en/assessment';
import { clinician } from './en/clinician';
import { embed } from './en/embed';
import { layers } from './en/layers';
import { learning } from './en/learning';
import { mechanics } from './en/mechanics';
import { motorPoints } from './en/motor-points';
import { robustness } from './en/robustness';
import { view } from './en/view';

/**
 * The message catalogue: every user-facing string of the app, English complete.
 * Each section lives in its own file under `en/`; a translation provides an object of the
 * same `Messages` shape.
 */
export const EN = {
  about,
  anatomy,
  app,
  assessment,
  clinician,
  embed,
  layers,
  learning,
  mechanics,
  motorPoints,
  robustness,
  view,
} as const;
export type Messages = typeof EN;
export const messages: Messages = EN;
