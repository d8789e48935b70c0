/**
 * Tracks the adapter's own write batches, for hosts without `triggerSource` (before ExcelApi 1.14):
 * change events that arrive while a write runs, or within a short grace after it (Excel delivers
 * events asynchronously), are the add-in's own and are ignored.
 */
export class OwnWrites {
  private running = 0;

  constructor(private readonly graceMs: number) {}

  /** Whether an own write is running or has just finished. */
  active(): boolean {
    return this.running > 0;
  }

  /** Runs a write, counted as the add-in's own until the grace has passed. */
  async during<T>(write: () => Promise<T>): Promise<T> {
    this.running += 1;
    try {
      return await write();
    } finally {
      if (this.graceMs > 0) setTimeout(() => (this.running -= 1), this.graceMs);
      else this.running -= 1;
    }
  }
}
