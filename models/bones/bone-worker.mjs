// Worker entry: loads the TypeScript worker through tsx (worker threads do not inherit loaders).
import { tsImport } from 'tsx/esm/api';

await tsImport('./bone-worker.ts', import.meta.url);
