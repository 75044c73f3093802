import { Graph } from '../graph/db.js';

/*
 * Preloaded (`node --import`) into the API process the bench starts, so the Cypher round-trips
 * per API call can be counted without touching api/: every Graph the server connects is kept,
 * and the bench asks over the IPC channel for the statements they have sent so far.
 */
const graphs: Graph[] = [];
const connect = Graph.connect.bind(Graph);
Graph.connect = (...args: Parameters<typeof Graph.connect>) => {
  const graph = connect(...args);
  graphs.push(graph);
  return graph;
};

process.on('message', (message) => {
  if (message === 'queries') process.send?.({ queries: graphs.reduce((n, g) => n + g.stats.queries, 0) });
});
// The channel must not keep a server that is stopping alive.
process.channel?.unref();
