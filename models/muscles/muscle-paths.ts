import type { loadFigures } from '../figures/load-figures';

export type PartKey = keyof ReturnType<typeof loadFigures>['muscles'];
