import { useMemo, useRef, useState } from "preact/hooks";
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
  loaded: LoadedBeds | undefined;
  /** Sets or clears the loaded beds; the caller judges the workbook again. */
  set: (next: LoadedBeds | undefined) => void;
}

/**
 * Holds last year's beds package for a capacity plan without a beds sheet (docs/addin.md). Every read
 * goes through it, so the continuous passes and the export judge the same figures with the same beds.
 */
export function useBedsReference(adapter: WorkbookAdapter): BedsReferenceState {
  const current = useRef<LoadedBeds>(undefined);
  const [loaded, setLoaded] = useState<LoadedBeds>();
  const reading = useMemo(
    (): WorkbookAdapter => ({
      ...adapter,
      read: async (signal) => {
        const snapshot = await adapter.read(signal);
        return current.current ? current.current.apply(snapshot) : snapshot;
      },
    }),
    [adapter],
  );
  const set = (next: LoadedBeds | undefined) => {
    current.current = next;
    setLoaded(next);
  };
  return { adapter: reading, loaded, set };
}
