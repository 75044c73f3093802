/**
 * Every node of a connection, page after page: the governance views draw the whole picture (a
 * timeline, a board), not a first page of it. `maxPages` bounds the reading; `total` tells the view
 * when it stopped short.
 */
export interface ConnectionPage<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: N }[];
}

export async function allNodes<N>(fetchPage: (after: string | null) => Promise<ConnectionPage<N>>, maxPages = 20): Promise<{ nodes: N[]; total: number }> {
  const nodes: N[] = [];
  let after: string | null = null;
  let total = 0;
  for (let page = 0; page < maxPages; page++) {
    const connection: ConnectionPage<N> = await fetchPage(after);
    total = connection.totalCount;
    nodes.push(...connection.edges.map((e) => e.node));
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
    after = connection.pageInfo.endCursor;
  }
  return { nodes, total };
}
