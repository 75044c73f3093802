import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphData, NodeRow } from '../../graph/graphData.js';
import { labels, relationships, type Label, type PropertySpec, type RelationshipSpec } from '../../graph/model.js';
import { referenceOrganization } from './index.js';
import { hasModelType } from '../../test/setup/modelTypes.js';

interface Catalog {
  clauses: { id: string }[];
  annexA: { controls: { id: string }[] };
  annexC: { riskSources: { id: string }[] };
}
const catalog = JSON.parse(readFileSync(new URL('../catalog/iso42001.json', import.meta.url), 'utf8')) as Catalog;
const controlIds = catalog.annexA.controls.map((c) => c.id);
const catalogIds: Partial<Record<Label, Set<string>>> = {
  Clause: new Set(catalog.clauses.map((c) => c.id)),
  Control: new Set(controlIds),
  RiskSource: new Set(catalog.annexC.riskSources.map((s) => s.id)),
  Standard: new Set(['ISO42001']),
};

const DAYS = ['2026-01-15', '2031-07-04'];

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const rowsOf = (g: GraphData, label: Label): NodeRow[] => g.nodes.filter((b) => b.label === label).flatMap((b) => b.rows);
const edgesOf = (g: GraphData, type: string) => g.relationships.filter((b) => b.type === type).flatMap((b) => b.rows);
const str = (row: NodeRow, key: string): string => String(row[key]);

type Freshness = 'current' | 'expiring' | 'stale' | 'superseded';

/** The freshness rule, written out independently of the seed code. */
function freshnessOf(g: GraphData, today: string): Map<string, Freshness> {
  const evidence = rowsOf(g, 'Evidence');
  const recordedOn = new Map(evidence.map((e) => [e.id, str(e, 'recordedAt').slice(0, 10)]));
  const superseded = new Set(
    edgesOf(g, 'SUPERSEDES').filter((s) => (recordedOn.get(s.from) ?? '9999') <= today).map((s) => s.to),
  );
  return new Map(
    evidence.map((e): [string, Freshness] => {
      if (superseded.has(e.id)) return [e.id, 'superseded'];
      const expiry = typeof e.validUntil === 'string'
        ? e.validUntil
        : addDays(recordedOn.get(e.id) ?? '', Number(e.reviewIntervalDays));
      if (expiry < today) return [e.id, 'stale'];
      return [e.id, expiry < addDays(today, 30) ? 'expiring' : 'current'];
    }),
  );
}

describe.each(DAYS)('referenceOrganization(%s)', (today) => {
  const g = referenceOrganization(today);
  const ids = g.nodes.flatMap((b) => b.rows.map((r) => r.id));
  const idsByLabel = new Map(g.nodes.map((b) => [b.label, new Set(b.rows.map((r) => r.id))]));
  const implementations = rowsOf(g, 'Implementation');
  const supports = edgesOf(g, 'SUPPORTS');
  const freshness = freshnessOf(g, today);

  it('is deterministic for a day', () => {
    expect(JSON.stringify(referenceOrganization(today))).toBe(JSON.stringify(g));
  });

  it('has unique ids', () => {
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses only declared properties, with their types, and sets required ones', () => {
    for (const batch of g.nodes) {
      const spec: Record<string, PropertySpec> = labels[batch.label].properties;
      for (const row of batch.rows) {
        for (const [key, value] of Object.entries(row)) {
          expect(spec[key], `${batch.label}.${key}`).toBeDefined();
          expect(hasModelType(value, spec[key] as PropertySpec), `${row.id}.${key} = ${JSON.stringify(value)}`).toBe(true);
        }
        for (const [key, p] of Object.entries(spec)) if (p.required) expect(row[key], `${row.id}.${key}`).toBeDefined();
      }
    }
    for (const batch of g.relationships) {
      const spec: Record<string, PropertySpec> = (relationships[batch.type] as RelationshipSpec).properties ?? {};
      for (const row of batch.rows) {
        for (const [key, value] of Object.entries(row.properties ?? {})) {
          expect(spec[key], `${batch.type}.${key}`).toBeDefined();
          expect(hasModelType(value, spec[key] as PropertySpec), `${batch.type}.${key}`).toBe(true);
        }
      }
    }
  });

  it('joins only the labels each relationship type allows, between ids that exist', () => {
    for (const batch of g.relationships) {
      const spec = relationships[batch.type];
      expect((spec.from as readonly Label[]).includes(batch.from), `${batch.type} from ${batch.from}`).toBe(true);
      expect((spec.to as readonly Label[]).includes(batch.to), `${batch.type} to ${batch.to}`).toBe(true);
      for (const { from, to } of batch.rows) {
        for (const [id, label] of [[from, batch.from], [to, batch.to]] as const) {
          const known = idsByLabel.get(label)?.has(id) || catalogIds[label]?.has(id);
          expect(known, `${batch.type} ${from} -> ${to}: ${label} ${id}`).toBe(true);
        }
      }
    }
  });

  it('references catalog ids only from the ISO 42001 catalog', () => {
    const referenced = g.relationships
      .flatMap((b) => b.rows.flatMap((r) => [[b.from, r.from], [b.to, r.to]] as const))
      .filter(([label]) => catalogIds[label]);
    expect(referenced.length).toBeGreaterThan(0);
    for (const [label, id] of referenced) expect(catalogIds[label]?.has(id), `${label} ${id}`).toBe(true);
    expect(controlIds).toHaveLength(38);
  });

  it('implements every Annex A control, justifying exclusions', () => {
    expect(new Set(edgesOf(g, 'IMPLEMENTS').map((e) => e.to))).toEqual(new Set(controlIds));
    const applied = new Set(edgesOf(g, 'APPLIES_TO').map((e) => e.from));
    const owned = new Set(edgesOf(g, 'OWNS').map((e) => e.to));
    for (const imp of implementations) {
      expect(applied.has(imp.id) && owned.has(imp.id), imp.id).toBe(true);
      if (imp.status === 'excluded') expect(str(imp, 'justification').length, imp.id).toBeGreaterThan(40);
    }
    expect(implementations.filter((i) => i.status === 'excluded').length).toBeGreaterThanOrEqual(2);
  });

  it('holds a real mix of evidence freshness', () => {
    const count = (f: Freshness) => [...freshness.values()].filter((v) => v === f).length;
    expect(freshness.size).toBeGreaterThanOrEqual(60);
    expect(count('current')).toBeGreaterThan(count('stale') + count('expiring'));
    expect(count('expiring')).toBeGreaterThanOrEqual(5);
    expect(count('stale')).toBeGreaterThanOrEqual(5);

    const next = new Map(edgesOf(g, 'SUPERSEDES').map((s) => [s.from, s.to]));
    const heads = [...next.keys()].filter((id) => ![...next.values()].includes(id));
    const lengths = heads.map((head) => {
      let n = 1;
      for (let id: string | undefined = head; id && next.has(id); id = next.get(id)) n++;
      return n;
    });
    expect(lengths.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...lengths)).toBeGreaterThanOrEqual(3);
  });

  it('dates evidence consistently, before the loading day', () => {
    for (const e of rowsOf(g, 'Evidence')) {
      const recorded = str(e, 'recordedAt');
      expect(recorded < `${today}T00:00:00Z`, e.id).toBe(true);
      expect(str(e, 'periodStart') <= str(e, 'periodEnd') && str(e, 'periodEnd') <= recorded.slice(0, 10), e.id).toBe(true);
      expect((e.validUntil === undefined) !== (e.reviewIntervalDays === undefined), e.id).toBe(true);
      expect(str(e, 'sha256')).toMatch(/^[0-9a-f]{64}$/);
      expect(str(e, 'uri')).toMatch(/^https:\/\/evidence\.brightwater\.example\//);
    }
    const states = rowsOf(g, 'Evidence').map((e) => e.reviewState);
    expect(states.filter((s) => s === 'rejected')).toHaveLength(1);
    expect(states.filter((s) => s === 'accepted').length).toBeGreaterThan(states.length / 2);
  });

  it('backs implemented controls with current evidence, except a few deliberate stale ones', () => {
    const evidenceOf = (impId: string) => supports.filter((s) => s.to === impId).map((s) => s.from);
    const rejected = new Set(rowsOf(g, 'Evidence').filter((e) => e.reviewState === 'rejected').map((e) => e.id));
    const withoutCurrent = implementations
      .filter((i) => i.status === 'implemented')
      .filter((i) => !evidenceOf(i.id).some((e) => freshness.get(e) === 'current' && !rejected.has(e)));
    expect(withoutCurrent.length).toBeGreaterThanOrEqual(2);
    expect(withoutCurrent.length).toBeLessThanOrEqual(3);
    for (const imp of withoutCurrent) {
      const states = evidenceOf(imp.id).map((e) => freshness.get(e));
      expect(states.length > 0 && states.every((s) => s === 'stale'), imp.id).toBe(true);
    }
    for (const imp of implementations.filter((i) => ['planned', 'not-started', 'excluded'].includes(str(i, 'status')))) {
      expect(evidenceOf(imp.id), imp.id).toEqual([]);
    }
  });

  it('lets SYS-WEBCHAT inherit a stale-evidenced control through a dependency', () => {
    const deps = edgesOf(g, 'DEPENDS_ON');
    const reached = new Set<string>();
    const walk = (id: string) => deps.filter((d) => d.from === id && !reached.has(d.to)).forEach((d) => (reached.add(d.to), walk(d.to)));
    walk('SYS-WEBCHAT');
    const attached = ['RUNS', 'USES', 'PROVIDED_BY'].flatMap((t) => edgesOf(g, t)).filter((e) => reached.has(e.from)).map((e) => e.to);
    const inheritedScopes = new Set([...reached, ...attached]);
    const inherited = new Set(edgesOf(g, 'APPLIES_TO').filter((a) => inheritedScopes.has(a.to)).map((a) => a.from));
    expect(supports.some((s) => inherited.has(s.to) && freshness.get(s.from) === 'stale')).toBe(true);
    const ownControls = new Set(edgesOf(g, 'APPLIES_TO').filter((a) => a.to === 'SYS-WEBCHAT').map((a) => a.from.split('-')[1]));
    expect(ownControls.has('A.6.2.4')).toBe(false);
  });

  it('has acyclic system dependencies at most 3 deep', () => {
    const deps = edgesOf(g, 'DEPENDS_ON');
    const depth = (id: string, seen: string[]): number => {
      expect(seen.includes(id), `cycle through ${id}`).toBe(false);
      return Math.max(0, ...deps.filter((d) => d.from === id).map((d) => 1 + depth(d.to, [...seen, id])));
    };
    const depths = rowsOf(g, 'AISystem').map((s) => depth(s.id, []));
    expect(Math.max(...depths)).toBe(3);
  });

  it('keeps the deliberate governance gaps', () => {
    const owned = new Set(edgesOf(g, 'OWNS').map((e) => e.to));
    expect(rowsOf(g, 'Dataset').filter((d) => !owned.has(d.id))).toHaveLength(1);
    expect(rowsOf(g, 'AISystem').filter((s) => !owned.has(s.id))).toHaveLength(1);

    const appetite = Number(rowsOf(g, 'Organization')[0]?.riskAppetite);
    const mitigated = new Set(edgesOf(g, 'MITIGATES').map((e) => e.to));
    const gaps = rowsOf(g, 'Risk').filter((r) => Number(r.residualLikelihood) * Number(r.residualImpact) > appetite && !mitigated.has(r.id));
    expect(gaps.length).toBeGreaterThanOrEqual(1);

    const breached = rowsOf(g, 'KPI').filter((k) =>
      k.direction === 'higher-is-better' ? Number(k.lastValue) < Number(k.threshold) : Number(k.lastValue) > Number(k.threshold));
    expect(breached).toHaveLength(1);
    expect(rowsOf(g, 'Vendor').some((v) => str(v, 'lastAssessedOn') < addDays(today, -365))).toBe(true);

    const operated = new Set(edgesOf(g, 'OPERATES').map((e) => e.to));
    expect(rowsOf(g, 'AISystem').every((s) => operated.has(s.id))).toBe(true);
  });
});
