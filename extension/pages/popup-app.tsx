import { useEffect, useRef, useState } from "preact/hooks";
import type { Lang } from "../../shared/messages/lang";
import { pageWord } from "../i18n/page-words";
import type { PackageSummary, TabInfo } from "../messages";
import { type Choice, initialChoice } from "./popup/choose-package";
import { FillFlow } from "./popup/fill-flow";
import { UnitYearFields } from "./popup/unit-year-fields";
import { LangSwitch } from "./shared/lang-switch";
import type { Send } from "./shared/send-request";
import { templateNames } from "./shared/template-names";
import { useLang } from "./shared/use-lang";

/** What the popup needs from outside: the worker, and the few browser actions a click may take. */
export interface PopupProps {
  send: Send;
  requestOrigin: (origin: string) => Promise<boolean>;
  openImport: () => void;
  openOptions: () => void;
}

/**
 * The toolbar popup: the open page's origin, the unit and year (those the page names, else never
 * guessed among several units), then preview, fill and undo (fill-flow.tsx). Everything sent to
 * the worker carries the address and origin shown here, so nothing lands elsewhere.
 */
export function PopupApp({ send, requestOrigin, openImport, openOptions }: PopupProps) {
  const [lang, setLang] = useLang(send);
  const [packages, setPackages] = useState<PackageSummary[] | undefined>(undefined);
  const [tab, setTab] = useState<TabInfo | undefined>(undefined);
  const [choice, setChoice] = useState<Choice>({ org: "", year: 0 });
  const touched = useRef(false);

  useEffect(() => {
    let list: PackageSummary[] | undefined;
    let claim: TabInfo["pageClaim"];
    // The first choice follows what the page names, as soon as both answers are in, until the user chooses.
    const start = () => list && !touched.current && setChoice(initialChoice(list, claim));
    send({ type: "list-packages" }).then((answer) => {
      list = answer.ok ? answer.response.packages : [];
      setPackages(list);
      start();
    });
    send({ type: "tab-info" }).then((answer) => {
      if (!answer.ok) return;
      setTab(answer.response);
      claim = answer.response.pageClaim;
      start();
    });
  }, [send]);
  const choose = (next: Choice) => {
    touched.current = true;
    setChoice(next);
  };
  // A unit's beds and staffing of one year are two packages: the fill takes every fillable one.
  const chosen = (packages ?? []).filter((entry) => entry.org === choice.org && entry.year === choice.year);
  const canRun = chosen.some((entry) => entry.fillable) && tab !== undefined && tab.origin !== "";

  if (packages === undefined) return <main class="popup" aria-busy="true" />;
  return (
    <main class="popup">
      <LangSwitch lang={lang} onChange={setLang} />
      <h1>{pageWord(lang, "popupTitle")}</h1>
      <PageLine lang={lang} tab={tab} />
      {packages.length === 0 ? (
        <p>{pageWord(lang, "noPackages")}</p>
      ) : (
        <>
          <UnitYearFields lang={lang} packages={packages} choice={choice} onChange={choose} />
          <ChosenPackages lang={lang} chosen={chosen} />
          {tab && (
            <FillFlow
              key={`${choice.org}-${choice.year}`}
              lang={lang}
              send={send}
              tab={tab}
              choice={choice}
              unitName={chosen[0]?.name ?? ""}
              canRun={canRun}
              requestOrigin={requestOrigin}
            />
          )}
        </>
      )}
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

/**
 * The packages whose figures go in: every template of the unit's year, each with its file; one
 * with errors is named as left out (it cannot fill forms).
 */
function ChosenPackages({ lang, chosen }: { lang: Lang; chosen: readonly PackageSummary[] }) {
  if (chosen.length === 0) return null;
  if (chosen.every((entry) => !entry.fillable)) return <p class="error">{pageWord(lang, "notFillable")}</p>;
  return (
    <ul class="muted">
      {chosen.map((entry) => (
        <li key={entry.templates.join("+")} class={entry.fillable ? undefined : "error"}>
          {templateNames(entry, lang)}: {entry.fileName}
          {entry.fillable ? "" : ` (${pageWord(lang, "leftOutErrors")})`}
        </li>
      ))}
    </ul>
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
