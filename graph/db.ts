import { AsyncLocalStorage } from 'node:async_hooks';
import neo4j, { type Driver, type ManagedTransaction, type ProfiledPlan, type QueryResult, type Transaction } from 'neo4j-driver';
import { InputError } from './errors.js';
import { toPlain } from './plain.js';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** A transaction as the query modules see it: Cypher in, plain rows out. */
export interface Tx {
  run(cypher: string, params?: Params): Promise<Row[]>;
}

export interface ServerInfo {
  version: string;
  edition: string;
}

/** What `Graph.profiled` gathered: the plan of every read query run inside its callback. */
export interface Profiled<T> {
  result: T;
  /** db hits summed over every operator of every plan. */
  dbHits: number;
  /** Operator types seen (`NodeIndexSeek`, `Expand(All)`, …), each once. */
  operators: string[];
  plans: ProfiledPlan[];
}

/**
 * A check that must hold in every transaction of a request (the caller's API key is still good).
 * It runs inside that transaction, sent along with the work, so it costs no round-trip of its
 * own; when it fails the transaction's answer is never returned and its writes roll back.
 */
export interface Guard {
  cypher: string;
  params: Params;
  /** Throws when the rows say the check failed. */
  check(rows: Row[]): void;
}

/**
 * Where a write sent with an idempotency key is recorded (see `Graph.idempotent`): `key` names it
 * (scoped by the caller), `fingerprint` is a hash of what was asked, so a key reused for another
 * request is refused rather than answered with the wrong result.
 */
export interface IdempotencyScope {
  key: string;
  fingerprint: string;
}

/** What `Graph.rewound` pins for the reads of its callback: a transaction that is never committed. */
interface Pin {
  /** Names the state the transaction holds (e.g. the day rewound to): a nested call for the same state reuses it. */
  state: string;
  tx: Transaction;
}

/** A write asked for inside `Graph.rewound`, whose transaction holds a reconstructed past: refused, never sent. */
export class ReadOnlyError extends Error {
  override readonly name = 'ReadOnlyError';
}

/** How long one transaction may run before Neo4j stops it (AIMS_TX_TIMEOUT_MS sets it for a server). */
export const DEFAULT_TX_TIMEOUT_MS = 30_000;

/**
 * The one owner of the Neo4j driver. Every read and write goes through a managed transaction
 * (executeRead / executeWrite), so a cluster routes it and the driver retries transient failures;
 * sessions are closed in finally; records leave here as plain JS.
 */
export class Graph {
  private constructor(
    private readonly driver: Driver,
    readonly uri: string,
    /** Every transaction is stopped by Neo4j after this long. */
    private readonly txConfig: { timeout: number },
    /**
     * Statements sent so far: `queries` each of the work (tests and benchmarks count round-trips
     * with it), `guards` each of a guard sent along with one. Shared by every guarded view.
     */
    readonly stats = { queries: 0, guards: 0 },
    /** Set only inside `profiled`: where the plans of the reads of that call go. */
    private readonly profiling = new AsyncLocalStorage<ProfiledPlan[]>(),
    /** Set only inside `rewound`: the transaction every read of that call runs in. */
    private readonly pinned = new AsyncLocalStorage<Pin>(),
    private readonly guard?: Guard,
    private readonly once?: IdempotencyScope,
  ) {}

  /** This graph with `guard` checked inside every transaction it runs (same driver, same stats). */
  guarded(guard: Guard): Graph {
    return new Graph(this.driver, this.uri, this.txConfig, this.stats, this.profiling, this.pinned, guard, this.once);
  }

  /**
   * This graph with its write transactions recorded under `scope`, in the same transaction as the
   * write: when the scope's key was written before, the recorded result is returned and nothing is
   * written again, so a client that retries after a timeout never applies a mutation twice. Two
   * copies racing each other: the second one's record breaks the key's uniqueness, its transaction
   * rolls back, and it answers what the first one recorded.
   */
  idempotent(scope: IdempotencyScope): Graph {
    return new Graph(this.driver, this.uri, this.txConfig, this.stats, this.profiling, this.pinned, this.guard, scope);
  }

  static connect(uri: string, auth?: { user: string; password: string }, options: { txTimeoutMs?: number } = {}): Graph {
    const token = auth ? neo4j.auth.basic(auth.user, auth.password) : undefined;
    const driver = neo4j.driver(uri, token, {
      // The API admits 8 GraphQL requests at once by default (api/admission.ts), and one request
      // may hold several sessions at a time (root fields, the operations of a batch and DataLoader
      // batches run in parallel): 64 leaves each admitted request 8 before the pool, rather than
      // the admission queue, makes work wait. Keep it ≥ AIMS_MAX_IN_FLIGHT (the bench runs 64 in
      // flight against 64 raw loops).
      maxConnectionPoolSize: 64,
      connectionAcquisitionTimeout: 30_000,
      // Transient failures (deadlocks, a leader change) are retried this long; an unreachable
      // server too, so a request answers SERVICE_UNAVAILABLE within seconds, not after a long hang.
      maxTransactionRetryTime: 5_000,
      // The driver logs to nothing by default; we want its warnings (deprecations, leaks), one
      // line each: during an outage it warns on every request, and a stack each time buries the log.
      logging: { level: 'warn', logger: (level, message) => console.warn(`neo4j-driver ${level}: ${oneLine(message)}`) },
    });
    return new Graph(driver, uri, { timeout: options.txTimeoutMs ?? DEFAULT_TX_TIMEOUT_MS });
  }

  /** One read query in a managed read transaction. */
  read(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.readTx((tx) => tx.run(cypher, params));
  }

  /** One write query in a managed write transaction. */
  write(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.writeTx((tx) => tx.run(cypher, params));
  }

  /** Several queries in one read transaction. */
  async readTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const pin = this.pinned.getStore();
    if (pin) return work(wrap(pin.tx, this.stats, this.profiling.getStore()));
    const session = this.driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const plans = this.profiling.getStore();
      return await session.executeRead((tx) => this.guardedWork(tx, work(wrap(tx, this.stats, plans))), this.txConfig);
    } finally {
      await session.close();
    }
  }

  /** Several queries in one write transaction: all of them land or none does. */
  async writeTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    if (this.pinned.getStore()) throw new ReadOnlyError('This call reads a reconstructed past (Graph.rewound): it cannot write.');
    const session = this.driver.session({ defaultAccessMode: neo4j.session.WRITE });
    const once = this.once;
    // A second write would find the first one's record and replay it as its own answer.
    if (once && writtenScopes.has(once)) throw new Error(`an idempotent request writes in one transaction (${once.key})`);
    if (once) writtenScopes.add(once);
    try {
      if (!once) return await session.executeWrite((tx) => this.guardedWork(tx, work(wrap(tx, this.stats))), this.txConfig);
      return await session.executeWrite((tx) => this.guardedWork(tx, recordedOnce(wrap(tx, this.stats), once, work)), this.txConfig);
    } catch (error) {
      if (!once || !isConstraintViolation(error)) throw error;
      // Raced by the same request: answer what the one that landed recorded.
      const [prior] = await this.read(RECORDED, { key: once.key });
      if (!prior) throw error;
      return replay<T>(prior, once);
    } finally {
      await session.close();
    }
  }

  /**
   * Sends the guard right behind the work's first statement, on the same connection, and waits for
   * both. A refusal wins over the work's answer; work that fails its transaction leaves the guard
   * unrun, and its error stands (the API checks the key again before it answers: keyGuardPlugin).
   */
  private async guardedWork<T>(tx: Pick<ManagedTransaction, 'run'>, work: Promise<T>): Promise<T> {
    const guard = this.guard;
    if (!guard) return work;
    this.stats.guards += 1;
    const [verdict, outcome] = await Promise.allSettled([tx.run(guard.cypher, guard.params), work]);
    if (verdict.status === 'fulfilled') guard.check(verdict.value.records.map((r) => toPlain(r.toObject()) as Row));
    if (outcome.status === 'rejected') throw outcome.reason;
    if (verdict.status === 'rejected') throw verdict.reason;
    return outcome.value;
  }

  /**
   * Runs `work` with every read inside it (`read`, `readTx`, on this graph or any view of it)
   * sent in one write transaction that `prepare` has changed first and that is always rolled
   * back: so the same query code answers for a state of the graph that is never committed (a past
   * day, see graph/timeTravel). Writes inside `work` throw `ReadOnlyError`. The flag lives in this
   * call's async context, so concurrent callers are untouched; `state` names what `prepare`
   * builds, and a nested call for the same state runs in the same transaction. The guard is
   * checked with `prepare`; the whole call must fit in the transaction timeout. `prepare` takes
   * write locks on what it changes until the rollback, so a concurrent write to those nodes waits
   * for it; a deadlock or other transient failure runs the whole call again (twice at most).
   */
  async rewound<T>(state: string, prepare: (tx: Tx) => Promise<void>, work: () => Promise<T>): Promise<T> {
    const pin = this.pinned.getStore();
    if (pin?.state === state) return work();
    if (pin) throw new ReadOnlyError(`This call already reads ${pin.state}; it cannot also read ${state}.`);
    for (let attempt = 1; ; attempt++) {
      const session = this.driver.session({ defaultAccessMode: neo4j.session.WRITE });
      let tx: Transaction | undefined;
      try {
        tx = await session.beginTransaction(this.txConfig);
        await this.guardedWork(tx, prepare(wrap(tx, this.stats)));
        return await this.pinned.run({ state, tx }, work);
      } catch (error) {
        if (attempt < 3 && neo4j.isRetryableError(error)) continue;
        throw error;
      } finally {
        // Never committed: whatever prepare changed is gone with the rollback.
        if (tx?.isOpen()) await tx.rollback().catch(() => undefined);
        await session.close();
      }
    }
  }

  /** Runs the guard alone, for a request that sent no other Cypher. */
  async checkGuard(): Promise<void> {
    if (this.guard) await this.readTx(async () => undefined);
  }

  /**
   * Runs `work` with every read query inside it sent as `PROFILE …`, for the benchmark: callers
   * keep their code and Cypher unchanged, and nothing else is profiled (the flag lives in this
   * call's async context, so concurrent callers are untouched). Retried transactions count twice.
   */
  async profiled<T>(work: () => Promise<T>): Promise<Profiled<T>> {
    const plans: ProfiledPlan[] = [];
    const result = await this.profiling.run(plans, work);
    const operators = new Set<string>();
    let dbHits = 0;
    const walk = (plan: ProfiledPlan) => {
      dbHits += plan.dbHits;
      operators.add(plan.operatorType.replace(/@.*$/, ''));
      plan.children.forEach(walk);
    };
    plans.forEach(walk);
    return { result, dbHits, operators: [...operators], plans };
  }

  /** Schema commands (constraints, indexes) may not share a transaction with data writes. */
  async schema(cypher: string): Promise<void> {
    await this.write(cypher);
  }

  async serverInfo(): Promise<ServerInfo> {
    const rows = await this.read(
      'CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition',
    );
    const row = rows[0] ?? {};
    return { version: String(row.version ?? 'unknown'), edition: String(row.edition ?? 'unknown') };
  }

  /** Resolves once the server answers, or throws the driver's error. */
  async verify(): Promise<void> {
    await this.driver.verifyConnectivity();
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

function wrap(tx: Pick<ManagedTransaction, 'run'>, stats: { queries: number }, plans?: ProfiledPlan[]): Tx {
  return {
    async run(cypher, params = {}) {
      stats.queries += 1;
      const result: QueryResult = await tx.run(plans ? `PROFILE ${cypher}` : cypher, params);
      if (plans && result.summary.profile) plans.push(result.summary.profile);
      return result.records.map((r) => toPlain(r.toObject()) as Row);
    },
  };
}

/** Scopes whose write has been sent (each scope is one mutation field of one request). */
const writtenScopes = new WeakSet<IdempotencyScope>();

const RECORDED = 'MATCH (w:IdempotentWrite {id: $key}) RETURN w.fingerprint AS fingerprint, w.result AS result';
const RECORD = `
  CREATE (:IdempotentWrite {id: $key, fingerprint: $fingerprint, result: $result, at: datetime()})
  WITH 1 AS done
  // Records are kept a day; a few old ones go with each new one, so none piles up.
  MATCH (old:IdempotentWrite) WHERE old.at < datetime() - duration({days: 1})
  WITH old LIMIT 10
  DELETE old`;

/** Runs `work` unless `scope` was recorded before (then replays it), and records it in the same transaction. */
async function recordedOnce<T>(tx: Tx, scope: IdempotencyScope, work: (tx: Tx) => Promise<T>): Promise<T> {
  const [prior] = await tx.run(RECORDED, { key: scope.key });
  if (prior) return replay<T>(prior, scope);
  const result = await work(tx);
  await tx.run(RECORD, { key: scope.key, fingerprint: scope.fingerprint, result: result === undefined ? null : JSON.stringify(result) });
  return result;
}

function replay<T>(prior: Row, scope: IdempotencyScope): T {
  if (prior.fingerprint !== scope.fingerprint) {
    throw new InputError('Idempotency-Key', 'This Idempotency-Key was used for a different request; send a new key for a new request.');
  }
  return (prior.result === null ? undefined : JSON.parse(String(prior.result))) as T;
}

function isConstraintViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
}

function oneLine(message: string): string {
  const line = message.split('\n')[0]!.replace(/ Stacktrace: .*$/, '');
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
