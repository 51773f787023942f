export * from './format';
export * from './language';

import { EN } from './catalogue';

/** The live catalogue: English until `applyLanguage` writes another language into it. */
export const messages = EN;
