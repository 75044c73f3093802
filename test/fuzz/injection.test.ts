import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphDigest } from '../../graph/digest.js';
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
const references = new Set(['id', 'ids', 'ownerId', 'vendorId', 'controlId', 'scopeId', 'implementationIds', 'supersedes', 'from', 'to', 'after']);

let schema: IntrospectedSchema;
let targets: StringTarget[];
let log: ReturnType<typeof recordCypher>;
let fresh = 0;

beforeAll(async () => {
  schema = expectAnswered(await send(api(), INTROSPECTION)).__schema as IntrospectedSchema;
  targets = stringTargets(schema);
  log = recordCypher(graph());
});
afterAll(() => log?.stop());

/** The request that puts `payload` at `target`, every other argument valid. */
function request(target: StringTarget, payload: string): { query: string; variables: Record<string, unknown> } {
  const [arg, ...inner] = target.path;
  const isLink = target.field === 'link' || target.field === 'unlink';
  const variables = structuredClone(isLink ? { input: linkBase(inner[0] === 'properties' ? inner[1] : undefined) } : (bases[target.field] ?? {})) as Record<string, unknown>;
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

/** Nodes a landed write adds: a create its node and change event, an update or (un)link its change event, a new key itself. */
const nodesAdded = (field: string) => (field === 'createApiKey' ? 1 : field.startsWith('create') ? 2 : field.startsWith('delete') || field === 'revokeApiKey' ? 0 : 1);

const idPrefix = (field: string) =>
  ({ createAISystem: 'SYS-', createModel: 'MDL-', createDataset: 'DS-', createVendor: 'VND-', createRisk: 'RSK-', createImplementation: 'IMP-', createEvidence: 'EVD-', createPerson: 'PER-' })[field] ?? '';

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
    for (const t of required) expect(bases, `valid arguments for ${t.field}`).toHaveProperty(t.field);
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
  });

  it('writes: payloads through every argument, stored as sent or refused with the graph unchanged', async () => {
    const writes = targets.filter((t) => t.owner === schema.mutationType.name);
    for (const [i, target] of writes.entries()) {
      await watch.restart();
      for (let k = 0; k < PER_WRITE; k++) {
        count.add('writes');
        const payload = payloads[(i * PER_WRITE + k) % payloads.length]!;
        const from = log.statements.length;
        const { query, variables } = request(target, payload);
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
        if (references.has(property) || target.field === 'unlink') continue;
        // Landed: the payload is a value in the graph, exactly as sent (unlink reads no properties).
        const [row] = await graph().read(
          `OPTIONAL MATCH (n) WHERE $v IN (CASE WHEN valueType(n[$p]) STARTS WITH 'LIST' THEN n[$p] ELSE [n[$p]] END)
           WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() WHERE r[$p] = $v WITH nodes, count(r) AS relationships
           RETURN nodes + relationships AS found`,
          { p: property, v: payload },
        );
        expect(row?.found, `${JSON.stringify(payload)} stored by ${where}`).toBeGreaterThan(0);
      }
    }
  });

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
