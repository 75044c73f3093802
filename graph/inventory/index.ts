// Bulk import of an existing inventory (CSV or JSON, one kind per file); the CLI is cli.ts.
export { importInventory, type InventoryImportOptions, type InventorySummary } from './importInventory.js';
export { templateFor } from './templateFor.js';
export { inventoryKind, inventoryKindNames, type InventoryKind } from './kinds.js';
export type { InventoryFormat } from './parseInventory.js';
export { InventoryRejectedError, describeProblem, type Problem } from './problems.js';
