import type { GraphData } from '../../graph/graphData.js';
import { referenceOrganization } from '../organization/index.js';
import { generateUnit, unitCode, unitName } from './unit.js';

/**
 * Grows the reference organisation into a large one, deterministically for a seed.
 *
 * Scale n means n "business units" of customer-service AI: unit 1 is the reference organisation
 * itself (Brightwater's home market), units 2…n are generated business units (one market and
 * business line each, ~25 systems, ~100 risks, ~500 implementations, ~2,000 evidence records).
 * From scale 2 on, a group-platform chunk (16 platform systems and 60 global vendors, shared by
 * every unit) comes before them. Chunks, in order:
 *
 *   0      the reference organisation, exactly `referenceOrganization(today)`
 *   1      group platforms and global vendors (scale ≥ 2)
 *   1 + u  business unit u = 1 … scale − 1
 *
 * Each chunk lists its nodes before its relationships, and its relationships only reach nodes of
 * the same or an earlier chunk, the reference organisation or the catalog. A chunk depends only on
 * (seed, chunk index, today), never on the scale or other chunks, so a loader that records the
 * last chunk it finished can resume with `fromChunk` and get the same rows.
 */
export const PRESETS = { small: 5, medium: 50, large: 200 } as const;
export type Preset = keyof typeof PRESETS;
export const DEFAULT_SEED = 42;

export interface GenerateOptions {
  scale: number;
  /** Any string or number; `42` and `"42"` give the same data (the seed is hashed as text). */
  seed?: string | number;
  /** The loading day, `YYYY-MM-DD`: every date is placed relative to it. */
  today: string;
  /** First chunk to yield (to resume a load); 0 by default. */
  fromChunk?: number;
}

/** A preset name or a positive integer. */
export function parseScale(text: string): number {
  if (Object.hasOwn(PRESETS, text)) return PRESETS[text as Preset];
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`Scale must be ${Object.keys(PRESETS).join(', ')} or a whole number ≥ 1, got "${text}"`);
  return n;
}

export const chunkCount = (scale: number): number => (scale <= 1 ? 1 : scale + 1);

/** Human name of a chunk, for progress lines. */
export function chunkName(index: number): string {
  if (index === 0) return 'reference organisation';
  return `${unitCode(index - 1)} ${unitName(index - 1)}`;
}

/** One chunk by index; chunks can be produced in any order, alone. */
export function generateChunk(index: number, seed: string | number, today: string): GraphData {
  if (!Number.isInteger(index) || index < 0) throw new Error(`Bad chunk index ${index}`);
  return index === 0 ? referenceOrganization(today) : generateUnit(seed, index - 1, today);
}

/** The organisation at `scale`, one chunk at a time, so ~1M relationships never sit in memory at once. */
export function* generateOrganization(options: GenerateOptions): Generator<GraphData> {
  const { scale, seed = DEFAULT_SEED, today, fromChunk = 0 } = options;
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`Scale must be a whole number ≥ 1, got ${scale}`);
  for (let i = fromChunk; i < chunkCount(scale); i++) yield generateChunk(i, seed, today);
}

/** The whole organisation as one body of graph data (for small scales; scale 1 is the reference organisation). */
export function generate(options: GenerateOptions): GraphData {
  const chunks = [...generateOrganization(options)];
  if (chunks.length === 1) return chunks[0] as GraphData;
  return { nodes: chunks.flatMap((c) => c.nodes), relationships: chunks.flatMap((c) => c.relationships) };
}
