import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createNode, InputError, NotFoundError, statementOfApplicability, statementOfApplicabilityChanges, updateNode,
  type Graph, type SoaChanges, type StatementOfApplicability,
} from '../../graph/index.js';
import { freshReferenceGraph, testGraph } from '../setup/testGraph.js';
import { ACTOR, LOADED_ON, TODAY, YESTERDAY } from './fixture.js';

const DAY_BEFORE = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
const SCOPES = ['SYS-WEBCHAT', 'ORG-BRIGHTWATER'] as const;

let graph: Graph;
/** The statements as they were before the writes of today, on both days. */
const before: Record<string, StatementOfApplicability> = {};

beforeAll(async () => {
  graph = await testGraph();
  await freshReferenceGraph(graph, LOADED_ON);
  for (const scopeId of SCOPES) {
    for (const day of [YESTERDAY, TODAY]) before[`${scopeId} ${day}`] = (await statementOfApplicability(graph, { scopeId, asOf: day }))!;
  }
  // Today: two implementations of A.5.4 fall back, the organisation completes A.4.2, the web chat
  // is excluded from A.8.5, new evidence backs the web chat's A.4.2, and the Vocalis supplier
  // assessment (A.10.3) is excluded, its stale evidence with it.
  await updateNode(graph, ACTOR, 'Implementation', 'IMP-A.5.4-SYS-WEBCHAT', { status: 'planned' });
  await updateNode(graph, ACTOR, 'Implementation', 'IMP-A.5.4-SYS-BILLING-BOT', { status: 'planned' });
  await updateNode(graph, ACTOR, 'Implementation', 'IMP-A.4.2-ORG-BRIGHTWATER', { status: 'implemented' });
  await updateNode(graph, ACTOR, 'Implementation', 'IMP-A.10.3-VND-VOCALIS', { status: 'excluded', justification: 'Vocalis is being replaced; its contract ends this quarter.' });
  await createNode(graph, ACTOR, 'Implementation', { id: 'IMP-TEST-A.8.5-WEBCHAT', status: 'excluded', justification: 'Web chat reports to the customer through the contact centre; no separate reporting channel.' }, [
    { type: 'IMPLEMENTS', direction: 'out', ids: ['A.8.5'], field: 'controlId' },
    { type: 'APPLIES_TO', direction: 'out', ids: ['SYS-WEBCHAT'], field: 'scopeId' },
  ]);
  await createNode(graph, ACTOR, 'Evidence', { id: 'EVD-TEST-A.4.2', title: 'Resource register export', kind: 'report', validUntil: '2099-01-01' },
    [{ type: 'SUPPORTS', direction: 'out', ids: ['IMP-A.4.2-SYS-WEBCHAT'], field: 'implementationIds' }], ['recordedAt']);
});

afterAll(() => graph.close());

const change = (changes: SoaChanges, control: string) => changes.rows.find((r) => r.control.id === control);
const eventsOf = (changes: SoaChanges, control: string) => change(changes, control)?.events.map((e) => [e.operation, e.targetId]);

describe('the statement of applicability between two days', () => {
  it("reconstructs each row on both days as the statement said it then and says it now, for a system and the organisation", async () => {
    for (const scopeId of SCOPES) {
      const changes = await statementOfApplicabilityChanges(graph, { scopeId, from: YESTERDAY, to: TODAY });
      const now = (await statementOfApplicability(graph, { scopeId, asOf: TODAY }))!;
      const then = before[`${scopeId} ${YESTERDAY}`]!;
      expect(changes).toMatchObject({ scope: { id: scopeId }, from: YESTERDAY, to: TODAY });
      for (const [k, rowNow] of now.rows.entries()) {
        const rowThen = then.rows[k]!;
        const state = (r: typeof rowNow) => ({ applicable: r.applicable, status: r.status, evidence: r.evidence });
        const found = change(changes, rowNow.control.id);
        const differs = JSON.stringify(state(rowThen)) !== JSON.stringify(state(rowNow));
        expect(Boolean(found), `${scopeId} ${rowNow.control.id}`).toBe(differs);
        if (found) expect({ from: found.from, to: found.to }, `${scopeId} ${rowNow.control.id}`).toEqual({ from: state(rowThen), to: state(rowNow) });
      }
    }
  });

  it("names the change events behind a system's rows: a status update, a new exclusion, new evidence", async () => {
    const changes = await statementOfApplicabilityChanges(graph, { scopeId: 'SYS-WEBCHAT', from: YESTERDAY, to: TODAY });
    expect(change(changes, 'A.5.4')).toMatchObject({ statusChanged: true, applicabilityChanged: false, eventCount: 1 });
    // The billing bot's A.5.4 does not reach the web chat.
    expect(eventsOf(changes, 'A.5.4')).toEqual([['update', 'IMP-A.5.4-SYS-WEBCHAT']]);
    expect(change(changes, 'A.5.4')!.events[0]).toMatchObject({ before: { status: 'implemented' }, after: { status: 'planned' } });
    expect(change(changes, 'A.8.5')).toMatchObject({ applicabilityChanged: true, from: { applicable: true }, to: { applicable: false, status: 'excluded' } });
    expect(eventsOf(changes, 'A.8.5')).toEqual([['create', 'IMP-TEST-A.8.5-WEBCHAT']]);
    // A.4.2 stays implemented on the web chat; its evidence grew, and the organisation's implementation it inherits changed.
    expect(change(changes, 'A.4.2')).toMatchObject({ statusChanged: false, evidenceChanged: true });
    expect(eventsOf(changes, 'A.4.2')).toEqual([['update', 'IMP-A.4.2-ORG-BRIGHTWATER'], ['create', 'EVD-TEST-A.4.2']]);
  });

  it("names them for the organisation, whose rows weigh every implementation of a control", async () => {
    const changes = await statementOfApplicabilityChanges(graph, { scopeId: 'ORG-BRIGHTWATER', from: YESTERDAY, to: TODAY });
    expect(change(changes, 'A.4.2')).toMatchObject({ statusChanged: true, from: { status: 'partial' }, to: { status: 'implemented' } });
    // Without an organisation-wide implementation, the furthest along decides: now the sentiment system's partial one.
    expect(change(changes, 'A.5.4')).toMatchObject({ statusChanged: true, from: { status: 'implemented' }, to: { status: 'partial' } });
    expect(eventsOf(changes, 'A.5.4')).toEqual([['update', 'IMP-A.5.4-SYS-WEBCHAT'], ['update', 'IMP-A.5.4-SYS-BILLING-BOT']]);
    // A narrower exclusion beside live implementations leaves the control applicable organisation-wide.
    expect(change(changes, 'A.8.5')).toBeUndefined();
    // Excluding an implementation takes its evidence out of the row from that day on, not before.
    const a103 = change(changes, 'A.10.3')!;
    expect(a103).toMatchObject({ statusChanged: false, applicabilityChanged: false, evidenceChanged: true });
    expect(a103.from.evidence.stale).toBe(a103.to.evidence.stale + 1);
    expect(eventsOf(changes, 'A.10.3')).toEqual([['update', 'IMP-A.10.3-VND-VOCALIS']]);
  });

  it('sees nothing happen between two days before the changes', async () => {
    for (const scopeId of SCOPES) {
      const changes = await statementOfApplicabilityChanges(graph, { scopeId, from: DAY_BEFORE, to: YESTERDAY });
      expect(changes.rows.filter((r) => r.statusChanged || r.applicabilityChanged || r.eventCount > 0)).toEqual([]);
    }
  });

  it('refuses bad input, naming the field', async () => {
    const ask = (scopeId: string, from: string, to: string) => statementOfApplicabilityChanges(graph, { scopeId, from, to });
    await expect(ask('SYS-WEBCHAT', TODAY, YESTERDAY)).rejects.toMatchObject({ field: 'to' });
    await expect(ask('SYS-WEBCHAT', '2026-13-01', TODAY)).rejects.toMatchObject({ field: 'from' });
    await expect(ask('RSK-PROMPT-INJECTION', YESTERDAY, TODAY)).rejects.toBeInstanceOf(InputError);
    await expect(ask('SYS-NOPE', YESTERDAY, TODAY)).rejects.toBeInstanceOf(NotFoundError);
  });
});
