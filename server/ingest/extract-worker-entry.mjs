// The extraction worker's entry: registers tsx in this thread (the project runs TypeScript
// through tsx; a worker does not inherit the loader of its parent under vitest or node --import),
// then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
