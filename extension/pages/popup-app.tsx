import { useEffect, useMemo, useState } from "preact/hooks";
import type { Lang } from "../../shared/messages/lang";
import { errorWord, pageWord } from "../i18n/page-words";
import type { FillResult, PackageSummary, TabInfo, WorkerErrorCode } from "../messages";
import { FillResultView } from "./fill-result-view";
import { LangSwitch } from "./shared/lang-switch";
import type { Send } from "./shared/send-request";
import { useLang } from "./shared/use-lang";

/** What the popup needs from outside: the worker, and the few browser actions a click may take. */
export interface PopupProps {
  send: Send;
  requestOrigin: (origin: string) => Promise<boolean>;
  openImport: () => void;
  openOptions: () => void;
}

/** The toolbar popup: pick a unit and year among the imported packages, then fill or check the open tab. */
export function PopupApp({ send, requestOrigin, openImport, openOptions }: PopupProps) {
  const [lang, setLang] = useLang(send);
  const [packages, setPackages] = useState<PackageSummary[] | undefined>(undefined);
  const [tab, setTab] = useState<TabInfo | undefined>(undefined);
  const [org, setOrg] = useState("");
  const [year, setYear] = useState(0);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<FillResult | undefined>(undefined);
  const [failure, setFailure] = useState<WorkerErrorCode | undefined>(undefined);

  useEffect(() => {
    send({ type: "list-packages" }).then((answer) => {
      const list = answer.ok ? answer.response.packages : [];
      const first = list.find((entry) => entry.fillable) ?? list[0];
      setPackages(list);
      if (first) {
        setOrg(first.org);
        setYear(first.year);
      }
    });
    send({ type: "tab-info" }).then((answer) => answer.ok && setTab(answer.response));
  }, [send]);
  const units = useMemo(() => unitsOf(packages ?? []), [packages]);
  const years = (packages ?? []).filter((entry) => entry.org === org);
  const chosen = years.find((entry) => entry.year === year);

  function choose(nextOrg: string, nextYear?: number) {
    setOrg(nextOrg);
    const ofUnit = (packages ?? []).filter((entry) => entry.org === nextOrg);
    setYear(nextYear ?? ofUnit.find((entry) => entry.fillable)?.year ?? ofUnit[0]?.year ?? 0);
  }

  async function run(mode: "fill" | "check") {
    // Host access must be asked for inside the click, before anything else is awaited.
    if (tab?.needsOrigin) await requestOrigin(tab.needsOrigin);
    setBusy(true);
    setFailure(undefined);
    const answer = await send({ type: "fill-tab", org, year, mode, ...(tab ? { tabId: tab.tabId } : {}) });
    setBusy(false);
    if (answer.ok) setResult(answer.response);
    else setFailure(answer.error.code);
  }

  if (packages === undefined) return <main class="popup" aria-busy="true" />;
  const shown = result ?? tab?.lastResult;
  return (
    <main class="popup">
      <LangSwitch lang={lang} onChange={setLang} />
      <h1>{pageWord(lang, "popupTitle")}</h1>
      {packages.length === 0 ? (
        <p>{pageWord(lang, "noPackages")}</p>
      ) : (
        <>
          <label>
            {pageWord(lang, "unit")}
            <select value={org} onChange={(event) => choose(event.currentTarget.value)}>
              {units.map((unit) => (
                <option key={unit.org} value={unit.org}>
                  {unit.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {pageWord(lang, "year")}
            <select value={String(year)} onChange={(event) => setYear(Number(event.currentTarget.value))}>
              {years.map((entry) => (
                <option key={entry.year} value={String(entry.year)}>
                  {entry.fillable ? entry.year : `${entry.year} (${pageWord(lang, "hasErrors")})`}
                </option>
              ))}
            </select>
          </label>
          <ProfileLine lang={lang} tab={tab} />
          {chosen && !chosen.fillable && <p class="error">{pageWord(lang, "notFillable")}</p>}
          <button type="button" disabled={busy || !chosen?.fillable} onClick={() => run("fill")}>
            {pageWord(lang, "fill")}
          </button>
          <button
            type="button"
            class="secondary"
            disabled={busy || !chosen?.fillable}
            onClick={() => run("check")}
          >
            {pageWord(lang, "check")}
          </button>
        </>
      )}
      <div role="status" aria-live="polite">
        {busy && <p>{pageWord(lang, "working")}</p>}
        {failure && <p class="error">{errorWord(lang, failure)}</p>}
        {!busy && shown && (
          <FillResultView
            lang={lang}
            result={shown}
            heading={result ? undefined : pageWord(lang, "lastResult")}
          />
        )}
      </div>
      <p>
        <button type="button" class="secondary" onClick={openImport}>
          {pageWord(lang, "importLink")}
        </button>
        <button type="button" class="secondary" onClick={openOptions}>
          {pageWord(lang, "profilesLink")}
        </button>
      </p>
    </main>
  );
}

function ProfileLine({ lang, tab }: { lang: Lang; tab: TabInfo | undefined }) {
  if (!tab?.profile) return <p class="muted">{pageWord(lang, "noProfile")}</p>;
  const key = tab.profile.managed ? "profileManaged" : "profileUsed";
  return <p class="muted">{pageWord(lang, key, { name: tab.profile.name })}</p>;
}

/** The units among the packages, each once, in the packages' order (by name). */
function unitsOf(packages: readonly PackageSummary[]): { org: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const entry of packages) if (!seen.has(entry.org)) seen.set(entry.org, entry.name);
  return [...seen].map(([org, name]) => ({ org, name }));
}
