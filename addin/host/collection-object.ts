import { ClientResult, type LoadOption, loadPaths } from "./client-object";
import { propertyNotLoaded } from "./model-error";
import type { ModelContext } from "./request-context";

/**
 * A collection proxy (`names`, `worksheets`, `notes`…): `load("items/name")` or `load("name")`
 * enumerates the items at sync time and loads those properties on each; `items` throws until then.
 */
export abstract class CollectionObject<T, P extends { load(option?: LoadOption): unknown }> {
  private loadedItems: P[] | undefined;

  constructor(
    readonly context: ModelContext,
    protected readonly label: string,
  ) {}

  /** The items loaded by the last sync that loaded this collection. */
  get items(): P[] {
    if (!this.loadedItems) throw propertyNotLoaded(this.label, "items");
    return this.loadedItems;
  }

  /** Queues enumerating the collection and loading these item properties. */
  load(option?: LoadOption): this {
    const paths = (loadPaths(option) ?? [])
      .map((path) => path.replace(/^items\/?/, ""))
      .filter((path) => path.length > 0);
    this.context.enqueue(() => {
      const proxies = this.targets().map((target) => this.itemProxy(target));
      for (const proxy of proxies) proxy.load(paths.length > 0 ? paths : undefined);
      // The item loads queue behind this command and still run in this round trip (see ModelContext.sync).
      this.loadedItems = proxies;
    });
    return this;
  }

  /** The number of items, known after the sync. */
  getCount(): ClientResult<number> {
    return new ClientResult(this.context, () => this.targets().length);
  }

  /** The items' loaded data. */
  toJSON(): { items: unknown[] } {
    return { items: (this.loadedItems ?? []).map((item) => (item as { toJSON?: () => unknown }).toJSON?.()) };
  }

  /** Every object of the collection, now (at sync time). */
  protected abstract targets(): T[];

  /** A proxy for an existing item (no existence check needed). */
  protected abstract itemProxy(target: T): P;
}
