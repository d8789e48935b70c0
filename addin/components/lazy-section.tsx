import type { FunctionComponent } from "preact";
import { useState } from "preact/hooks";
import { LANGS } from "../../shared/messages/lang";
import { LOAD_FAILED } from "../i18n/load-failed-words";
import { PaneErrorBoundary } from "./pane-error-boundary";
import type { Say } from "./say";

/** Where a lazy section is: closed, fetching its code, open, or its code could not be fetched. */
type Phase = "closed" | "loading" | "open" | "failed";

interface LazySectionProps<P> {
  say: Say;
  /** The section's id: its heading is `${id}-heading`, what the button opens `${id}-body`. */
  id: string;
  heading: string;
  /** The button's words; whether it is open is said by `aria-expanded`. */
  opener: string;
  /** Fetches the section's code (a dynamic import): called when first opened, and again after a failure. */
  load: () => Promise<FunctionComponent<P>>;
  props: P;
}

/**
 * A section of the pane whose code is downloaded when the user first opens it (docs/addin.md: the
 * lazy chunks), so a controller's first load does not carry it. Its heading and button are there
 * from the start, so the pane does not jump when it loads; while fetching it says "Laster …" and is
 * aria-busy; a chunk that cannot be fetched is said in Norwegian and English, and the button tries
 * again. Closing hides the section without unmounting it, so what was loaded into it stays.
 */
export function LazySection<P extends object>({
  say,
  id,
  heading,
  opener,
  load,
  props,
}: LazySectionProps<P>) {
  const [Panel, setPanel] = useState<FunctionComponent<P>>();
  const [phase, setPhase] = useState<Phase>("closed");
  const toggle = () => {
    if (phase === "loading") return;
    if (Panel) return setPhase(phase === "open" ? "closed" : "open");
    setPhase("loading");
    load().then(
      (loaded) => {
        setPanel(() => loaded);
        setPhase("open");
      },
      (error: unknown) => {
        console.error("[hso task pane] load", id, error);
        setPhase("failed");
      },
    );
  };
  return (
    <section aria-labelledby={`${id}-heading`} aria-busy={phase === "loading"}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <button type="button" aria-expanded={phase === "open"} aria-controls={`${id}-body`} onClick={toggle}>
        {opener}
      </button>
      <div id={`${id}-body`} hidden={phase === "closed"}>
        {phase === "loading" && <p class="loading">{say("loading")}</p>}
        {phase === "failed" && (
          <p role="alert" class="error">
            {LANGS.map((lang) => (
              <span key={lang} lang={lang}>
                {LOAD_FAILED[lang]}{" "}
              </span>
            ))}
          </p>
        )}
        {Panel && (
          <div hidden={phase !== "open"}>
            <PaneErrorBoundary>
              <Panel {...props} />
            </PaneErrorBoundary>
          </div>
        )}
      </div>
    </section>
  );
}
