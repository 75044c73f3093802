import { AsyncLocalStorage } from 'node:async_hooks';
import neo4j, { type Driver, type ManagedTransaction, type ProfiledPlan, type QueryResult } from 'neo4j-driver';
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
    private readonly guard?: Guard,
  ) {}

  /** This graph with `guard` checked inside every transaction it runs (same driver, same stats). */
  guarded(guard: Guard): Graph {
    return new Graph(this.driver, this.uri, this.txConfig, this.stats, this.profiling, guard);
  }

  static connect(uri: string, auth?: { user: string; password: string }, options: { txTimeoutMs?: number } = {}): Graph {
    const token = auth ? neo4j.auth.basic(auth.user, auth.password) : undefined;
    const driver = neo4j.driver(uri, token, {
      maxConnectionPoolSize: 64,
      connectionAcquisitionTimeout: 30_000,
      maxTransactionRetryTime: 15_000,
      // The driver logs to nothing by default; we want its warnings (deprecations, leaks).
      logging: neo4j.logging.console('warn'),
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
    const session = this.driver.session({ defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => this.guardedWork(tx, work(wrap(tx, this.stats))), this.txConfig);
    } finally {
      await session.close();
    }
  }

  /**
   * Sends the guard right behind the work's first statement, on the same connection, and waits for
   * both. A refusal wins over the work's answer; work that fails its transaction leaves the guard
   * unrun, and its error stands (the API checks the key again before it answers: keyGuardPlugin).
   */
  private async guardedWork<T>(tx: ManagedTransaction, work: Promise<T>): Promise<T> {
    const guard = this.guard;
    if (!guard) return work;
    this.stats.guards += 1;
    const [verdict, outcome] = await Promise.allSettled([tx.run(guard.cypher, guard.params), work]);
    if (verdict.status === 'fulfilled') guard.check(verdict.value.records.map((r) => toPlain(r.toObject()) as Row));
    if (outcome.status === 'rejected') throw outcome.reason;
    if (verdict.status === 'rejected') throw verdict.reason;
    return outcome.value;
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

function wrap(tx: ManagedTransaction, stats: { queries: number }, plans?: ProfiledPlan[]): Tx {
  return {
    async run(cypher, params = {}) {
      stats.queries += 1;
      const result: QueryResult = await tx.run(plans ? `PROFILE ${cypher}` : cypher, params);
      if (plans && result.summary.profile) plans.push(result.summary.profile);
      return result.records.map((r) => toPlain(r.toObject()) as Row);
    },
  };
}
