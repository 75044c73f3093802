// OSCAL in and out, and crosswalk CSVs: what the API routes and the CLI (cli.ts) call.
export { importOscalCatalog, type CatalogImportOptions, type CatalogImportSummary } from './importCatalog.js';
export { exportIsoCatalog, ISO_STANDARD } from './exportCatalog.js';
export { exportComponentDefinition } from './exportComponents.js';
export { importComponentDefinition, type ComponentImportOptions, type ComponentImportSummary } from './importComponents.js';
export { importCrosswalk, type CrosswalkImportOptions, type CrosswalkImportSummary } from './importCrosswalk.js';
export { checkFrameworkId } from './frameworkId.js';
export { ORG_SCOPE } from './scope.js';
export type { OutcomeCounts } from './outcome.js';
export type { CatalogDocument, ComponentDefinitionDocument } from './oscal.js';
