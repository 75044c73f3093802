import { residentMb } from '../rssSampler.js';

export interface RssFigures {
  samples: number;
  firstMb: number;
  lastMb: number;
  firstThirdPeakMb: number;
  middleThirdPeakMb: number;
  lastThirdPeakMb: number;
  /** lastThirdPeakMb ≤ max(firstThirdPeakMb, middleThirdPeakMb) × FLAT.ratio + FLAT.slackMb. */
  flat: boolean;
  /** Every sample, MB. */
  series: number[];
}

/**
 * "Flat": the last third of a phase peaks at most 10% + 16 MB above the highest peak before it.
 * Memory that piles up with load (queued bodies, pending promises, buffered answers) grows for as
 * long as the load lasts and passes every earlier peak. RSS also saws up and down between V8's
 * collections, so one third alone is no baseline: after the climb to a new load's level the first
 * third may be the high one, and a collection may leave the middle third low (a short CI phase
 * measured 275, 227 and 276 MB).
 */
export const FLAT = { ratio: 1.1, slackMb: 16 };

/** Resident memory of a process over time, each sample tagged with the phase it fell in. */
export function rssSeries(pid: number, everyMs = 250) {
  const samples: { phase: string; mb: number }[] = [];
  let phase = 'start';
  const sample = () => {
    const mb = residentMb(pid);
    if (mb !== null) samples.push({ phase, mb });
  };
  const timer = setInterval(sample, everyMs);
  timer.unref();
  sample();
  return {
    phase(name: string) {
      phase = name;
      sample();
    },
    latestMb: () => samples.at(-1)?.mb ?? null,
    /** Figures of one phase's samples. */
    figures(name: string): RssFigures {
      return rssFigures(samples.filter((s) => s.phase === name).map((s) => s.mb));
    },
    stop() {
      sample();
      clearInterval(timer);
    },
  };
}

export function rssFigures(mb: number[]): RssFigures {
  const third = Math.max(1, Math.floor(mb.length / 3));
  const peak = (list: number[]) => (list.length ? Math.max(...list) : 0);
  const firstThirdPeakMb = peak(mb.slice(0, third));
  const middleThirdPeakMb = peak(mb.slice(third, mb.length - third));
  const lastThirdPeakMb = peak(mb.slice(-third));
  return {
    samples: mb.length,
    firstMb: mb[0] ?? 0,
    lastMb: mb.at(-1) ?? 0,
    firstThirdPeakMb,
    middleThirdPeakMb,
    lastThirdPeakMb,
    flat: lastThirdPeakMb <= Math.max(firstThirdPeakMb, middleThirdPeakMb) * FLAT.ratio + FLAT.slackMb,
    series: mb.map((x) => Math.round(x)),
  };
}
