// The public face of seeds/.
export { seedReferenceData, referenceData, isGraphEmpty, wipeGraph, todayUtc } from './seed.js';
export { catalogGraph, readCatalogFiles, CatalogError } from './catalog/catalogGraph.js';
export { progressBar } from './progress.js';
