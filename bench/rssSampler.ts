import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Resident memory of a process in MB from /proc/<pid>/status (VmRSS now, VmHWM its peak); null once gone. */
export function residentMb(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number | null {
  try {
    const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

export interface RssSampler {
  /** Samples from now on count toward this phase. */
  phase(name: string): void;
  /** Peak MB seen per phase, and the kernel's own peak (VmHWM) for the whole life of the process. */
  stop(): { peaks: Record<string, number>; lifetimePeak: number | null };
}

/**
 * Samples a process's VmRSS every `everyMs` while the bench runs, keeping the peak of each phase
 * (load phases are seconds long, so 100 ms catches their plateau).
 */
export function sampleRss(pid: number, everyMs = 100): RssSampler {
  const peaks: Record<string, number> = {};
  let current = 'start';
  const sample = () => {
    const mb = residentMb(pid);
    if (mb !== null) peaks[current] = Math.max(peaks[current] ?? 0, mb);
  };
  const timer = setInterval(sample, everyMs);
  timer.unref();
  sample();
  return {
    phase(name) {
      sample();
      current = name;
    },
    stop() {
      sample();
      clearInterval(timer);
      return { peaks, lifetimePeak: residentMb(pid, 'VmHWM') };
    },
  };
}

/** Bytes under a directory (the store on disk). */
export function directoryBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += directoryBytes(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}
