export interface Page<Row> {
  rows: Row[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * "Load more" over a paginated answer. `start` begins again (new asOf, new filter); answers to a
 * superseded start are dropped, so a slow page never overwrites a newer one.
 */
export class Pager<Row> {
  rows = $state<Row[]>([]);
  total = $state(0);
  hasMore = $state(false);
  loading = $state(false);
  error = $state<unknown>(null);
  started = $state(false);
  #cursor: string | null = null;
  #run = 0;
  #fetch: ((after: string | null) => Promise<Page<Row>>) | null = null;

  start(fetch: (after: string | null) => Promise<Page<Row>>): void {
    this.#fetch = fetch;
    this.#run++;
    this.rows = [];
    this.total = 0;
    this.hasMore = false;
    this.#cursor = null;
    this.started = false;
    void this.more();
  }

  async more(): Promise<void> {
    const fetch = this.#fetch;
    if (!fetch) return;
    const run = this.#run;
    this.loading = true;
    this.error = null;
    try {
      const page = await fetch(this.#cursor);
      if (run !== this.#run) return;
      this.rows = [...this.rows, ...page.rows];
      this.total = page.totalCount;
      this.hasMore = page.pageInfo.hasNextPage;
      this.#cursor = page.pageInfo.endCursor ?? null;
    } catch (e) {
      if (run === this.#run) this.error = e;
    } finally {
      if (run === this.#run) {
        this.loading = false;
        this.started = true;
      }
    }
  }
}
