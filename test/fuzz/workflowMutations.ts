import fc from 'fast-check';
import { expect } from 'vitest';
import { changeMutationCases } from './changeMutations.js';
import { fieldValue, wrongType, type Valued } from './fieldValues.js';
import { faultsOf, idPick, mutationCase, refFaults, type Attempt, type MutationCase } from './nodeMutations.js';
import { calendarDay, notADay } from './oddStrings.js';
import type { IdPick } from './registry.js';
import { bad, conflict, dayOf, exists, inputOf, notFound, one, stepDay } from './stepValues.js';
import { todayUtc } from './writableFields.js';

/**
 * The governance workflows' steps, each with an exact oracle: the step's rules, judged on the
 * graph as the input meets it (read just before it is sent), predict whether it lands, what it
 * answers and how many nodes it adds, or which fields (and codes) a refusal may name. A change
 * request's steps are in changeMutations.ts; a measurement's, a corrective action's and a
 * finding's here.
 */

// ── Measurements ──────────────────────────────────────────────────────────

const recordMeasurementCase = mutationCase(
  'recordMeasurement',
  'editor',
  fc.record({
    kpi: idPick(['KPI']),
    measuredOn: fc.oneof(
      { weight: 6, arbitrary: fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date(), noInvalidDate: true }).map((d): Valued => ({ value: d.toISOString().slice(0, 10) })) },
      { weight: 2, arbitrary: calendarDay().map((value): Valued => ({ value })) },
      { weight: 1, arbitrary: fc.oneof(notADay(), wrongType('String'), fc.constant(null)).map((value): Valued => ({ value, fault: 'coerce' })) },
    ),
    value: fieldValue({ kind: 'float' }, { required: true, mode: 'create' }),
    note: fieldValue({ kind: 'text' }, { mode: 'create' }),
  }),
  async (s, { registry, graph }): Promise<Attempt> => {
    const kpiId = registry.resolve(s.kpi);
    const fields = { measuredOn: s.measuredOn, value: s.value, note: s.note };
    const bads = faultsOf(fields, 'input');
    const day = String(s.measuredOn.value);
    if (!s.measuredOn.fault && day > todayUtc()) bads.push(bad('input.measuredOn'));
    if (!exists(registry, kpiId, 'KPI')) bads.push(notFound('input.kpiId'));
    const state = s.measuredOn.fault ? {} : await one(graph, `
      MATCH (k:KPI {id: $kpi})
      RETURN toString(k.measuredOn) AS last, EXISTS { (k)<-[:MEASUREMENT_OF]-(:Measurement {measuredOn: date($day)}) } AS again`, { kpi: kpiId, day });
    // A new day adds the value, its event and its link's; the same day again replaces it (one event). The KPI follows its newest day.
    const follows = !state.last || String(state.last) <= day;
    return {
      query: 'mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id value measuredOn note kpi { id lastValue measuredOn } } }',
      variables: { input: { kpiId, ...inputOf(fields) } },
      bads,
      nodeDelta: (state.again ? 1 : 3) + (follows ? 1 : 0),
      landed(data) {
        const answer = data.recordMeasurement as Record<string, unknown> & { kpi: Record<string, unknown> };
        expect(answer).toMatchObject({ value: s.value.value, measuredOn: day, note: s.note.value ?? null });
        expect(answer.kpi.id).toBe(kpiId);
        if (follows) expect(answer.kpi).toMatchObject({ lastValue: s.value.value, measuredOn: day });
        registry.add(String(answer.id), 'Measurement');
      },
    };
  },
);

// ── Corrective actions and findings ───────────────────────────────────────

const completeCorrectiveActionCase = mutationCase(
  'completeCorrectiveAction',
  'editor',
  fc.record({
    action: idPick(['CorrectiveAction']),
    completedOn: stepDay,
    evidence: fc.oneof(
      { weight: 6, arbitrary: fc.array(idPick(['Evidence']), { minLength: 1, maxLength: 1 }) },
      { weight: 2, arbitrary: fc.array(idPick(['Evidence']), { minLength: 2, maxLength: 2 }) },
      { weight: 1, arbitrary: fc.constant<IdPick[]>([]) },
    ),
  }),
  async (s, { registry, graph }): Promise<Attempt> => {
    const id = registry.resolve(s.action);
    const evidenceIds = s.evidence.map((p) => registry.resolve(p));
    const day = dayOf(s.completedOn);
    const bads = faultsOf({ completedOn: s.completedOn }, 'input');
    if (day > todayUtc()) bads.push(bad('input.completedOn'));
    if (evidenceIds.length === 0) bads.push(bad('input.evidenceIds'));
    for (const ref of evidenceIds) bads.push(...refFaults(registry, ref, ['Evidence'], 'input.evidenceIds'));
    const action = await one(graph, `
      MATCH (a:CorrectiveAction {id: $id})
      RETURN toString(a.completedOn) AS completedOn, COLLECT { MATCH (a)-[:CORRECTS]->(f:Finding) RETURN toString(f.raisedOn) }[0] AS raisedOn`, { id });
    if (!exists(registry, id, 'CorrectiveAction')) bads.push(notFound('input.id'));
    else if (action.completedOn) bads.push(conflict('input.id'));
    else if (action.raisedOn && day < String(action.raisedOn)) bads.push(bad('input.completedOn'));
    return {
      query: 'mutation($input: CompleteCorrectiveActionInput!) { completeCorrectiveAction(input: $input) { id completedOn closedBy { id } } }',
      variables: { input: { id, evidenceIds, ...inputOf({ completedOn: s.completedOn }) } },
      bads,
      // A link event per evidence named, and the action's own.
      nodeDelta: evidenceIds.length + 1,
      landed(data) {
        const answer = data.completeCorrectiveAction as { id: string; completedOn: string; closedBy: { id: string }[] };
        expect([answer.id, answer.completedOn]).toEqual([id, day]);
        expect(answer.closedBy.map((e) => e.id)).toEqual(expect.arrayContaining(evidenceIds));
      },
    };
  },
);

const closeFindingCase = mutationCase(
  'closeFinding',
  'editor',
  fc.record({ finding: idPick(['Finding']), closedOn: stepDay }),
  async (s, { registry, graph }): Promise<Attempt> => {
    const id = registry.resolve(s.finding);
    const day = dayOf(s.closedOn);
    const bads = faultsOf({ closedOn: s.closedOn }, 'input');
    if (day > todayUtc()) bads.push(bad('input.closedOn'));
    const finding = await one(graph, `
      MATCH (f:Finding {id: $id})
      RETURN f.status AS status, f.kind AS kind, toString(f.raisedOn) AS raisedOn,
        COLLECT { MATCH (f)<-[:CORRECTS]-(a:CorrectiveAction) RETURN a.completedOn IS NOT NULL AND EXISTS { (a)<-[:CLOSES]-(:Evidence) } } AS actions`, { id });
    const actions = (finding.actions ?? []) as boolean[];
    if (!exists(registry, id, 'Finding')) bads.push(notFound('input.id'));
    else if (finding.status === 'closed') bads.push(conflict('input.id'));
    else if (day < String(finding.raisedOn)) bads.push(bad('input.closedOn'));
    // A nonconformity closes through corrective actions, each done with evidence; anything else when its actions, if any, are.
    else if ((String(finding.kind).endsWith('nonconformity') && actions.length === 0) || actions.includes(false)) bads.push(conflict('input.id'));
    return {
      query: 'mutation($input: CloseFindingInput!) { closeFinding(input: $input) { id status closedOn } }',
      variables: { input: { id, ...inputOf({ closedOn: s.closedOn }) } },
      bads,
      nodeDelta: 1,
      landed: (data) => expect(data.closeFinding).toEqual({ id, status: 'CLOSED', closedOn: day }),
    };
  },
);

/** The workflows' steps, in the order a change, a KPI and a nonconformity go through them. */
export const workflowMutationCases: MutationCase[] = [...changeMutationCases, recordMeasurementCase, completeCorrectiveActionCase, closeFindingCase];
