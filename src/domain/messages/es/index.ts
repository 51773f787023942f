import type { Catalogue } from '../catalogue';
import { about } from './about';
import { anatomy } from './anatomy';
import { app } from './app';
import { assessment } from './assessment';
import { body } from './body';
import { clinician } from './clinician';
import { embed } from './embed';
import { layers } from './layers';
import { learning } from './learning';
import { mechanics } from './mechanics';
import { motorPoints } from './motor-points';
import { robustness } from './robustness';
import { view } from './view';

/**
 * The Spanish catalogue: one file per section, the same structure as `en/`. A machine-assisted
 * draft written by the team, not yet reviewed by a native-speaking clinician (see About).
 * Medical terms as Spanish-speaking physiotherapists use them: punción seca, punto motor,
 * glúteo medio, tensor de la fascia lata, psoas ilíaco. Latin names and citations unchanged.
 */
export const ES: Catalogue = {
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
};
