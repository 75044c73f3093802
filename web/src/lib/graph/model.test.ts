import { describe, expect, it } from 'vitest';
import type { NeighboursQuery } from '../generated/graphql';
import { canvasCsv } from './canvasCsv';
import { facts, neighbourhood, nextBatch, refToNode, type Neighbour } from './model';
import { nodeLook } from './style';

const answer = {
  node: {
    __typename: 'Implementation',
    id: 'IMP-A.6.2.4-SYS-INTENT',
    status: 'IMPLEMENTED',
    description: 'Verification suite',
    justification: null,
    updatedOn: '2026-01-30',
    owners: [{ __typename: 'Person', id: 'PER-ML-LEAD', name: 'Ravi Menon' }],
    control: { __typename: 'Control', id: 'A.6.2.4', title: 'AI system verification and validation' },
    scope: { __typename: 'AISystem', id: 'SYS-INTENT', name: 'Intent Classifier', riskTier: 'HIGH' },
    evidence: [
      { __typename: 'Evidence', id: 'EVD-0001', title: 'Test report', freshness: 'STALE' },
      { __typename: 'Evidence', id: 'EVD-0002', title: 'Newer report', freshness: 'CURRENT' },
    ],
  },
  scoped: { edges: [] },
} as unknown as NeighboursQuery;

describe('canvas model', () => {
  it('turns a Neighbours answer into edges pointing the way the graph does', () => {
    const hood = neighbourhood(answer)!;
    expect(hood.node).toEqual({ id: 'IMP-A.6.2.4-SYS-INTENT', label: 'Implementation', name: 'IMP-A.6.2.4-SYS-INTENT', state: 'IMPLEMENTED' });
    expect(hood.neighbours.map((n) => `${n.edge.source} ${n.edge.type} ${n.edge.target}`)).toEqual([
      'PER-ML-LEAD OWNS IMP-A.6.2.4-SYS-INTENT',
      'IMP-A.6.2.4-SYS-INTENT IMPLEMENTS A.6.2.4',
      'IMP-A.6.2.4-SYS-INTENT APPLIES_TO SYS-INTENT',
      'EVD-0001 SUPPORTS IMP-A.6.2.4-SYS-INTENT',
      'EVD-0002 SUPPORTS IMP-A.6.2.4-SYS-INTENT',
    ]);
    expect(hood.neighbours[3]!.node.state).toBe('STALE');
    expect(neighbourhood({ node: null, scoped: { edges: [] } } as unknown as NeighboursQuery)).toBeNull();
  });

  it('adds implementations scoped to organisations, models, datasets and vendors', () => {
    const hood = neighbourhood({
      node: { __typename: 'Vendor', id: 'VND-NIMBUS', name: 'Nimbus AI', owners: [], systems: [], models: [], datasets: [] },
      scoped: { edges: [{ node: { __typename: 'Implementation', id: 'IMP-A.10.3-VND-NIMBUS', status: 'PARTIAL' } }] },
    } as unknown as NeighboursQuery)!;
    expect(hood.neighbours.map((n) => n.edge)).toEqual([{ source: 'IMP-A.10.3-VND-NIMBUS', target: 'VND-NIMBUS', type: 'APPLIES_TO' }]);
  });

  it('keeps the facts for the node view', () => {
    expect(facts(answer)).toEqual([
      ['status', 'IMPLEMENTED'],
      ['description', 'Verification suite'],
      ['updatedOn', '2026-01-30'],
    ]);
  });

  it('reads a change request: its state, its approvers through their decision slots, its facts under plain names', () => {
    const cr = {
      node: {
        __typename: 'ChangeRequest',
        id: 'CR-1',
        title: 'Swap the billing model',
        changeStatus: 'PENDING',
        changeKind: 'MODEL',
        riskTier: 'HIGH',
        riskReview: 'Replayed 600 cases',
        changes: [{ __typename: 'Model', id: 'MDL-1', name: 'Billing LLM' }],
        risks: [],
        requestedBy: { __typename: 'Person', id: 'PER-A', name: 'Ann' },
        approvers: [{ person: { __typename: 'Person', id: 'PER-B', name: 'Bo' } }, { person: { __typename: 'Person', id: 'PER-C', name: 'Cy' } }],
      },
      scoped: { edges: [] },
    } as unknown as NeighboursQuery;
    const hood = neighbourhood(cr)!;
    expect(hood.node).toEqual({ id: 'CR-1', label: 'ChangeRequest', name: 'Swap the billing model', state: 'PENDING' });
    expect(hood.neighbours.map((n) => `${n.edge.source} ${n.edge.type} ${n.edge.target}`)).toEqual([
      'CR-1 CHANGES MDL-1',
      'CR-1 REQUESTED_BY PER-A',
      'CR-1 NEEDS_APPROVAL_OF PER-B',
      'CR-1 NEEDS_APPROVAL_OF PER-C',
    ]);
    expect(facts(cr)).toEqual([
      ['status', 'PENDING'],
      ['kind', 'MODEL'],
      ['riskTier', 'HIGH'],
      ['riskReview', 'Replayed 600 cases'],
    ]);
    const review = { node: { __typename: 'ManagementReview', id: 'MR-1', title: 'H2 review', decisions: ['Retrain', 'Hire'] }, scoped: { edges: [] } };
    expect(facts(review as unknown as NeighboursQuery)).toEqual([['decisions', 'Retrain; Hire']]);
  });

  it('expands 50 new nodes at a time, with every edge to nodes already shown', () => {
    const many: Neighbour[] = Array.from({ length: 120 }, (_, i) => ({
      node: { id: `N${i}`, label: 'Evidence', name: `N${i}` },
      edge: { source: `N${i}`, target: 'X', type: 'SUPPORTS' },
    }));
    const first = nextBatch(many, new Set(['X', 'N119']));
    expect(first.add.length).toBe(51);
    expect(first.rest.length).toBe(69);
    const second = nextBatch(first.rest, new Set(['X', ...first.add.map((n) => n.node.id)]));
    expect(second.add.length).toBe(50);
    expect(second.rest.length).toBe(19);
  });

  it('styles by label and state', () => {
    expect(nodeLook(refToNode({ __typename: 'Evidence', id: 'E', title: 't', freshness: 'STALE' })).color).toBe('#d92d20');
    expect(nodeLook({ id: 'A.6.2.3', label: 'Control', name: 'c' }, true)).toMatchObject({ type: 'bordered' });
    expect(nodeLook({ id: 'A.6.2.3', label: 'Control', name: 'c' }, false)).toMatchObject({ type: 'circle' });
  });

  it('exports visible nodes and edges as one CSV', () => {
    const text = canvasCsv([{ id: 'A', label: 'Control', name: 'Policy, AI' }], [{ source: 'B', target: 'A', type: 'IMPLEMENTS' }]);
    expect(text.split('\r\n')).toEqual([
      'element,id,label,name,state,source,target,relationship',
      'node,A,Control,"Policy, AI",,,,',
      'edge,B-IMPLEMENTS-A,,,,B,A,IMPLEMENTS',
      '',
    ]);
  });
});
