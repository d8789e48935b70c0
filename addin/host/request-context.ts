import type { ModelHost } from "./model-host";
import { RuntimeProxy } from "./runtime-proxy";

/** A queued command; it runs against the modelled workbook when `sync()` sends the batch. */
export type Command = () => void | Promise<void>;

/**
 * `Excel.RequestContext`: commands queue up locally and run only on `sync()`, one round trip per
 * call, as in Office.js. The workbook proxy is created by the model (see excel-model.ts).
 */
export class ModelContext {
  private queue: Command[] = [];
  readonly trackedObjects = { add: () => {}, remove: () => {} };
  workbook!: Excel.Workbook;
  private runtimeProxy: RuntimeProxy | undefined;

  constructor(readonly host: ModelHost) {}

  /** `context.runtime` (Excel.Runtime). */
  get runtime(): Excel.Runtime {
    this.runtimeProxy ??= new RuntimeProxy(this);
    return this.runtimeProxy as unknown as Excel.Runtime;
  }

  /** Adds a command to the next batch. */
  enqueue(command: Command): void {
    this.queue.push(command);
  }

  /** Whether commands wait for a sync. */
  hasPending(): boolean {
    return this.queue.length > 0;
  }

  /** Sends the batch: one round trip. The first failing command rejects and drops the rest, as Excel does. */
  async sync<T>(passThroughValue?: T): Promise<T> {
    this.host.roundTrips += 1;
    await Promise.resolve();
    try {
      // Commands a command queues (a collection loading its items) belong to the same round trip.
      for (let command = this.queue.shift(); command; command = this.queue.shift()) await command();
    } catch (error) {
      this.queue = [];
      throw error;
    } finally {
      await this.host.afterBatch();
    }
    return passThroughValue as T;
  }
}
