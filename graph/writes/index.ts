// Writes behind the API mutations: each one transaction with its change event.
export { createNode, updateNode, deleteNode, fitsIdScheme } from './nodeWrites.js';
export { linkNodes, unlinkNodes, type LinkInput } from './linkNodes.js';
export { type Actor } from './recordChange.js';
export { writableLabels, type WritableLabel } from './writableLabels.js';
export { validateProperties, isCalendarDate, isUnicodeText } from './validate.js';
export { chunksDone, markChunkDone } from './checkpoint.js';
