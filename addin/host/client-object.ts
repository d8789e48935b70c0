import { ModelError, propertyNotLoaded } from "./model-error";
import type { ModelContext } from "./request-context";

/** What `load()` accepts: "a, b/c", an array of names, or `{ select }`. */
export type LoadOption = string | string[] | { select?: string | string[] } | undefined;

/** Splits a load option into property paths. */
export function loadPaths(option: LoadOption): string[] | undefined {
  if (option === undefined) return undefined;
  const raw = typeof option === "object" && !Array.isArray(option) ? option.select : option;
  if (raw === undefined) return undefined;
  return (Array.isArray(raw) ? raw : raw.split(","))
    .map((path) => path.trim())
    .filter((path) => path.length > 0);
}

/** How a proxy finds its object: `nullable` for `*OrNullObject` calls, `known` for collection items. */
export interface ProxyOptions {
  nullable?: boolean;
  label?: string;
  known?: boolean;
}

/**
 * A proxy, as Office.js has them: it names an object in the workbook without holding its data.
 * Properties throw `PropertyNotLoaded` until `load()` and `sync()`; writes and method calls are
 * queued; the target is found again at sync time, so chains (`names.getItem(x).getRange()`) cost
 * nothing. A `*OrNullObject` proxy whose target is missing becomes a null object at sync time:
 * the model lets method calls and writes on it do nothing (a modelling choice; check
 * `isNullObject` first, as Microsoft's docs advise).
 */
export abstract class ClientObject<T> {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  private readonly nullable: boolean;
  protected readonly label: string;

  constructor(
    readonly context: ModelContext,
    private readonly locate: () => T | undefined,
    options: ProxyOptions = {},
  ) {
    this.nullable = options.nullable ?? false;
    this.label = options.label ?? "object";
    if (options.known) {
      this.nullState = false;
      return;
    }
    // Like Excel, a proxy whose object is missing fails the batch that first names it.
    context.enqueue(() => {
      this.nullState = this.resolve() === undefined;
    });
  }

  /** True after a sync when an `*OrNullObject` call found nothing. */
  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.label, "isNullObject");
    return this.nullState;
  }

  /** Queues loading these properties (all scalar ones when none are named). */
  load(option?: LoadOption): this {
    const paths = loadPaths(option);
    const own = (paths ?? this.defaultLoad()).filter((path) => !path.includes("/"));
    for (const path of paths ?? []) if (path.includes("/")) this.loadChild(path);
    this.context.enqueue(() => {
      const target = this.resolve();
      if (target === undefined) return;
      const snapshot = this.snapshot(target);
      for (const name of own) {
        if (!(name in snapshot)) {
          throw new ModelError("InvalidArgument", `Unknown property '${name}'.`, this.label);
        }
        this.loaded.set(name, snapshot[name]);
      }
    });
    return this;
  }

  /** The loaded data, as Office.js's `toJSON()` gives it. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  /** Finds the target now (at sync time); throws `ItemNotFound` unless this is an `*OrNullObject` proxy. */
  protected resolve(): T | undefined {
    const target = this.locate();
    if (target === undefined && !this.nullable) {
      throw new ModelError("ItemNotFound", `The requested ${this.label} does not exist.`, this.label);
    }
    return target;
  }

  /** A loaded property's value; throws `PropertyNotLoaded` before load and sync. */
  protected get<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(this.label, name);
    return this.loaded.get(name) as V;
  }

  /**
   * Queues a write or method call on the target; on a null object it does nothing. `api` names it
   * for the undo record (`protect` → `WorksheetProtection.protect`); `null` for calls that change
   * nothing in the workbook (select, activate).
   */
  protected command(apply: (target: T) => void | Promise<void>, api: string | null = "write"): void {
    this.context.enqueue(() => {
      const target = this.resolve();
      if (target === undefined) return;
      if (api !== null) this.context.host.recordWrite(`${this.label}.${api}`);
      return apply(target);
    });
  }

  /** A method's result, known after the sync; null when this is a null object (a modelling choice). */
  protected result<V>(compute: (target: T) => V): ClientResult<V | null> {
    return new ClientResult(this.context, () => {
      const target = this.resolve();
      return target === undefined ? null : compute(target);
    });
  }

  /** The target, for proxies built on this one (chains). */
  protected locator(): () => T | undefined {
    return () => this.locate();
  }

  /** Every loadable scalar property of the target, read now. */
  protected abstract snapshot(target: T): Record<string, unknown>;

  /** Properties loaded by a bare `load()`. */
  protected abstract defaultLoad(): string[];

  private loadChild(path: string): void {
    const [head = "", ...rest] = path.split("/");
    const child = (this as unknown as Record<string, unknown>)[head];
    if (!(child instanceof ClientObject)) {
      throw new ModelError("InvalidArgument", `'${head}' is not a navigation property.`, this.label);
    }
    child.load(rest.join("/"));
  }
}

/** `OfficeExtension.ClientResult`: a value that exists only after the sync that computes it. */
export class ClientResult<V> {
  private state: { value: V } | undefined;

  constructor(context: ModelContext, compute: () => V) {
    context.enqueue(() => {
      this.state = { value: compute() };
    });
  }

  get value(): V {
    if (!this.state) throw propertyNotLoaded("ClientResult", "value");
    return this.state.value;
  }
}
