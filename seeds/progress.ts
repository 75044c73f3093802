
/**
 * A progress reporter for long loads: a bar redrawn in place on a terminal, a line every few
 * seconds elsewhere (CI logs), always with items per second and the time left.
 */
export function progressBar(title: string, stream: NodeJS.WriteStream = process.stderr): (p: LoadProgress) => void {
  const started = Date.now();
  let lastLine = 0;
  return ({ phase, done, total }) => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const eta = rate > 0 ? (total - done) / rate : 0;
    const width = 24;
    const filled = total ? Math.round((done / total) * width) : width;
    const line =
      `${title} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ` +
      `${Math.round(rate)}/s ETA ${eta.toFixed(0)}s (${phase})`;
    if (stream.isTTY) {
      stream.write(`\r${line.padEnd(100)}`);
      if (done === total) stream.write('\n');
    } else if (done === total || Date.now() - lastLine > 2000) {
      lastLine = Date.now();
      stream.write(`${line}\n`);
    }
  };
}import type { LoadProgress } from '../graph/index.js';

