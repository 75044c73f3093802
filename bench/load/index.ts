// The load test's public face: what `npm run load` and test/load.test.ts call.
export { loadCommand } from './run.js';
export { runLoad, type LoadResult } from './runLoad.js';
export { parseLoadOptions, quickLoadOptions, type LoadOptions } from './options.js';
export { startProcessTarget, startServerTarget, type LoadTarget } from './target.js';
export { loadReport, writeLoadResult } from './report.js';
