import { useMemo } from "preact/hooks";
import type { WorkbookAdapter, WorkbookSnapshot } from "../adapter/workbook-adapter";
import type { BedsReference } from "./beds-reference";

/**
 * A loaded beds package and what it does to a read (`withBedsReference`): both come from the panel's
 * chunk, fetched only for a capacity plan without the beds sheet, so the pane's first load holds none
 * of it (docs/addin.md).
 */
export interface LoadedBeds {
  reference: BedsReference;
  apply: (snapshot: WorkbookSnapshot) => WorkbookSnapshot;
}

/** The beds package the controller loaded for the plan's first year, and the adapter that uses it. */
export interface BedsReferenceState {
  /** Reads the workbook with the loaded beds as last year's figures, for every pass and the export. */
  adapter: WorkbookAdapter;
  /** The loaded beds; the pane shows them after the pass that follows `set`. */
  loaded: () => LoadedBeds | undefined;
  /** Sets or clears the loaded beds; the caller judges the workbook again. */
  set: (next: LoadedBeds | undefined) => void;
}

/**
 * Holds last year's beds package for a capacity plan without a beds sheet (docs/addin.md). Every read
 * goes through it, so the continuous passes and the export judge the same figures with the same beds.
 */
export function useBedsReference(adapter: WorkbookAdapter): BedsReferenceState {
  return useMemo(() => {
    let loaded: LoadedBeds | undefined;
    const read: WorkbookAdapter["read"] = async (signal) => {
      const snapshot = await adapter.read(signal);
      return loaded ? loaded.apply(snapshot) : snapshot;
    };
    return {
      adapter: { ...adapter, read },
      loaded: () => loaded,
      set: (next) => {
        loaded = next;
      },
    };
  }, [adapter]);
}
