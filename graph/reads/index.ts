// Generic reads behind the API: lists, neighbours, nodes by id, history.
export type { EdgePage } from './edgePage.js';
export { listNodes, type ListFilter, type ListParams } from './listNodes.js';
export { relatedNodes, type Hop } from './relatedNodes.js';
export { nodesById } from './nodesById.js';
export { history, type ChangeEventRecord } from './history.js';
export { nodeRecord, type NodeRecord } from './nodeRecord.js';
export { evidenceStatus, type EvidenceStatus } from './evidenceStatus.js';
export { crosswalkMappings, type MappingRecord } from './mappings.js';
