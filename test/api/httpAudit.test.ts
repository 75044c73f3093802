import { auditServer } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { useReferenceApi } from '../setup/api.js';

const { api } = useReferenceApi(null);

describe('GraphQL over HTTP', () => {
  it('passes every MUST of the graphql-http server audits', async () => {
    // The audits are a client with a key, as every client of this API must be.
    const fetchFn = (input: string | URL | Request, init: RequestInit = {}) =>
      fetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${api().tokens.viewer}` } });
    const results = await auditServer({ url: `${api().url}/graphql`, fetchFn });
    const mustFailures = results.filter((r) => r.status === 'error').map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(mustFailures).toEqual([]);
    expect(results.filter((r) => r.name.startsWith('MUST') && r.status === 'ok').length).toBeGreaterThan(10);
  });
});
