import { useState } from "preact/hooks";
import type { RegionalSheetPlan } from "../../shared/aggregate/regional-sheet-plan";
import type { Refusal } from "../../shared/aggregate/screen-packages";
import type { Lang } from "../../shared/messages/lang";
import { printableText } from "../../shared/text/printable-text";
import type { RegionalSheetResult } from "../adapter/write-regional-sheet";
import { loadPackageWords } from "../i18n/pane-langs";
import { REGIONAL_WORDS } from "./regional-words";

interface RegionalPanelProps {
  lang: Lang;
  /** Writes the sheet (the adapter's one batch); the panel never touches Excel itself. */
  onBuild: (plan: RegionalSheetPlan) => Promise<RegionalSheetResult>;
}

/**
 * For RHF staff on an empty workbook: many packages in, the paper's table, a chart and the returns
 * out. Shown under the regional tool's heading once opened (regional-tool.tsx).
 */
export function RegionalPanel({ lang, onBuild }: RegionalPanelProps) {
  const words = REGIONAL_WORDS[lang];
  const [message, setMessage] = useState("");
  const [refused, setRefused] = useState<Refusal[]>([]);
  const [busy, setBusy] = useState(false);
  const pick = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    setBusy(true);
    setMessage(words.building);
    try {
      const texts = await Promise.all(
        [...files].map(async (file) => ({ file: file.name, text: await file.text() })),
      );
      // The regional tool's reading and layout are a chunk of their own, loaded at first use: a
      // controller's pane never downloads them (docs/addin.md).
      const [{ buildRegionalPlan }] = await Promise.all([import("./regional-plan"), loadPackageWords()]);
      const built = buildRegionalPlan(texts, lang);
      setRefused(built.refused);
      if (!built.plan) setMessage(words.none);
      else {
        const result = await onBuild(built.plan);
        setMessage(
          "written" in result ? words.written(result.written, built.used) : words.exists(result.exists),
        );
      }
    } catch (error) {
      setMessage(printableText(String(error)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div id="regional-tool">
      <p>{words.intro}</p>
      <label for="regional-files">{words.pick}</label>
      <input
        id="regional-files"
        type="file"
        multiple
        accept=".json,application/json"
        disabled={busy}
        onChange={(event) => void pick(event.currentTarget.files)}
      />
      <p role="status">{message}</p>
      {refused.length > 0 && (
        <>
          <h3>{words.refusedHeading}</h3>
          <ul>
            {refused.map((refusal) => (
              <li key={refusal.file}>
                {printableText(refusal.file)}: {printableText(words.reason(refusal.reason))}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
