import type { Lang } from "../../shared/messages/lang";
import { pageWord, type WordKey } from "../i18n/page-words";
import type { FillResult, SkippedFrame } from "../messages";

const FRAME_REASONS: Record<SkippedFrame["reason"], WordKey> = {
  unreachable: "frameUnreachable",
  other_origin: "frameOtherOrigin",
  outside_profile: "frameOutsideProfile",
};

/** Props of the result list. */
export interface FillResultViewProps {
  lang: Lang;
  result: FillResult;
  /** Shown above the result when it is an earlier one. */
  heading?: string | undefined;
}

/** A fill's or check's outcome: a count line, then each group of fields by their catalogue labels. */
export function FillResultView({ lang, result, heading }: FillResultViewProps) {
  const label = (id: string) => result.labels[id]?.[lang] ?? id;
  const counts = {
    filled: result.filled.length,
    matched: result.matched.length,
    missing: result.missing.length,
    mismatched: result.mismatched.length,
  };
  return (
    <section aria-label={heading ?? pageWord(lang, result.mode === "fill" ? "fill" : "check")}>
      {heading && <h2>{heading}</h2>}
      <p class="muted">
        {pageWord(lang, "pageOrigin")} {result.origin}
      </p>
      {result.stopped && <p class="error">{pageWord(lang, "stoppedPageChanged")}</p>}
      <p>
        <strong>{pageWord(lang, result.mode === "fill" ? "resultFill" : "resultCheck", counts)}</strong>
        {result.pending.length > 0 && (
          <> · {pageWord(lang, "resultPending", { pending: result.pending.length })}</>
        )}
      </p>
      <Group title={pageWord(lang, "mismatched")} className="error">
        {result.mismatched.map((item) => (
          <li key={item.id}>
            {label(item.id)}:{" "}
            {pageWord(lang, "expectedActual", {
              expected: item.expected,
              actual: item.actual === "" ? pageWord(lang, "empty") : item.actual,
            })}
          </li>
        ))}
      </Group>
      <Group title={pageWord(lang, "missing")} className="warning">
        {result.missing.map((id) => (
          <li key={id}>{label(id)}</li>
        ))}
      </Group>
      <Group title={pageWord(lang, "pending")}>
        {result.pending.map((id) => (
          <li key={id}>{label(id)}</li>
        ))}
      </Group>
      <Group title={pageWord(lang, "skippedFrames")} className="warning">
        {result.skippedFrames.map((frame) => (
          <li key={frame.url}>
            {frame.url} – {pageWord(lang, FRAME_REASONS[frame.reason])}
          </li>
        ))}
      </Group>
      <Group title={pageWord(lang, "frameErrors")} className="error">
        {result.frameErrors.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </Group>
      <Group title={pageWord(lang, result.mode === "fill" ? "filled" : "matched")}>
        {(result.mode === "fill" ? result.filled : result.matched).map((id) => (
          <li key={id}>{label(id)}</li>
        ))}
      </Group>
    </section>
  );
}

function Group({ title, className, children }: { title: string; className?: string; children: unknown[] }) {
  if (children.length === 0) return null;
  return (
    <>
      <h3 class={className}>
        {title} ({children.length})
      </h3>
      <ul>{children}</ul>
    </>
  );
}
