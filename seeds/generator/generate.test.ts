import { describe, expect, it } from 'vitest';
import type { GraphData, PlainValue } from '../../graph/graphData.js';
import { labelOfId } from '../../graph/ids.js';
import { domainLabels, labels, relationships, type Label, type PropertySpec, type RelationshipSpec } from '../../graph/model.js';
import iso from '../catalog/iso42001.json' with { type: 'json' };
import { addDays } from '../organization/clock.js';
import { referenceOrganization } from '../organization/index.js';
import { controlIds, riskSourceIds } from './controls.js';
import { chunkCount, generate, generateChunk, generateOrganization, PRESETS } from './generate.js';
import { shapeOf } from './shape.js';
import { hasModelType } from '../../test/setup/modelTypes.js';

// Pure: no database. The whole `small` preset is materialised once (~1 s); larger ones are measured by sampling units.
const today = '2026-03-01';
const scale = PRESETS.small;
const chunks = [...generateOrganization({ scale, seed: 7, today })];
const shape = shapeOf(chunks, today);
// Clauses too: the reference organisation's audits cover some.
const catalogIds = new Set([...controlIds, ...riskSourceIds, ...iso.clauses.map((c) => c.id), 'ISO42001']);
const relCount = (g: GraphData) => g.relationships.reduce((n, b) => n + b.rows.length, 0);
const rows = (label: Label) => chunks.flatMap((c) => c.nodes.filter((b) => b.label === label).flatMap((b) => b.rows));
const edges = (type: string) => chunks.flatMap((c) => c.relationships.filter((b) => b.type === type).flatMap((b) => b.rows));

/** Every property declared, of its type, within its allowed values; required ones present. Returns the problems. */
function propertyProblems(owner: string, props: Record<string, PlainValue>, declared: Record<string, PropertySpec>): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(props)) {
    const spec = declared[key];
    if (!spec) problems.push(`${owner}.${key} is not in the model`);
    else if (!hasModelType(value, spec)) problems.push(`${owner}.${key}=${JSON.stringify(value)} is not a ${spec.type}`);
    else if (spec.values && !spec.values.includes(value as string)) problems.push(`${owner}.${key}=${String(value)} is not allowed`);
  }
  for (const [key, spec] of Object.entries(declared)) if (spec.required && props[key] == null) problems.push(`${owner}.${key} is missing`);
  return problems;
}

describe('generateOrganization', () => {
  it('is the reference organisation at scale 1', () => {
    expect([...generateOrganization({ scale: 1, today })]).toEqual([referenceOrganization(today)]);
    expect(generate({ scale: 1, today })).toEqual(referenceOrganization(today));
    expect(chunks[0]).toEqual(referenceOrganization(today));
    expect(chunks).toHaveLength(chunkCount(scale));
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(JSON.stringify([...generateOrganization({ scale, seed: 7, today })])).toBe(JSON.stringify(chunks));
    const other = [...generateOrganization({ scale, seed: 8, today })];
    expect(other[0]).toEqual(chunks[0]);
    for (let i = 1; i < chunks.length; i++) expect(JSON.stringify(other[i])).not.toBe(JSON.stringify(chunks[i]));
  });

  it('resumes from any chunk, and a chunk does not depend on the scale', () => {
    expect([...generateOrganization({ scale, seed: 7, today, fromChunk: 3 })]).toEqual(chunks.slice(3));
    expect(generateOrganization({ scale: PRESETS.large, seed: 7, today, fromChunk: 4 }).next().value).toEqual(chunks[4]);
    expect(generateChunk(2, 7, today)).toEqual(chunks[2]);
  });

  it('gives unique ids that carry their label', () => {
    const ids = chunks.flatMap((c) => c.nodes.flatMap((b) => b.rows.map((r) => r.id)));
    expect(new Set(ids).size).toBe(ids.length);
    // The bookkeeping labels (the reference organisation's backdated change events) keep ids of their own.
    const domain = (label: string) => domainLabels.includes(label as (typeof domainLabels)[number]);
    const wrong = chunks.flatMap((c) => c.nodes.filter((b) => domain(b.label)).flatMap((b) => b.rows.filter((r) => labelOfId(r.id) !== b.label).map((r) => r.id)));
    expect(wrong).toEqual([]);
  });

  it('links only to nodes of the same or an earlier chunk or the catalog, along declared types', () => {
    const known = new Map<string, Label>([...catalogIds].map((id) => [id, labelOfId(id) as Label]));
    const problems: string[] = [];
    chunks.forEach((chunk, i) => {
      for (const b of chunk.nodes) for (const r of b.rows) known.set(r.id, b.label);
      for (const batch of chunk.relationships) {
        const spec: RelationshipSpec = relationships[batch.type];
        if (!spec.from.includes(batch.from) || !spec.to.includes(batch.to)) problems.push(`${batch.type} ${batch.from}->${batch.to}`);
        for (const { from, to } of batch.rows) {
          if (known.get(from) !== batch.from) problems.push(`chunk ${i} ${batch.type} from ${from}`);
          if (known.get(to) !== batch.to) problems.push(`chunk ${i} ${batch.type} to ${to}`);
        }
      }
    });
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('uses only declared properties, with their types and allowed values', () => {
    const problems = chunks.slice(1).flatMap((c) => [
      ...c.nodes.flatMap((b) => b.rows.flatMap((row) => propertyProblems(b.label, row, labels[b.label].properties))),
      ...c.relationships.flatMap((b) => {
        const spec: RelationshipSpec = relationships[b.type];
        return b.rows.flatMap((r) => propertyProblems(b.type, r.properties ?? {}, spec.properties ?? {}));
      }),
    ]);
    expect(problems.slice(0, 10)).toEqual([]);
    const excluded = rows('Implementation').filter((r) => r.status === 'excluded');
    expect(excluded.length).toBeGreaterThan(0);
    expect(excluded.filter((r) => !r.justification)).toEqual([]);
  });

  it('has hubs: a few platforms and vendors carry most of the links', () => {
    const { dependsOn, providedBy } = shape;
    expect(dependsOn.max).toBeGreaterThanOrEqual(10 * dependsOn.p50);
    expect(dependsOn.top5.every(([id]) => /^SYS-(RESPGEN|INTENT|PII-REDACT|ROUTER|KNOWLEDGE|GRP-)/.test(id))).toBe(true);
    expect(providedBy.max).toBeGreaterThanOrEqual(20);
    expect(providedBy.max).toBeGreaterThanOrEqual(5 * providedBy.p50);
  });

  it('keeps a realistic evidence freshness mix, with some expiring every day', () => {
    for (const asOf of [today, addDays(today, -200)]) {
      const { evidence } = shapeOf(chunks, asOf);
      expect(evidence.staleShare).toBeGreaterThan(0.05);
      expect(evidence.staleShare).toBeLessThan(0.4);
      expect(evidence.expiringShare).toBeGreaterThan(0.05);
    }
    // Latest records expire on every one of the next 30 days: the graph goes stale a little each day.
    const superseded = new Set(edges('SUPERSEDES').map((e) => e.to));
    const expiries = new Set(rows('Evidence').filter((e) => !superseded.has(e.id))
      .map((e) => (typeof e.validUntil === 'string' ? e.validUntil : addDays(String(e.recordedAt).slice(0, 10), Number(e.reviewIntervalDays)))));
    for (let d = 0; d < 30; d++) expect(expiries.has(addDays(today, d))).toBe(true);
  });

  it('renews evidence in supersession chains over several years, never in a loop', () => {
    expect(shape.chains.cyclic).toBe(false);
    expect(shape.chains.count).toBeGreaterThan(1000);
    expect(shape.chains.longest).toBeGreaterThanOrEqual(8);
    const recorded = new Map(rows('Evidence').map((e) => [e.id, String(e.recordedAt)]));
    expect(edges('SUPERSEDES').filter((e) => (recorded.get(e.from) ?? '') <= (recorded.get(e.to) ?? ''))).toEqual([]);
    const first = [...recorded.values()].sort()[0] ?? '';
    expect(first.slice(0, 10) <= addDays(today, -900)).toBe(true);
    expect([...recorded.values()].every((at) => at.slice(0, 10) < today)).toBe(true);
  });

  it('grows linearly, and the large preset reaches a million relationships', () => {
    const perUnit = chunks.slice(2).map(relCount);
    const mean = perUnit.reduce((a, b) => a + b, 0) / perUnit.length;
    for (const n of perUnit) expect(Math.abs(n - mean) / mean).toBeLessThan(0.3);
    // Units are independent, so a spread sample of the large preset's units estimates its size.
    const sample = Array.from({ length: 8 }, (_, k) => 2 + Math.floor((k * (PRESETS.large - 2)) / 7));
    const sampled = sample.map((i) => shapeOf([generateChunk(i, 7, today)], today));
    const units = PRESETS.large - 1;
    const estimate = (pick: (s: (typeof sampled)[number]) => number) => (sampled.reduce((a, s) => a + pick(s), 0) / sampled.length) * units;
    const fixed = relCount(chunks[0] as GraphData) + relCount(chunks[1] as GraphData);
    expect(fixed + estimate((s) => s.totalRelationships)).toBeGreaterThan(1_100_000);
    expect(estimate((s) => s.nodes.AISystem ?? 0)).toBeGreaterThan(4_500);
    expect(estimate((s) => s.nodes.Risk ?? 0)).toBeGreaterThan(18_000);
    expect(estimate((s) => s.nodes.Implementation ?? 0)).toBeGreaterThan(90_000);
    expect(estimate((s) => s.nodes.Evidence ?? 0)).toBeGreaterThan(350_000);
  });
});
