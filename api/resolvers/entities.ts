import { isBreach, type NodeRecord } from '../../graph/index.js';
import type { Context } from '../context.js';
import { badInput } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import { today } from './connection.js';
import { relationshipResolvers } from './relationships.js';

const byTypename = (node: { __typename: string }) => node.__typename as never;
const num = (v: unknown) => (typeof v === 'number' ? v : null);

function evidenceStatus(node: NodeRecord, asOf: string | null | undefined, expiringDays: number | null | undefined, ctx: Context) {
  const days = expiringDays ?? 30;
  if (days < 0 || days > 3650) throw badInput('expiringDays', 'expiringDays must be from 0 to 3650.');
  return ctx.loaders.evidenceStatus(asOf ?? today(), days).load(node.id);
}

/** Fields computed from a node's properties (scores, freshness, breach). */
const computed: Resolvers = {
  Node: { __resolveType: byTypename },
  Owner: { __resolveType: byTypename },
  Clause: { mappings: (c, _, { loaders }) => loaders.mappings.load(c.id) },
  Control: { mappings: (c, _, { loaders }) => loaders.mappings.load(c.id) },
  Risk: {
    inherentScore: (r) => Number(r.likelihood) * Number(r.impact),
    residualScore: (r) => {
      const l = num(r.residualLikelihood);
      const i = num(r.residualImpact);
      return l !== null && i !== null ? l * i : null;
    },
  },
  Evidence: {
    expiresOn: async (e, _, ctx) => (await evidenceStatus(e, null, null, ctx))?.expiresOn ?? null,
    freshness: async (e, { asOf, expiringDays }, ctx) => (await evidenceStatus(e, asOf, expiringDays, ctx))?.freshness ?? 'stale',
  },
  KPI: {
    breached: (k) => {
      const value = num(k.lastValue);
      const threshold = num(k.threshold);
      if (value === null || threshold === null) return null;
      return isBreach(k.direction as string | undefined, threshold, value);
    },
  },
};

/** Computed fields merged with the relationship fields of api/resolvers/relationships.ts. */
export function entityResolvers(): Resolvers {
  const merged: Record<string, object> = { ...relationshipResolvers() };
  for (const [type, fields] of Object.entries(computed)) merged[type] = { ...merged[type], ...fields };
  return merged as Resolvers;
}
