import { describe, expect, it } from 'vitest';
import { Pager, type Page } from './pager.svelte';

const page = (rows: number[], next: string | null): Page<number> => ({
  rows,
  totalCount: 5,
  pageInfo: { hasNextPage: next !== null, endCursor: next },
});

describe('Pager', () => {
  it('loads more from the cursor the last page gave', async () => {
    const asked: (string | null)[] = [];
    const pager = new Pager<number>();
    pager.start(async (after) => {
      asked.push(after);
      return after ? page([4, 5], null) : page([1, 2, 3], 'c1');
    });
    await new Promise((r) => setTimeout(r));
    expect([pager.rows, pager.hasMore, pager.total]).toEqual([[1, 2, 3], true, 5]);
    await pager.more();
    expect([pager.rows, pager.hasMore]).toEqual([[1, 2, 3, 4, 5], false]);
    expect(asked).toEqual([null, 'c1']);
  });

  it('drops the answer of a start that a newer one replaced', async () => {
    const pager = new Pager<number>();
    let release: () => void = () => {};
    pager.start(() => new Promise((resolve) => (release = () => resolve(page([0], null)))));
    pager.start(async () => page([9], null));
    await new Promise((r) => setTimeout(r));
    release();
    await new Promise((r) => setTimeout(r));
    expect(pager.rows).toEqual([9]);
  });

  it('keeps the error for the view to show', async () => {
    const pager = new Pager<number>();
    pager.start(async () => {
      throw new Error('down');
    });
    await new Promise((r) => setTimeout(r));
    expect((pager.error as Error).message).toBe('down');
    expect(pager.started).toBe(true);
  });
});
