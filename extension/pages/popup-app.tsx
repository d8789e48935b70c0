import { useEffect, useState } from "preact/hooks";
import type { Lang } from "../../shared/messages/lang";
import { errorWord, pageWord } from "../i18n/page-words";
import type { FillResult, PackageSummary, TabInfo, WorkerErrorCode } from "../messages";
import { FillResultView } from "./fill-result-view";
import { type Choice, initialChoice } from "./popup/choose-package";
import { UnitYearFields } from "./popup/unit-year-fields";
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

/**
 * The toolbar popup: the open page's origin, the unit and year (never guessed among several
 * units), then fill or check the tab. The fill carries the address and origin shown here, so it
 * stops if the tab is elsewhere by the time it runs.
 */
export function PopupApp({ send, requestOrigin, openImport, openOptions }: PopupProps) {
  const [lang, setLang] = useLang(send);
  const [packages, setPackages] = useState<PackageSummary[] | undefined>(undefined);
  const [tab, setTab] = useState<TabInfo | undefined>(undefined);
  const [choice, setChoice] = useState<Choice>({ org: "", year: 0 });
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<FillResult | undefined>(undefined);
  const [failure, setFailure] = useState<WorkerErrorCode | undefined>(undefined);

  useEffect(() => {
    send({ type: "list-packages" }).then((answer) => {
      const list = answer.ok ? answer.response.packages : [];
      setPackages(list);
      setChoice(initialChoice(list));
    });
    send({ type: "tab-info" }).then((answer) => answer.ok && setTab(answer.response));
  }, [send]);
  const chosen = (packages ?? []).find((entry) => entry.org === choice.org && entry.year === choice.year);
  const canRun = !busy && chosen?.fillable === true && tab !== undefined && tab.origin !== "";

  async function run(mode: "fill" | "check") {
    if (!tab) return;
    // Host access must be asked for inside the click, before anything else is awaited.
    if (tab.needsOrigin) await requestOrigin(tab.needsOrigin);
    setBusy(true);
    setFailure(undefined);
    const expect = { url: tab.url, origin: tab.origin };
    const answer = await send({ type: "fill-tab", ...choice, mode, tabId: tab.tabId, expect });
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
      <PageLine lang={lang} tab={tab} />
      {packages.length === 0 ? (
        <p>{pageWord(lang, "noPackages")}</p>
      ) : (
        <>
          <UnitYearFields lang={lang} packages={packages} choice={choice} onChange={setChoice} />
          {chosen && !chosen.fillable && <p class="error">{pageWord(lang, "notFillable")}</p>}
          <button type="button" disabled={!canRun} onClick={() => run("fill")}>
            {pageWord(lang, "fill")}
          </button>
          <button type="button" class="secondary" disabled={!canRun} onClick={() => run("check")}>
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

/** Where the figures would go: the page's origin (the user checks it), and its profile. */
function PageLine({ lang, tab }: { lang: Lang; tab: TabInfo | undefined }) {
  if (!tab) return null;
  if (tab.origin === "") return <p class="error">{pageWord(lang, "noFormPage")}</p>;
  const key = tab.profile?.managed ? "profileManaged" : "profileUsed";
  return (
    <>
      <p>
        {pageWord(lang, "pageOrigin")} <strong>{tab.origin}</strong>
      </p>
      <p class="muted">
        {tab.profile ? pageWord(lang, key, { name: tab.profile.name }) : pageWord(lang, "noProfile")}
      </p>
    </>
  );
}
