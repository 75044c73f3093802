import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphDigest } from '../../graph/digest.js';
import { idPrefixes } from '../../graph/index.js';
import { digestWatch } from './digestWatch.js';
import { recordCypher } from './cypherLog.js';
import { inputCount } from './inputCount.js';
import { injectionPayloads, labelLikePayloads } from './oddStrings.js';
import { expectAnswered, expectSound, send, type Reply } from './replies.js';
import { INTROSPECTION, namedType, pickerArguments, printType, selectionFor, stringTargets, type IntrospectedSchema, type StringTarget } from './schemaArgs.js';
import { useSmallGraphApi } from './smallGraph.js';

const { graph, api } = useSmallGraphApi();
const count = inputCount('injection');
const watch = digestWatch(graph);
const MARK = 'ZQXJ';
/** Every injection payload carries a mark no statement of ours contains, so the log can be searched for it. */
const payloads = [...injectionPayloads.map((p, i) => `${p}${MARK}${i}`), ...labelLikePayloads];
/** Each mutation target gets this many payloads, in turn, so that all of them go through some write. */
const PER_WRITE = 8;

/** Valid arguments for every field that takes required ones, from the small graph: the payload replaces one. */
const bases: Record<string, Record<string, unknown>> = {
  node: { id: 'SYS-WEBCHAT' }, nodes: { ids: ['SYS-WEBCHAT'] }, search: { text: 'chat' }, clause: { id: '4' }, control: { id: 'A.2.2' },
  aiSystem: { id: 'SYS-WEBCHAT' }, impact: { id: 'SYS-WEBCHAT' }, statementOfApplicability: { scopeId: 'ORG-BRIGHTWATER' },
  path: { from: 'SYS-WEBCHAT', to: 'A.2.2' }, history: { id: 'SYS-WEBCHAT' },
  statementOfApplicabilityChanges: { scopeId: 'ORG-BRIGHTWATER', from: '2026-01-01', to: '2026-11-26' },
  frameworkCoverage: { framework: 'NIST-AI-RMF', scopeId: 'ORG-BRIGHTWATER' },
  createAISystem: { input: { name: 'n', kind: 'CHATBOT' } }, createModel: { input: { name: 'n', version: '1' } }, createDataset: { input: { name: 'n' } },
  createVendor: { input: { name: 'n' } }, createRisk: { input: { title: 't', likelihood: 1, impact: 1 } }, createPerson: { input: { name: 'n' } },
  createImplementation: { input: { controlId: 'A.2.2', scopeId: 'SYS-WEBCHAT', status: 'PLANNED' } },
  createEvidence: { input: { title: 't', implementationIds: ['IMP-A.2.2-ORG-BRIGHTWATER'], validUntil: '2030-01-01' } },
  updateAISystem: { id: 'SYS-WEBCHAT', patch: {} }, updateModel: { id: 'MDL-INTENT-3.2', patch: {} }, updateDataset: { id: 'DS-CHAT-TRANSCRIPTS', patch: {} },
  updateVendor: { id: 'VND-NIMBUS', patch: {} }, updateRisk: { id: 'RSK-MISROUTING', patch: {} }, updatePerson: { id: 'PER-GOV-LEAD', patch: {} },
  updateImplementation: { id: 'IMP-A.2.2-ORG-BRIGHTWATER', patch: {} }, updateEvidence: { id: 'EVD-0001', patch: {} },
  createApiKey: { name: 'k', role: 'VIEWER' },
  // The governance labels and the workflows' steps, on the nodes `governanceBase` makes.
  createIncident: { input: { title: 't', severity: 'SEV3', occurredAt: '2026-11-01T08:00:00Z', affectedIds: ['SYS-INJ-BASE'] } },
  createAudit: { input: { title: 't', startsOn: '2026-11-01' } }, createManagementReview: { input: { title: 't', heldOn: '2026-11-01' } },
  createImpactAssessment: { input: { systemId: 'SYS-INJ-BASE', title: 't', assessedOn: '2026-01-01' } },
  createKPI: { input: { name: 'n', direction: 'HIGHER_IS_BETTER', threshold: 50, systemIds: ['SYS-INJ-BASE'] } },
  createFinding: { input: { title: 't', kind: 'OBSERVATION', raisedOn: '2026-01-01', raisedInId: 'AUD-INJ-BASE' } },
  createCorrectiveAction: { input: { findingId: 'FND-INJ-BASE', title: 't', dueOn: '2026-02-01', ownerId: 'PER-INJ-OWNER' } },
  ...Object.fromEntries(['Incident', 'Audit', 'ManagementReview', 'ImpactAssessment', 'KPI', 'Finding', 'CorrectiveAction'].map((label) => [
    `update${label}`, { id: `${idPrefixes[label as keyof typeof idPrefixes]}INJ-BASE`, patch: {} },
  ])),
  requestChange: { input: { title: 't', kind: 'PROMPT', riskReview: 'r', changesIds: ['SYS-INJ-BASE'], requestedById: 'PER-INJ-OWNER', approverIds: ['PER-INJ-APPROVER'] } },
  withdrawChange: { id: 'CR-INJ-BASE' },
  completeCorrectiveAction: { input: { id: 'CA-INJ-BASE', evidenceIds: ['EVD-0001'] } },
  closeFinding: { input: { id: 'FND-INJ-BASE' } },
};
/** The steps that change what they act on: each payload meets a node of its own, made just before. */
const freshBases: Record<string, () => Promise<Record<string, unknown>>> = {
  decideChange: async () => ({ input: { changeRequestId: await pendingChange(), approverId: 'PER-INJ-APPROVER', decision: 'APPROVED' } }),
  deployChange: async () => ({ input: { changeRequestId: await pendingChange(), emergencyJustification: 'j' } }),
  // A day of its own, later each time: a new value that the KPI's last value follows.
  recordMeasurement: async () => ({ input: { kpiId: 'KPI-INJ-BASE', measuredOn: new Date(Date.UTC(2020, 0, 1 + (fresh += 1))).toISOString().slice(0, 10), value: 1 } }),
};
/** Link and unlink: a relationship that takes the property under test, so that the payload is stored. */
const linkBase = (property: string | undefined) =>
  property === 'purpose' ? { type: 'DEPENDS_ON', from: 'SYS-WEBCHAT', to: 'SYS-BILLING-BOT' }
    : property === 'role' ? { type: 'MEMBER_OF', from: 'PER-GOV-LEAD', to: 'TEAM-GOV-COMMITTEE' }
      : property === 'basis' ? { type: 'ADDRESSES', from: 'A.2.2', to: '4' }
        : { type: 'OWNS', from: 'PER-GOV-LEAD', to: 'SYS-WEBCHAT' };
/** How a query reaches the object type of a nested field with string arguments. */
const reach: Record<string, string> = { Control: 'control(id: "A.2.2")', Clause: 'clause(id: "4")' };
/** Reference fields: a payload there names no node, so it is refused, never stored. */
const references = new Set([
  'id', 'ids', 'ownerId', 'vendorId', 'controlId', 'scopeId', 'implementationIds', 'supersedes', 'from', 'to', 'after', 'systemId', 'systemIds',
  'affectedIds', 'riskIds', 'failedControlIds', 'raisedInId', 'concernsIds', 'findingId', 'coversIds', 'auditorIds', 'reviewedIds', 'attendeeIds',
  'changesIds', 'requestedById', 'approverIds', 'changeRequestId', 'approverId', 'kpiId', 'evidenceIds',
]);
/** Text a workflow step keeps trimmed, under this property: a blank payload is kept as nothing. */
const keptAs: Record<string, string> = { comment: 'comment', emergencyJustification: 'deploymentNote' };

let schema: IntrospectedSchema;
let targets: StringTarget[];
let log: ReturnType<typeof recordCypher>;
let fresh = 0;

beforeAll(async () => {
  schema = expectAnswered(await send(api(), INTROSPECTION)).__schema as IntrospectedSchema;
  targets = stringTargets(schema);
  await governanceBase();
  log = recordCypher(graph());
});

/** The nodes the governance bases name: a low-tier system (one approver), people, and one of each governance label. */
async function governanceBase() {
  const writes: [string, Record<string, unknown>][] = [
    ['createAISystem', { id: 'SYS-INJ-BASE', name: 'n', kind: 'CHATBOT', riskTier: 'LOW' }],
    ['createPerson', { id: 'PER-INJ-OWNER', name: 'n' }],
    ['createPerson', { id: 'PER-INJ-APPROVER', name: 'n' }],
    ['createIncident', { ...(bases.createIncident!.input as object), id: 'INC-INJ-BASE' }],
    ['createAudit', { ...(bases.createAudit!.input as object), id: 'AUD-INJ-BASE' }],
    ['createManagementReview', { ...(bases.createManagementReview!.input as object), id: 'MR-INJ-BASE' }],
    ['createImpactAssessment', { ...(bases.createImpactAssessment!.input as object), id: 'IA-INJ-BASE' }],
    ['createKPI', { ...(bases.createKPI!.input as object), id: 'KPI-INJ-BASE' }],
    ['createFinding', { ...(bases.createFinding!.input as object), id: 'FND-INJ-BASE' }],
    ['createCorrectiveAction', { ...(bases.createCorrectiveAction!.input as object), id: 'CA-INJ-BASE' }],
    ['requestChange', { ...(bases.requestChange!.input as object), id: 'CR-INJ-BASE' }],
  ];
  for (const [field, input] of writes) {
    const type = field === 'requestChange' ? 'RequestChangeInput' : `${field.slice('create'.length)}Input`;
    expectAnswered(await send(api(), `mutation($input: ${type}!) { ${field}(input: $input) { id } }`, { input }, 'admin'));
  }
}

/** A change request waiting for its one approver. */
async function pendingChange(): Promise<string> {
  const id = `CR-INJ-${(fresh += 1)}`;
  expectAnswered(await send(api(), 'mutation($input: RequestChangeInput!) { requestChange(input: $input) { id } }', { input: { ...(bases.requestChange!.input as object), id } }, 'admin'));
  return id;
}
afterAll(() => log?.stop());

/** The request that puts `payload` at `target`, every other argument valid. */
function request(target: StringTarget, payload: string, base = bases[target.field]): { query: string; variables: Record<string, unknown> } {
  const [arg, ...inner] = target.path;
  const isLink = target.field === 'link' || target.field === 'unlink';
  const variables = structuredClone(isLink ? { input: linkBase(inner[0] === 'properties' ? inner[1] : undefined) } : (base ?? {})) as Record<string, unknown>;
  // A create names its node itself, so that a landed one never makes the next one a duplicate.
  const input = variables.input as Record<string, unknown> | undefined;
  if (target.field.startsWith('create') && input && target.field !== 'createApiKey') input.id = `${idPrefix(target.field)}INJ-${(fresh += 1)}`;
  let holder = variables;
  for (const key of [arg!, ...inner].slice(0, -1)) holder = (holder[key] ??= {}) as Record<string, unknown>;
  holder[target.path.at(-1)!] = target.list ? [payload] : payload;
  const used = target.args.filter((a) => a.name in variables);
  const defs = used.map((a) => `$${a.name}: ${printType(a.type)}`).join(', ');
  const call = `${target.field}(${used.map((a) => `${a.name}: $${a.name}`).join(', ')}) ${selectionFor(target.returns)}`;
  const op = target.owner === schema.mutationType.name ? 'mutation' : 'query';
  const nested = target.owner === schema.queryType.name || op === 'mutation' ? call : `${reach[target.owner]} { ${call} }`;
  return { query: `${op}${defs ? `(${defs})` : ''} { ${nested} }`, variables };
}

/**
 * Nodes a landed write adds: a create its node and change event, an update or (un)link its change
 * event, a new key itself; a change request as a create; an approval its node and event and the
 * request's (its one approver approves it); a new value its node, its event, its link's and its KPI's.
 */
const steps: Record<string, number> = { requestChange: 2, decideChange: 3, recordMeasurement: 4 };
const nodesAdded = (field: string) =>
  steps[field] ?? (field === 'createApiKey' ? 1 : field.startsWith('create') ? 2 : field.startsWith('delete') || field === 'revokeApiKey' ? 0 : 1);

const idPrefix = (field: string) => (idPrefixes as Record<string, string>)[field.slice('create'.length)] ?? '';

/** A payload is data or bad input: never an internal error, never a piece of a statement. */
function expectHarmless(reply: Reply, target: StringTarget, from: number) {
  expectSound(reply);
  for (const e of reply.errors) expect(['BAD_USER_INPUT', 'NOT_FOUND'], `${target.field} ${target.path.join('.')}: ${JSON.stringify(e)}`).toContain(e.extensions?.code);
  const spliced = log.statements.slice(from).find((s) => s.includes(MARK));
  expect(spliced, `a client value in a statement, through ${target.field} ${target.path.join('.')}`).toBeUndefined();
}

describe('injection through every String and ID argument and input field', () => {
  it('finds the arguments, and can reach every one of them', () => {
    const owners = new Set(targets.map((t) => t.owner));
    for (const owner of owners) if (owner !== schema.queryType.name && owner !== schema.mutationType.name) expect(reach, `how a query reaches ${owner}`).toHaveProperty(owner);
    const required = targets.filter((t) => t.owner === schema.mutationType.name || t.owner === schema.queryType.name)
      .filter((t) => t.args.some((a) => a.type.kind === 'NON_NULL') && !['link', 'unlink', 'revokeApiKey'].includes(t.field) && !t.field.startsWith('delete'));
    for (const t of required) expect({ ...bases, ...freshBases }, `valid arguments for ${t.field}`).toHaveProperty(t.field);
    expect(targets.length).toBeGreaterThan(100);
  });

  it('sees every statement the server runs, parameters apart', async () => {
    // The log is what proves no payload is spliced: it must catch a mark in a statement's text.
    const from = log.statements.length;
    await graph().read(`RETURN '${MARK}' AS spliced, $p AS passed`, { p: `${MARK}-as-a-parameter` });
    expect(log.statements.slice(from)).toContain(`RETURN '${MARK}' AS spliced, $p AS passed`);
    expectAnswered(await send(api(), '{ node(id: "SYS-WEBCHAT") { id } }'));
    expect(log.statements.length).toBeGreaterThan(from + 1);
  });

  it('reads: every payload through every argument, answered or refused as input, the graph untouched', async () => {
    const before = await graphDigest(graph());
    for (const target of targets.filter((t) => t.owner !== schema.mutationType.name)) {
      for (const payload of payloads) {
        count.add('reads');
        const from = log.statements.length;
        const { query, variables } = request(target, payload);
        const reply = await send(api(), query, variables, 'admin');
        expectHarmless(reply, target, from);
        if (!reply.errors.length) count.answered('reads');
      }
    }
    expect((await graphDigest(graph())).sha256).toBe(before.sha256);
    // Some two thousand reads, one after another.
  }, 180_000);

  it('writes: payloads through every argument, stored as sent or refused with the graph unchanged', async () => {
    const writes = targets.filter((t) => t.owner === schema.mutationType.name);
    for (const [i, target] of writes.entries()) {
      await watch.restart();
      for (let k = 0; k < PER_WRITE; k++) {
        count.add('writes');
        const payload = payloads[(i * PER_WRITE + k) % payloads.length]!;
        const prepare = freshBases[target.field];
        let base = bases[target.field];
        if (prepare) {
          // What the last request left is checked before the node this one meets is made.
          await watch.settle();
          base = await prepare();
          await watch.restart();
        }
        const from = log.statements.length;
        const { query, variables } = request(target, payload, base);
        const reply = await send(api(), query, variables, 'admin');
        const where = `${target.field} ${target.path.join('.')}`;
        expectHarmless(reply, target, from);
        if (reply.errors.length) {
          await watch.refused(reply, `a refused ${where}`);
          continue;
        }
        count.answered('writes');
        await watch.landed(where, reply.data?.unlink === false ? 'none' : nodesAdded(target.field));
        const property = target.path.at(-1)!;
        if (references.has(property) || target.field === 'unlink' || (property in keptAs && !payload.trim())) continue;
        // Landed: the payload is a value in the graph, exactly as sent (unlink reads no properties).
        const [row] = await graph().read(
          `OPTIONAL MATCH (n) WHERE $v IN (CASE WHEN valueType(n[$p]) STARTS WITH 'LIST' THEN n[$p] ELSE [n[$p]] END)
           WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() WHERE r[$p] = $v WITH nodes, count(r) AS relationships
           RETURN nodes + relationships AS found`,
          { p: keptAs[property] ?? property, v: payload },
        );
        expect(row?.found, `${JSON.stringify(payload)} stored by ${where}`).toBeGreaterThan(0);
      }
    }
    // Some fifteen hundred writes, each followed by a digest of the graph.
  }, 240_000);

  it('label, type, kind and sort arguments are enums, or refuse names outside their allow-list', async () => {
    const pickers = pickerArguments(schema);
    expect(pickers.length).toBeGreaterThan(0);
    for (const picker of pickers.filter((p) => namedType(p.type).kind !== 'ENUM')) {
      expect(['Query.search(labels)'], `${picker.where} is a free string`).toContain(picker.where);
      const target = targets.find((t) => `${t.owner}.${t.field}(${t.path[0]})` === picker.where)!;
      for (const name of labelLikePayloads) {
        count.add('pickers');
        const { query, variables } = request(target, name);
        const reply = await send(api(), query, variables, 'admin');
        expect(reply.errors.map((e) => [e.extensions?.code, e.extensions?.field]), name).toEqual([['BAD_USER_INPUT', target.path[0]]]);
      }
    }
  });
});
