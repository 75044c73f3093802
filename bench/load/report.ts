import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS } from './mix.js';
import type { KindFigures } from './phase.js';
import type { LoadResult } from './runLoad.js';

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 1 : 0) : '–');
const counts = (r: Record<string, number>) =>
  Object.entries(r)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ') || '–';
const fivexx = (f: KindFigures) => Object.entries(f.statuses).filter(([s]) => Number(s) >= 500).reduce((n, [, c]) => n + c, 0);

/** The printed report: phases, the mixed phase by kind, writes, checks. */
export function loadReport(r: LoadResult): string {
  const { maxInFlight, maxQueue, maxWaitMs } = r.limits;
  const lines = [
    `## Load test (${r.quick ? 'quick' : 'full'}), ${r.at}`,
    '',
    `Admission: ${maxInFlight} in flight, queue ${maxQueue}, longest wait ${maxWaitMs} ms. Memory of the ${r.memoryOf}. ` +
      `Overload bound on accepted p99: ${ms(r.overloadBoundMs)} ms. Times in ms.`,
    '',
    '| phase | connections | s | answers | req/s | 2xx | 503 (at once) | other 5xx | timeouts | unexpected | p50 | p99 | 503 p50 | 503 p99 | RSS peak MB by third |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const p of r.phases) {
    const a = p.all;
    lines.push(
      `| ${p.name} | ${p.connections} | ${p.seconds.toFixed(0)} | ${p.requests} | ${p.requestsPerSecond.toFixed(0)} | ${a.statuses['200'] ?? 0} | ` +
        `${a.refused} (${a.refusedQueueFull}) | ${fivexx(a) - a.refused} | ${p.timeouts} | ${a.unexpected} | ${ms(a.p50)} | ${ms(a.p99)} | ${ms(a.refusedP50)} | ${ms(a.refusedP99)} | ` +
        `${[p.rss.firstThirdPeakMb, p.rss.middleThirdPeakMb, p.rss.lastThirdPeakMb].map((x) => x.toFixed(0)).join(' / ')} |`,
    );
  }
  const mixed = r.phases.find((p) => p.name === 'mixed');
  if (mixed) {
    lines.push('', `Mixed phase by kind:`, '', '| kind | answers | p50 | p99 | statuses | error codes |', '| --- | ---: | ---: | ---: | --- | --- |');
    for (const kind of KINDS) {
      const f = mixed.byKind[kind];
      if (f) lines.push(`| ${kind} | ${f.requests} | ${ms(f.p50)} | ${ms(f.p99)} | ${counts(f.statuses)} | ${counts(f.codes)} |`);
    }
  }
  const w = r.writes;
  lines.push(
    '',
    `Writes: ${w.evidenceAcknowledged} evidence records and ${w.statusAcknowledged} status changes (on ${w.implementationsChecked} implementations) acknowledged, ` +
      `${w.evidenceMissing.length} missing, ${w.statusMismatches.length} statuses not as acknowledged; ${w.evidenceRefused} refused, ${w.refusedButPresent.length} of them present.`,
    '',
    '| check | phase | result | figures |',
    '| --- | --- | --- | --- |',
    ...r.checks.map((c) => `| ${c.check} | ${c.phase} | ${c.passed ? 'pass' : '**FAIL**'} | ${c.detail.replace(/\|/g, '\\|')} |`),
    '',
    r.passed ? 'Every check passed.' : `${r.checks.filter((c) => !c.passed).length} checks failed.`,
  );
  return lines.join('\n');
}

/** bench/results/<timestamp>-load[-quick].json; returns its path. */
export function writeLoadResult(dir: string, result: LoadResult): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${result.at.replace(/[:.]/g, '-')}-load${result.quick ? '-quick' : ''}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}
