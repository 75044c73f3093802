import type { levels } from '../modelSpec.js';

export type Tier = (typeof levels)[number];

/**
 * Approvals a change needs before deployment, by the highest risk tier among the systems it
 * touches. A change touching no known system is held to the strictest tier.
 */
export const approvalsRequired: Record<Tier, number> = { high: 3, medium: 2, low: 1 };

export function highestTier(tiers: readonly (string | null | undefined)[]): Tier {
  if (tiers.includes('high') || tiers.length === 0) return 'high';
  if (tiers.includes('medium')) return 'medium';
  // A system whose tier was never set is judged as medium: neither waved through nor blocked.
  return tiers.every((t) => t === 'low') ? 'low' : 'medium';
}
