import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../graph/errors.js';
import { MAX_PAGE_SIZE, type Page } from '../../graph/queries/input.js';
import { staleEvidence, type StaleEvidenceRow } from '../../graph/queries/staleEvidence.js';
import { evidence as seedEvidence } from '../../seeds/organization/evidence.js';
import { systems } from '../../seeds/organization/systems.js';
import { addDays, allPages, expectWalk, ids, LOADED_ON, referenceGraph } from './fixture.js';

const graph = referenceGraph();

// Named in the header comment of seeds/organization/evidence.ts; they hold on any loading day.
const STALE = ['EVD-0020', 'EVD-0047', 'EVD-0048', 'EVD-0056', 'EVD-0058', 'EVD-0070', 'EVD-0073'];
const EXPIRING = ['EVD-0006', 'EVD-0012', 'EVD-0015', 'EVD-0043', 'EVD-0063', 'EVD-0068'];
const SUPERSEDED = ['EVD-0002', 'EVD-0028', 'EVD-0030', 'EVD-0031', 'EVD-0036', 'EVD-0072'];

/** Expiry read off the seed record: validUntilInDays, or reviewIntervalDays after recording. */
function seedExpiry(id: string): string {
  const e = seedEvidence.find((r) => r.id === id)!;
  return addDays(LOADED_ON, 'validUntilInDays' in e ? e.validUntilInDays : e.reviewIntervalDays - e.recordedDaysAgo);
}

describe('stale and expiring evidence on the loading day', () => {
  let all: Page<StaleEvidenceRow>;
  const row = (id: string) => all.rows.find((r) => r.id === id);
  beforeAll(async () => {
    all = await staleEvidence(graph(), { asOf: LOADED_ON, withinDays: 30, first: MAX_PAGE_SIZE });
  });

  it('holds exactly the stale and expiring evidence named in the seeds, superseded evidence aside', () => {
    expect(all.rows.map((r) => r.id).sort()).toEqual([...STALE, ...EXPIRING].sort());
    expect(all.totalCount).toBe(STALE.length + EXPIRING.length);
    expect(all.hasNextPage).toBe(false);
    for (const id of STALE) expect(row(id)?.freshness, id).toBe('stale');
    for (const id of EXPIRING) expect(row(id)?.freshness, id).toBe('expiring');
    for (const id of SUPERSEDED) expect(row(id), id).toBeUndefined();
  });

  it('dates each row: expiry from the seed record, days left negative once expired, soonest first', () => {
    for (const r of all.rows) {
      expect(r.expiresOn, r.id).toBe(seedExpiry(r.id));
      const days = (Date.parse(r.expiresOn) - Date.parse(LOADED_ON)) / 86_400_000;
      expect(r.daysLeft, r.id).toBe(days);
      if (r.freshness === 'stale') expect(r.daysLeft).toBeLessThan(0);
      else expect(r.daysLeft >= 0 && r.daysLeft <= 30).toBe(true);
    }
    const keys = all.rows.map((r) => `${r.expiresOn} ${r.id}`);
    expect(keys).toEqual([...keys].sort());
    expect(row('EVD-0047')).toMatchObject({ kind: 'test-result', reviewState: 'accepted', title: 'LLM event log retention and completeness test' });
    expect(row('EVD-0047')?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(row('EVD-0047')?.uri).toMatch(/logging\/respgen-log-test\.pdf$/);
  });

  it('says what each stale piece backs, down to the clauses', () => {
    for (const id of STALE) {
      const backs = row(id)!.backs;
      expect(backs.length, id).toBeGreaterThan(0);
      for (const b of backs) {
        expectWalk(b.why);
        expect(ids(b.why)).toEqual([id, b.implementation.id, b.control.id]);
        // Every Annex A control supports 6.1.3 (seeds/catalog/controlClauses.ts).
        expect(b.clauses.map((c) => c.id)).toContain('6.1.3');
      }
    }
    expect(row('EVD-0047')?.backs.map((b) => [b.implementation.id, b.control.id, b.scope?.id])).toEqual([
      ['IMP-A.6.2.8-SYS-RESPGEN', 'A.6.2.8', 'SYS-RESPGEN'],
    ]);
  });

  it('names the chatbot among the systems hit by the stale A.6.2.8 evidence it inherits', () => {
    const affected = row('EVD-0047')!.affectedSystems;
    // SYS-RESPGEN itself and its callers (systems.ts): web chat, billing, agent assist, social.
    expect(affected.map((s) => s.id)).toEqual(['SYS-AGENT-ASSIST', 'SYS-BILLING-BOT', 'SYS-RESPGEN', 'SYS-SOCIAL', 'SYS-WEBCHAT']);
    const webchat = affected.find((s) => s.id === 'SYS-WEBCHAT')!;
    expect(webchat).toMatchObject({ riskTier: 'high', customerFacing: true });
    expect(ids(webchat.why)).toEqual(['EVD-0047', 'IMP-A.6.2.8-SYS-RESPGEN', 'SYS-RESPGEN', 'SYS-WEBCHAT']);
    expectWalk(webchat.why);
  });

  it('reaches every system for organisation-wide evidence and none for a scope no system relies on', () => {
    expect(row('EVD-0020')?.affectedSystems).toHaveLength(systems.length);
    // VND-STRATUS hosts the platform but provides no system, model or dataset in the graph.
    expect(row('EVD-0012')?.backs[0]?.scope?.id).toBe('VND-STRATUS');
    expect(row('EVD-0012')?.affectedSystems).toEqual([]);
    // Lineage of the chat transcripts: systems using the dataset, and their callers.
    expect(row('EVD-0056')?.affectedSystems.map((s) => s.id)).toEqual([
      'SYS-BILLING-BOT', 'SYS-EMAIL-TRIAGE', 'SYS-INTENT', 'SYS-ROUTER', 'SYS-VOICE-IVR', 'SYS-WEBCHAT',
    ]);
  });
});

describe('paging and windows', () => {
  it('returns disjoint pages that together make the whole list, in order', async () => {
    const whole = await staleEvidence(graph(), { asOf: LOADED_ON, withinDays: 30, first: MAX_PAGE_SIZE });
    const { pages, totals } = await allPages((after) => staleEvidence(graph(), { asOf: LOADED_ON, withinDays: 30, first: 4, after }));
    expect(pages.map((p) => p.length)).toEqual([4, 4, 4, 1]);
    expect(pages.flat().map((r) => r.id)).toEqual(whole.rows.map((r) => r.id));
    expect(new Set(totals)).toEqual(new Set([whole.totalCount]));
  });

  it('treats withinDays as the expiring window', async () => {
    const none = await staleEvidence(graph(), { asOf: LOADED_ON, withinDays: 0, first: 50 });
    expect(none.rows.map((r) => r.id).sort()).toEqual([...STALE].sort());
    // EVD-0006 has 5 days left, EVD-0043 9 (validUntil), EVD-0012 10.
    const week = await staleEvidence(graph(), { asOf: LOADED_ON, withinDays: 9, first: 50 });
    expect(week.rows.filter((r) => r.freshness === 'expiring').map((r) => r.id)).toEqual(['EVD-0006', 'EVD-0043']);
  });

  it('answers for another day: before 0029 was recorded, 0030 was the live red-team report', async () => {
    // 40 days before loading: 0030 (validUntil −35) has 5 days left and nothing supersedes it yet.
    const earlier = await staleEvidence(graph(), { asOf: addDays(LOADED_ON, -40), withinDays: 30, first: 50 });
    expect(earlier.rows.find((r) => r.id === 'EVD-0030')).toMatchObject({ freshness: 'expiring', daysLeft: 5 });
  });

  it('gives an empty last page and refuses foreign cursors and oversized pages', async () => {
    const empty = await staleEvidence(graph(), { asOf: LOADED_ON, withinDays: 30, first: 0 });
    expect(empty).toMatchObject({ rows: [], totalCount: STALE.length + EXPIRING.length, hasNextPage: true, endCursor: null });
    await expect(staleEvidence(graph(), { asOf: LOADED_ON, withinDays: 30, first: 5, after: 'not-a-cursor' })).rejects.toThrow(InputError);
    const cursorOfAnotherList = Buffer.from(JSON.stringify(['search', 1, 'x'])).toString('base64url');
    await expect(staleEvidence(graph(), { asOf: LOADED_ON, withinDays: 30, first: 5, after: cursorOfAnotherList })).rejects.toThrow(InputError);
    await expect(staleEvidence(graph(), { asOf: LOADED_ON, withinDays: 30, first: MAX_PAGE_SIZE + 1 })).rejects.toThrow(InputError);
    await expect(staleEvidence(graph(), { asOf: LOADED_ON, withinDays: -1, first: 5 })).rejects.toThrow(InputError);
  });
});
