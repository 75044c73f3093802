export { travelTo } from './travelTo.js';
export { rewind, type RewindSummary } from './rewind.js';
