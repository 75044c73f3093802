/**
 * One file import's state, as every import on /import has it: the file picked, which of "Check only"
 * and "Import" is running, and the answer — the summary, the file's problems, or another failure.
 */
export class ImportForm<Summary, Problems> {
  file = $state<File | null>(null);
  busy = $state<'check' | 'import' | null>(null);
  summary = $state<Summary | null>(null);
  problems = $state<Problems | null>(null);
  failure = $state<unknown>(null);

  constructor(
    private readonly post: (file: File, dryRun: boolean) => Promise<Summary>,
    /** The problems of a refused file, or null when the error is of another kind. */
    private readonly refused: (error: unknown) => Problems | null,
  ) {}

  pick(file: File | null): void {
    this.file = file;
    this.reset();
  }

  reset(): void {
    this.summary = null;
    this.problems = null;
    this.failure = null;
  }

  async send(dryRun: boolean): Promise<void> {
    const file = this.file;
    if (!file) return;
    this.reset();
    this.busy = dryRun ? 'check' : 'import';
    try {
      this.summary = await this.post(file, dryRun);
    } catch (e) {
      this.problems = this.refused(e);
      if (this.problems === null) this.failure = e;
    } finally {
      this.busy = null;
    }
  }
}
