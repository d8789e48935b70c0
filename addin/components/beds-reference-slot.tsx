import type { FunctionComponent } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import type { Lang } from "../../shared/messages/lang";
import { needsBedsReference } from "./needs-beds-reference";
import type { Say } from "./say";
import type { BedsReferenceState } from "./use-beds-reference";
import { errorText, type Work } from "./use-work";
import type { PassResult } from "./validation-loop";

/** What the beds reference panel gets from the pane. */
export interface BedsReferenceProps {
  say: Say;
  lang: Lang;
  work: Work;
  result: PassResult | undefined;
  beds: BedsReferenceState;
  /** Judges the workbook again (the reference changes what the core is given, not the workbook). */
  revalidate: () => Promise<void>;
}

/**
 * Where the beds reference panel goes: shown, and fetched, only for a workbook with a capacity plan and
 * without the beds sheet, so no other controller downloads its code or words (docs/addin.md).
 */
export function BedsReferenceSlot(props: BedsReferenceProps) {
  const needed = needsBedsReference(props.result?.snapshot.templates ?? []);
  const [Panel, setPanel] = useState<FunctionComponent<BedsReferenceProps>>();
  const { work } = props;
  const asked = useRef(false);
  useEffect(() => {
    if (!needed || asked.current) return;
    asked.current = true;
    import("./beds-reference-panel").then(
      (loaded) => setPanel(() => loaded.BedsReferencePanel),
      (error: unknown) => work.setStatus(["failed", { detail: errorText(error) }]),
    );
  }, [needed, work]);
  return needed && Panel ? <Panel {...props} /> : null;
}
