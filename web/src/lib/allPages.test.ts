import { describe, expect, it } from 'vitest';
import { allNodes } from './allPages';

function pages(n: number, size: number) {
  const asked: (string | null)[] = [];
  const fetchPage = async (after: string | null) => {
    asked.push(after);
    const start = after ? Number(after) : 0;
    const ids = Array.from({ length: Math.min(size, n - start) }, (_, i) => start + i);
    const end = start + ids.length;
    return { totalCount: n, pageInfo: { hasNextPage: end < n, endCursor: String(end) }, edges: ids.map((id) => ({ node: { id } })) };
  };
  return { asked, fetchPage };
}

describe('allNodes', () => {
  it('reads every page in order, following the cursor', async () => {
    const { asked, fetchPage } = pages(250, 100);
    const { nodes, total } = await allNodes(fetchPage);
    expect(nodes.map((n) => n.id)).toEqual(Array.from({ length: 250 }, (_, i) => i));
    expect(total).toBe(250);
    expect(asked).toEqual([null, '100', '200']);
  });

  it('stops at maxPages and says how many there are', async () => {
    const { fetchPage } = pages(500, 100);
    const { nodes, total } = await allNodes(fetchPage, 2);
    expect(nodes).toHaveLength(200);
    expect(total).toBe(500);
  });
});
