import DataLoader from 'dataloader';
import {
  approverStates,
  crosswalkMappings,
  evidenceStatus,
  nodesById,
  relatedNodes,
  type EvidenceStatus,
  type ApproverState,
  type Graph,
  type Hop,
  type Label,
  type MappingRecord,
  type NodeRecord,
} from '../graph/index.js';

/**
 * DataLoaders, made fresh for every request: each batches the keys asked for in one tick into
 * one `UNWIND $ids` read, dedupes them, and answers in key order.
 */
export interface Loaders {
  node: DataLoader<string, NodeRecord | null>;
  mappings: DataLoader<string, MappingRecord[]>;
  related(from: Label, hop: Hop): DataLoader<string, NodeRecord[]>;
  evidenceStatus(asOf: string, expiringDays: number): DataLoader<string, EvidenceStatus | null>;
  approvers: DataLoader<string, ApproverState[]>;
}

export function createLoaders(graph: Graph): Loaders {
  const keyed = new Map<string, DataLoader<string, unknown>>();
  const memo = <V>(key: string, make: () => DataLoader<string, V>): DataLoader<string, V> => {
    let loader = keyed.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = make();
      keyed.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  };
  return {
    node: new DataLoader((ids) => nodesById(graph, ids)),
    mappings: new DataLoader((ids) => crosswalkMappings(graph, ids)),
    approvers: new DataLoader((ids) => approverStates(graph, ids)),
    related: (from, hop) =>
      memo(`related|${from}|${hop.type}|${hop.direction}|${hop.targets.join(',')}`, () =>
        new DataLoader<string, NodeRecord[]>((ids) => relatedNodes(graph, from, hop, ids)),
      ),
    evidenceStatus: (asOf, expiringDays) =>
      memo(`evidence|${asOf}|${expiringDays}`, () =>
        new DataLoader<string, EvidenceStatus | null>((ids) => evidenceStatus(graph, ids, asOf, expiringDays)),
      ),
  };
}
