import { pathToFileURL } from 'node:url';
import { UserFacingError } from '../../graph/index.js';
import { parseLoadOptions, usage } from './options.js';
import { loadReport, writeLoadResult } from './report.js';
import { runLoad } from './runLoad.js';
import { startProcessTarget } from './target.js';

/**
 * `npm run load`: its own Neo4j and API server on free loopback ports, the load phases, the
 * report and the result file. Exit code 1 when a check fails.
 */
export async function loadCommand(argv: string[], log = (line: string) => process.stderr.write(`${line}\n`)) {
  const options = parseLoadOptions(argv);
  const target = await startProcessTarget(options.limits, log);
  try {
    const result = await runLoad(options, target, log);
    const file = options.out ? writeLoadResult(options.out, result) : null;
    console.log(`\n${loadReport(result)}${file ? `\n\nResults: ${file}` : ''}`);
    return { exitCode: result.passed ? 0 : 1, result };
  } finally {
    await target.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--help')) {
    console.log(usage);
  } else {
    loadCommand(process.argv.slice(2)).then(
      ({ exitCode }) => process.exit(exitCode),
      (e: unknown) => {
        console.error(e instanceof UserFacingError ? e.message : e);
        process.exit(1);
      },
    );
  }
}
