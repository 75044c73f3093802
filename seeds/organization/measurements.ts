import { isBreach } from '../../graph/workflows/kpiBreach.js';
import type { Clock } from './clock.js';
import type { MeasurementRecord } from './governanceTypes.js';
import type { KpiRecord } from './types.js';

/**
 * How a KPI's series ran: a measurement every `everyDays`, `count` of them, ending on the KPI's
 * measuredOn at its lastValue. Between anchors (days from loading, value) the level is linear, with
 * a little deterministic noise; `events` pin the values the incidents and releases explain.
 */
interface SeriesShape {
  everyDays: number;
  count: number;
  anchors: [number, number][];
  noise: number;
  decimals?: number;
  events?: Record<number, [number, string]>;
}

const shapes: Record<string, SeriesShape> = {
  'KPI-FCR-WEBCHAT': {
    everyDays: 7, count: 26, noise: 0.9,
    anchors: [[-177, 66.8], [-71, 67.3], [-57, 69.1], [-2, 69.4]],
    events: {
      [-58]: [69.0, 'First full week on intent classifier 3.2 (CR-0188): fewer eSIM and roaming questions misread.'],
      [-30]: [63.7, 'INC-0157: the LLM outage sent every chat to an agent for three hours.'],
    },
  },
  'KPI-ESCALATION-WEBCHAT': {
    everyDays: 7, count: 26, noise: 1.0,
    anchors: [[-177, 29.6], [-2, 27.8]],
    events: {
      [-30]: [36.2, 'INC-0157: the bots fell back to a hand-off message while the LLM API was down.'],
      [-23]: [29.9, 'Back within threshold after the vendor restored the EU region.'],
    },
  },
  'KPI-CSAT-BILLING': {
    everyDays: 7, count: 26, noise: 0.8,
    anchors: [[-178, 78.6], [-80, 76.1], [-45, 69.7], [-3, 68.5]],
    events: {
      [-73]: [61.8, 'INC-0141: customers promised roaming refunds that never came; survey comments name the assistant.'],
      [-66]: [63.4, 'Affected customers contacted and credited; refund questions now go to an agent.'],
      [-59]: [65.9, 'Longer waits for refund questions since the emergency change (CR-0194).'],
      [-52]: [67.1, 'Recovering slowly; refund and credit questions still wait for an agent.'],
      [-3]: [68.5, 'Still below threshold; the new billing prompt (CR-0215) awaits its last approval.'],
    },
  },
  'KPI-SENTIMENT-TREND': {
    everyDays: 7, count: 26, noise: 1.4,
    anchors: [[-176, 14.1], [-1, 12.5]],
    events: {
      [-71]: [8.9, 'Billing complaints after INC-0141 pull the 28-day trend down.'],
      [-64]: [7.8, 'Lowest point of the quarter; still above threshold.'],
      [-57]: [9.6, 'Recovering as INC-0141 leaves the 28-day window.'],
      [-29]: [10.4, 'INC-0157 outage week.'],
    },
  },
  'KPI-HANDLE-TIME-RATIO': {
    everyDays: 7, count: 26, noise: 1.3,
    anchors: [[-182, 78.4], [-7, 71]],
    events: { [-28]: [77.2, 'INC-0157: conversations restarted with agents after the fallback message.'] },
  },
  'KPI-HANDOFF-CONFIDENCE': {
    everyDays: 7, count: 26, noise: 0.3,
    anchors: [[-176, 98.4], [-1, 98.1]],
    events: { [-64]: [97.3, 'Intent 3.2 cut-over: confidences recalibrated, hand-off threshold retuned two days later.'] },
  },
  'KPI-STT-WER': {
    everyDays: 30, count: 12, noise: 0.35,
    anchors: [[-342, 11.2], [-222, 11.0], [-192, 10.1], [-12, 9.6]],
    events: { [-192]: [10.1, 'First monthly sample on Vocalis ASR 7 with the tariff and device vocabulary.'] },
  },
  'KPI-PII-RECALL': {
    everyDays: 30, count: 12, noise: 0.12, decimals: 2,
    anchors: [[-335, 98.85], [-185, 98.9], [-155, 99.2], [-5, 99.2]],
    events: { [-155]: [99.24, 'First monthly run on PII recogniser 2.0: one-line addresses now caught.'] },
  },
};

/** Days from `from` to `to` (both YYYY-MM-DD). */
const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** A fixed number in [-1, 1] for a text (FNV-1a), so the noise is the same on every load. */
function wobble(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  // Murmur3's finaliser, so ids differing in their last digit land far apart.
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (((h ^ (h >>> 16)) >>> 0) / 0xffffffff) * 2 - 1;
}

function level(anchors: [number, number][], day: number): number {
  const [first] = anchors;
  if (!first || day <= first[0]) return first?.[1] ?? 0;
  for (let i = 1; i < anchors.length; i++) {
    const [d0, v0] = anchors[i - 1] as [number, number];
    const [d1, v1] = anchors[i] as [number, number];
    if (day <= d1) return v0 + ((v1 - v0) * (day - d0)) / (d1 - d0);
  }
  return (anchors.at(-1) as [number, number])[1];
}

/**
 * Every KPI's series, oldest first, ids numbered from the oldest (`MSR-CSAT-BILLING-001`) so that
 * loading on another day moves the same nodes rather than adding new ones. Noise never makes a
 * breach on its own: where the level is within the threshold, a value it would push over is held
 * just inside, so only the pinned events and a level set beyond the threshold breach.
 */
export function measurements(t: Clock, kpis: readonly KpiRecord[]): MeasurementRecord[] {
  return kpis.flatMap((kpi) => {
    const shape = shapes[kpi.id];
    if (!shape) throw new Error(`No series shape for ${kpi.id}`);
    const last = daysBetween(t.today, kpi.measuredOn);
    const factor = 10 ** (shape.decimals ?? 1);
    return Array.from({ length: shape.count }, (_, k): MeasurementRecord => {
      const day = last - shape.everyDays * (shape.count - 1 - k);
      const id = `MSR-${kpi.id.replace(/^KPI-/, '')}-${String(k + 1).padStart(3, '0')}`;
      const event = shape.events?.[day];
      let value: number;
      if (day === last) value = kpi.lastValue;
      else if (event) value = event[0];
      else {
        const base = level(shape.anchors, day);
        value = Math.round((base + shape.noise * wobble(id)) * factor) / factor;
        if (isBreach(kpi.direction, kpi.threshold, value) && !isBreach(kpi.direction, kpi.threshold, base)) {
          value = kpi.direction === 'lower-is-better' ? kpi.threshold - 0.3 : kpi.threshold + 0.3;
        }
      }
      return { id, kpi: kpi.id, value, measuredOn: t.day(day), ...(event ? { note: event[1] } : {}) };
    });
  });
}
