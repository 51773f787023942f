import { about } from './en/about';
import { anatomy } from './en/anatomy';
import { app } from './en/app';
import { assessment } from './en/assessment';
import { body } from './en/body';
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
  body,
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

/** The English catalogue with its literal types widened, the shape every translation has. */
export type Catalogue<T = Messages> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Catalogue<R>
    : T extends readonly (infer U)[]
      ? readonly Catalogue<U>[]
      : { readonly [K in keyof T]: Catalogue<T[K]> };
