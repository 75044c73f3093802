import type { Graph } from '../../graph/index.js';

type Run = (query: unknown, ...rest: unknown[]) => unknown;
type Session = { executeRead: (work: (tx: unknown) => unknown, config?: unknown) => unknown; executeWrite: Session['executeRead'] };
type Driver = { session: (config?: unknown) => Session };

/**
 * Records the text of every Cypher statement the graph's driver runs, without changing what runs:
 * the only way to see that no client value ever becomes part of a statement. A test-only look
 * into Graph's private driver; every transaction goes through executeRead or executeWrite.
 */
export function recordCypher(graph: Graph): { statements: string[]; stop(): void } {
  const driver = (graph as unknown as { driver: Driver }).driver;
  const open = driver.session;
  const statements: string[] = [];
  const watch = (tx: { run: Run }) =>
    new Proxy(tx, {
      get(target, key) {
        const value = Reflect.get(target, key, target) as unknown;
        if (key !== 'run') return typeof value === 'function' ? value.bind(target) : value;
        return (query: unknown, ...rest: unknown[]) => {
          statements.push(typeof query === 'string' ? query : String((query as { text?: string }).text));
          return (value as Run).call(target, query, ...rest);
        };
      },
    });
  driver.session = function (this: Driver, config?: unknown) {
    const session = open.call(this, config);
    const read = session.executeRead.bind(session);
    const write = session.executeWrite.bind(session);
    session.executeRead = (work, cfg) => read((tx) => work(watch(tx as { run: Run })), cfg);
    session.executeWrite = (work, cfg) => write((tx) => work(watch(tx as { run: Run })), cfg);
    return session;
  };
  return {
    statements,
    stop: () => {
      driver.session = open;
    },
  };
}
