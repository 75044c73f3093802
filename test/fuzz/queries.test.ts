import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../graph/index.js';
import { useReferenceApi } from '../setup/api.js';
import { inputCount, SEED } from './inputCount.js';
import { malformedQuery } from './malformedDocuments.js';
import { loadReference, type Reference } from './queryArgs.js';
import { queryCases, queryFields, type QueryCase } from './queryCases.js';
import { expectAnswered, expectAnsweredOrRefused, expectLocated, expectRefused, expectSound, send, sendRaw } from './replies.js';

const { graph, api } = useReferenceApi('2026-11-26');
const count = inputCount('queries');
let ref: Reference;
let cases: QueryCase[];

beforeAll(async () => {
  // A few changes, so that history has pages to walk.
  for (const description of ['fuzz one', 'fuzz two', 'fuzz three']) {
    expectAnswered(await send(api(), 'mutation($d: String) { updateAISystem(id: "SYS-WEBCHAT", patch: {description: $d}) { id } }', { d: description }, 'editor'));
  }
  ref = await loadReference(graph(), api());
  cases = queryCases(ref);
});

/** Fields without arguments, asked with every role: who may ask what. */
const plain: Record<string, { query: string; roles: (Role | null)[] }> = {
  standards: { query: '{ standards { id } }', roles: ['viewer', 'auditor', 'editor', 'admin'] },
  organization: { query: '{ organization { id name } }', roles: ['viewer', 'auditor', 'editor', 'admin'] },
  me: { query: '{ me { id role } }', roles: ['viewer', 'auditor', 'editor', 'admin'] },
  apiKeys: { query: '{ apiKeys { id role } }', roles: ['admin'] },
};
const ROLES: (Role | null)[] = ['viewer', 'auditor', 'editor', 'admin', null];
const ROLE_RUNS = 300;
const MALFORMED_RUNS = 600;

describe('fuzzed queries, through the HTTP API on the reference graph', () => {
  it('cover every Query field the schema offers', async () => {
    const reply = await send(api(), '{ __schema { queryType { fields { name } } } }');
    const offered = (expectAnswered(reply).__schema as { queryType: { fields: { name: string }[] } }).queryType.fields.map((f) => f.name);
    expect(cases.map((c) => c.field)).toEqual(queryFields);
    expect([...queryFields, ...Object.keys(plain)].sort()).toEqual([...offered].sort());
  });

  describe('regressions: inputs the fuzz found mishandled', () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

    it('stale evidence asked about the last days a Date can name is answered, not an internal error', async () => {
      for (const [asOf, withinDays] of [['9999-12-31', 3650], ['9999-12-01', 100], ['0000-01-01', 0]] as const) {
        expectAnswered(await send(api(), 'query($a: Date, $w: Int) { staleEvidence(asOf: $a, withinDays: $w) { totalCount } }', { a: asOf, w: withinDays }, 'viewer'));
      }
    });

    it('an explicit null withinDays takes the default, as every other optional argument does', async () => {
      const ask = (w: number | null) => send(api(), 'query($w: Int) { staleEvidence(asOf: "2026-11-26", withinDays: $w) { totalCount } }', { w }, 'viewer');
      expect(expectAnswered(await ask(null))).toEqual(expectAnswered(await ask(30)));
    });

    it('a history cursor forged with a time that is none is refused naming after; real cursors still page', async () => {
      const page = (after: string | null) =>
        send(api(), 'query($a: String) { history(id: "SYS-WEBCHAT", first: 1, after: $a) { totalCount pageInfo { endCursor } edges { node { id } } } }', { a: after }, 'auditor');
      for (const forged of [encode(['history', '', '']), encode(['history', 'garbage', 'CHG-x']), encode(['history', '2026-02-30T25:00:00Z', 'x'])]) {
        expectRefused(await page(forged), [{ field: 'after', code: 'BAD_USER_INPUT' }]);
      }
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const { history } = expectAnswered(await page(after)) as { history: { totalCount: number; pageInfo: { endCursor: string | null }; edges: { node: { id: string } }[] } };
        seen.push(...history.edges.map((e) => e.node.id));
        after = history.edges.length ? history.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toHaveLength(3);
      expect(new Set(seen).size).toBe(3);
    });

    it('a Date literal that is none is refused where it is written', async () => {
      for (const literal of ['"2026-13-01"', '5', '"2026-02-30"']) {
        const document = `{ staleEvidence(asOf: ${literal}) { totalCount } }`;
        const reply = await send(api(), document, {}, 'viewer');
        expect(reply.errors.map((e) => [e.extensions?.code, e.locations, /Date/.test(e.message)])).toEqual([
          ['GRAPHQL_VALIDATION_FAILED', [{ line: 1, column: document.indexOf(literal) + 1 }], true],
        ]);
      }
    });

    it('evidence filtered by freshness refuses a window outside 0 to 3650 days, naming filter.expiringDays', async () => {
      for (const days of [-1, 3651, 2 ** 31 - 1]) {
        const reply = await send(api(), 'query($f: EvidenceFilter) { evidence(filter: $f) { totalCount } }', { f: { freshness: 'STALE', expiringDays: days } }, 'viewer');
        expect(reply.errors.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'filter.expiringDays']]);
      }
    });
  });
});

// Reads change nothing, so the properties run side by side: the test process (client and server)
// and Neo4j work at once instead of in turn.
describe.concurrent('fuzzed queries, side by side', () => {
  // The cases are made once the reference is loaded (they draw its ids and cursors), by name.
  for (const field of queryFields) {
    it(`${field}: bad arguments refused naming the argument, good ones answered as the schema promises`, async () => {
      const c = cases.find((q) => q.field === field)!;
      let answered = 0;
      const property = fc.asyncProperty(c.arb, async (a) => {
        count.add(c.field);
        const reply = await send(api(), a.query, a.variables, c.role ?? 'viewer');
        if (a.bads.length) return expectRefused(reply, [...a.bads, ...a.maybe]);
        if (a.maybe.length) return expectAnsweredOrRefused(reply, a.maybe);
        a.check?.(expectAnswered(reply));
        answered += 1;
        count.answered(c.field);
      });
      await fc.assert(property, { seed: SEED, numRuns: c.runs });
      // Both halves ran: arguments that must be answered, not only ones refused.
      expect(answered, 'good arguments answered').toBeGreaterThan(c.runs / 5);
    });
  }

  it('roles: each field answers the roles that may ask it and refuses the others', async () => {
    const property = fc.asyncProperty(fc.constantFrom(...Object.keys(plain)), fc.constantFrom(...ROLES), async (field, role) => {
      count.add('roles');
      const reply = await send(api(), plain[field]!.query, {}, role);
      expectSound(reply);
      if (role === null) {
        expect([reply.status, reply.errors[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
      } else if (plain[field]!.roles.includes(role)) {
        expect(expectAnswered(reply)[field]).toBeTruthy();
        count.answered('roles');
      } else {
        expect(reply.errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      }
    });
    await fc.assert(property, { seed: SEED, numRuns: ROLE_RUNS });
  });

  it('malformed documents: refused without a 5xx, at the spot graphql-js points to', async () => {
    const property = fc.asyncProperty(malformedQuery(), async (m) => {
      count.add('malformed documents');
      const reply = await sendRaw(api(), m.body, 'viewer', m.contentType);
      expectSound(reply);
      expectLocated(reply);
      if (reply.json && !reply.errors.length) count.answered('malformed documents');
    });
    await fc.assert(property, { seed: SEED, numRuns: MALFORMED_RUNS });
  });
});
