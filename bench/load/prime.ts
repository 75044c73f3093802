import { opSource, type Kind, type MixInputs } from './mix.js';
import { acknowledges, judge, tokenOf, type Target } from './phase.js';
import type { WriteLedger } from './writeLedger.js';

async function send(target: Target, role: 'viewer' | 'editor', body: string) {
  const res = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenOf(target, role)}` },
    body,
  });
  return { status: res.status, body: await res.text(), headers: Object.fromEntries(res.headers) };
}

/**
 * One request of each kind, all at once, before anything is timed: Neo4j plans each query the
 * first time it sees it (seconds on a cold JVM), which a short phase would otherwise spend
 * waiting on. The writes go to the ledger like any other.
 */
export async function prime(target: Target, inputs: MixInputs, ledger: WriteLedger): Promise<void> {
  const kinds: Kind[] = ['coverage', 'lineage', 'search', 'node', 'addEvidence', 'refusedWrite'];
  await Promise.all(
    kinds.map(async (kind, i) => {
      const op = opSource(inputs, { [kind]: 1 }, 100 + i)();
      ledger.sent(op);
      const { status, body, headers } = await send(target, op.role, op.body);
      const j = judge(op, status, body, headers);
      ledger.answered(op, { acknowledged: acknowledges(op, status, body, j), refused: j.refused || (j.codes.length > 0 && !j.unexpected) });
    }),
  );
}

/**
 * Waits out what the last phase left running: autocannon drops its connections when a phase
 * ends, which empties the queue, but admitted work runs on. Rounds of `maxInFlight` light reads
 * queue behind it (the queue is first come, first served); two rounds answered, it is gone.
 */
export async function settle(target: Target, inputs: MixInputs, maxInFlight: number): Promise<void> {
  const probe = inputs.reads.node;
  const body = JSON.stringify(probe.gql(probe.inputs[0]!));
  for (let round = 0; round < 2; round++) {
    await Promise.all(Array.from({ length: maxInFlight }, () => send(target, 'viewer', body)));
  }
}
