import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../graph/index.js';
import { digestWatch } from './digestWatch.js';
import { inputCount, SEED } from './inputCount.js';
import { linkAndKeyMutationCases } from './linkMutations.js';
import { nodeMutationCases, type MutationCase } from './nodeMutations.js';
import { workflowMutationCases } from './workflowMutations.js';
import { malformedMutation, mayRun } from './malformedDocuments.js';
import { expectAnswered, expectLocated, expectRefused, expectSound, send, sendRaw, type Bad, type Reply } from './replies.js';
import type { Registry } from './registry.js';
import { useSmallGraphApi } from './smallGraph.js';

const { graph, api, restore } = useSmallGraphApi();
const count = inputCount('mutations');
/**
 * Every field fuzzes one graph, in this order: creates, updates, the workflows' steps, links, keys,
 * then deletes, so that the writes in the middle find things to write on. The registry follows each
 * write that lands.
 */
const steps = workflowMutationCases.map((c) => c.field);
const stage = (field: string) => ['create', 'update', ...steps, 'link', 'unlink', 'createApiKey', 'revokeApiKey', 'delete'].findIndex((p) => field.startsWith(p));
const cases: MutationCase[] = [...nodeMutationCases, ...workflowMutationCases, ...linkAndKeyMutationCases].sort((a, b) => stage(a.field) - stage(b.field));
const watch = digestWatch(graph);
let registry: Registry;
beforeAll(async () => {
  registry = await restore();
});
/** Inputs per Mutation field: 56 fields make 3,360. */
const RUNS = 60;
const MALFORMED_RUNS = 250;

/** Mostly the role the field is for; sometimes one that may not write, or no key at all. */
const roleFor = (role: Role): fc.Arbitrary<Role | null> =>
  fc.oneof(
    { weight: 16, arbitrary: fc.constant(role) },
    { weight: role === 'admin' ? 0 : 3, arbitrary: fc.constant<Role>('admin') },
    { weight: 1, arbitrary: fc.constantFrom<Role | null>('viewer', 'auditor', null, ...(role === 'admin' ? (['editor'] as const) : [])) },
  );

/** A write the caller may not make is refused (input GraphQL cannot coerce is refused first). */
function expectRefusedForRole(reply: Reply, role: Role | null, bads: readonly Bad[]) {
  expectSound(reply);
  if (role === null) {
    expect(reply.status).toBe(401);
    expect(reply.errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    return;
  }
  const forbidden = reply.errors.filter((e) => e.extensions?.code === 'FORBIDDEN');
  if (forbidden.length === 0) expectRefused(reply, bads);
  else expect(forbidden).toHaveLength(reply.errors.length);
}

describe('fuzzed mutations, through the HTTP API on a small graph', () => {
  it('cover every Mutation field the schema offers', async () => {
    const reply = await send(api(), '{ __schema { mutationType { fields { name } } } }');
    const offered = (expectAnswered(reply).__schema as { mutationType: { fields: { name: string }[] } }).mutationType.fields.map((f) => f.name);
    expect(cases.map((c) => c.field).sort()).toEqual([...offered].sort());
  });

  describe('regressions: inputs the fuzz found mishandled, on the graph as loaded', () => {
    const refusedNaming = async (query: string, variables: Record<string, unknown>, bad: Bad) => {
      await watch.restart();
      const reply = await send(api(), query, variables, 'admin');
      expectRefused(reply, [bad]);
      await watch.refused(reply, query);
      await watch.settle();
    };
    const link = 'mutation($input: LinkInput!) { link(input: $input) }';

    it('a string with an unpaired surrogate is refused naming its field, not stored as U+FFFD', async () => {
      await refusedNaming('mutation($input: PersonInput!) { createPerson(input: $input) { id } }', { input: { name: 'x\uD800y' } }, { field: 'input.name', code: 'BAD_USER_INPUT' });
      await refusedNaming('mutation($id: ID!, $patch: DatasetPatch!) { updateDataset(id: $id, patch: $patch) { id } }', { id: 'DS-CHAT-TRANSCRIPTS', patch: { languages: ['en', '\uDC00'] } }, { field: 'patch.languages', code: 'BAD_USER_INPUT' });
      await refusedNaming(link, { input: { type: 'DEPENDS_ON', from: 'SYS-WEBCHAT', to: 'SYS-BILLING-BOT', properties: { purpose: '\uDBFF' } } }, { field: 'properties.purpose', code: 'BAD_USER_INPUT' });
      await refusedNaming('mutation($name: String!) { createApiKey(name: $name, role: VIEWER) { token } }', { name: 'key \uD800' }, { field: 'name', code: 'BAD_USER_INPUT' });
    });

    it('an empty ownerId is refused, not taken for no owner', async () => {
      await refusedNaming('mutation($input: AISystemInput!) { createAISystem(input: $input) { id } }', { input: { name: 'n', kind: 'CHATBOT', ownerId: '' } }, { field: 'input.ownerId', code: 'BAD_USER_INPUT' });
    });

    it('an implementation of a scope off every id scheme is not found, not blamed on an id the client never sent; an empty id is refused', async () => {
      const create = 'mutation($input: ImplementationInput!) { createImplementation(input: $input) { id } }';
      await refusedNaming(create, { input: { controlId: 'A.2.2', scopeId: 'SYS-no such system', status: 'PLANNED' } }, { field: 'input.scopeId', code: 'NOT_FOUND' });
      await refusedNaming(create, { input: { id: '', controlId: 'A.2.2', scopeId: 'SYS-WEBCHAT', status: 'PLANNED' } }, { field: 'input.id', code: 'BAD_USER_INPUT' });
    });

    it('a key expiry that is no instant is refused (30 February, no offset), also written inline, where it is', async () => {
      const create = 'mutation($expiresAt: DateTime) { createApiKey(name: "k", role: VIEWER, expiresAt: $expiresAt) { token } }';
      await refusedNaming(create, { expiresAt: '2030-02-30T00:00:00Z' }, { field: 'expiresAt', code: 'BAD_USER_INPUT' });
      await refusedNaming(create, { expiresAt: '2030-01-01T10:00:00' }, { field: 'expiresAt', code: 'BAD_USER_INPUT' });
      const document = 'mutation { createApiKey(name: "k", role: VIEWER, expiresAt: "2030-02-30T00:00:00Z") { token } }';
      const inline = await send(api(), document);
      expect(inline.errors.map((e) => [e.extensions?.code, e.locations])).toEqual([['GRAPHQL_VALIDATION_FAILED', [{ line: 1, column: document.indexOf('"2030') + 1 }]]]);
    });

    it('a category (an indexed property) longer than an index key is refused, not an internal error; 1,000 characters land', async () => {
      const update = 'mutation($patch: RiskPatch!) { updateRisk(id: "RSK-MISROUTING", patch: $patch) { category } }';
      await refusedNaming(update, { patch: { category: 'a'.repeat(9_000) } }, { field: 'patch.category', code: 'BAD_USER_INPUT' });
      expect(expectAnswered(await send(api(), update, { patch: { category: '😀'.repeat(500) } }))).toEqual({ updateRisk: { category: '😀'.repeat(500) } });
    });

    it('evidence cannot supersede itself', async () => {
      await refusedNaming(link, { input: { type: 'SUPERSEDES', from: 'EVD-0001', to: 'EVD-0001' } }, { field: 'to', path: 'input.to', code: 'BAD_USER_INPUT' });
    });

    it('a management review without decisions answers an empty list of them, not an internal error', async () => {
      const created = expectAnswered(await send(api(), 'mutation { createManagementReview(input: { id: "MR-REGRESSION", title: "t", heldOn: "2026-11-01" }) { decisions } }', {}, 'editor'));
      expect(created).toEqual({ createManagementReview: { decisions: [] } });
      const cleared = expectAnswered(await send(api(), 'mutation { updateManagementReview(id: "MR-REGRESSION", patch: { decisions: null }) { decisions } }', {}, 'editor'));
      expect(cleared).toEqual({ updateManagementReview: { decisions: [] } });
    });

    it('an emergency justification that cannot be stored as sent is refused naming it, not kept as U+FFFD', async () => {
      for (const [field, input] of [
        ['createAISystem', { id: 'SYS-REGRESSION', name: 'n', kind: 'CHATBOT', riskTier: 'LOW' }],
        ['createPerson', { id: 'PER-REGRESSION-A', name: 'a' }],
        ['createPerson', { id: 'PER-REGRESSION-B', name: 'b' }],
      ] as const) {
        expectAnswered(await send(api(), `mutation($input: ${field.slice(6)}Input!) { ${field}(input: $input) { id } }`, { input }, 'editor'));
      }
      const change = { id: 'CR-REGRESSION', title: 't', kind: 'PROMPT', riskReview: 'r', changesIds: ['SYS-REGRESSION'], requestedById: 'PER-REGRESSION-A', approverIds: ['PER-REGRESSION-B'] };
      expectAnswered(await send(api(), 'mutation($input: RequestChangeInput!) { requestChange(input: $input) { id } }', { input: change }, 'editor'));
      const deploy = 'mutation($input: DeployChangeInput!) { deployChange(input: $input) { deploymentNote } }';
      for (const emergencyJustification of ['rollback \uD800', 'x'.repeat(10_001)]) {
        await refusedNaming(deploy, { input: { changeRequestId: 'CR-REGRESSION', emergencyJustification } }, { field: 'input.emergencyJustification', code: 'BAD_USER_INPUT' });
      }
    });

    it('a value recorded on a day a loaded series already has replaces that day\'s value', async () => {
      const [loaded] = await graph().read(
        'MATCH (m:Measurement)-[:MEASUREMENT_OF]->(k:KPI) RETURN m.id AS id, k.id AS kpi, toString(m.measuredOn) AS day ORDER BY m.id LIMIT 1',
      );
      expect(loaded, 'the small graph keeps a loaded series').toBeDefined();
      const recorded = expectAnswered(await send(api(), 'mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id value } }',
        { input: { kpiId: loaded!.kpi, measuredOn: loaded!.day, value: 12.5 } }, 'editor'));
      expect(recorded).toEqual({ recordMeasurement: { id: loaded!.id, value: 12.5 } });
      const [day] = await graph().read('MATCH (:KPI {id: $kpi})<-[:MEASUREMENT_OF]-(m:Measurement {measuredOn: date($day)}) RETURN count(m) AS n', loaded!);
      expect(day!.n).toBe(1);
    });
  });

  for (const c of cases) {
    it(`${c.field}: bad input refused naming the field, the graph unchanged; good input lands`, async () => {
      await watch.restart();
      let landed = 0;
      const property = fc.asyncProperty(c.arb, roleFor(c.role), async (spec, role) => {
        count.add(c.field);
        const attempt = await c.attempt(spec, { registry, graph: graph() });
        const allowed = role === c.role || role === 'admin';
        const mustLand = allowed && attempt.bads.length === 0;
        if (mustLand) await watch.settle();
        const reply = await send(api(), attempt.query, attempt.variables, role);
        if (!mustLand) {
          if (allowed) expectRefused(reply, attempt.bads);
          else expectRefusedForRole(reply, role, attempt.bads);
          return watch.refused(reply, 'a refused write');
        }
        const data = expectAnswered(reply);
        landed += 1;
        count.answered(c.field);
        attempt.landed?.(data);
        await watch.landed(`${c.field} that landed`, attempt.noOp?.(data) ? 'none' : attempt.nodeDelta);
      });
      await fc.assert(property, { seed: SEED, numRuns: RUNS, endOnFailure: true });
      await watch.settle();
      // Both halves of the property ran: inputs that must land and inputs that must be refused.
      expect(landed, 'writes that landed').toBeGreaterThan(RUNS / 10);
      expect(landed, 'writes that landed').toBeLessThan(RUNS * 0.9);
    });
  }

  // graphql-js 16 has no rule for an operation type the schema lacks (complexityLimit refuses it).
  it('a subscription, which the schema does not offer, is refused without an internal error', async () => {
    const reply = await send(api(), 'subscription { deletePerson(id: "PER-NOPE") { id } }', {}, 'editor');
    expectSound(reply);
    expect(reply.errors.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('malformed documents and bodies: refused without a 5xx, the graph unchanged unless the write was well formed', async () => {
    await watch.restart();
    const property = fc.asyncProperty(malformedMutation(), async (m) => {
      count.add('malformed documents');
      // A document that type-checks may be a write that lands: the digest before it tells what it changed.
      if (mayRun(m.body)) await watch.settle();
      const reply = await sendRaw(api(), m.body, 'editor', m.contentType);
      expectSound(reply);
      expectLocated(reply);
      if (reply.errors.length || !reply.json) return watch.refused(reply, 'a refused document');
      count.answered('malformed documents');
      await watch.restart();
    });
    await fc.assert(property, { seed: SEED, numRuns: MALFORMED_RUNS, endOnFailure: true });
    await watch.settle();
  });
});
