import { useCallback, useEffect, useState } from "preact/hooks";
import { errorWord, pageWord } from "../i18n/page-words";
import type { ImportResult, PackageClash, PackageSummary, WorkerErrorCode } from "../messages";
import { ClashChoice } from "./clash-choice";
import { PackageCard } from "./package-card";
import { LangSwitch } from "./shared/lang-switch";
import type { Send } from "./shared/send-request";
import { useLang } from "./shared/use-lang";

/** A file as the import page reads it (a `File`, or anything with a name and text). */
export interface PackageFileLike {
  name: string;
  text(): Promise<string>;
}

/**
 * The import page (a tab, since Firefox closes the popup when a file dialog opens): choose or drop
 * several `*.hso.json` files; the worker reads each strictly and validates it; refused files are
 * listed with the reason, imported packages with their errors and warnings.
 */
export function ImportApp({ send }: { send: Send }) {
  const [lang, setLang] = useLang(send);
  const [packages, setPackages] = useState<PackageSummary[]>([]);
  const [keep, setKeep] = useState(false);
  const [outcome, setOutcome] = useState<ImportResult[] | undefined>(undefined);
  const [failure, setFailure] = useState<WorkerErrorCode | undefined>(undefined);
  const [over, setOver] = useState(false);
  // The last import's files, so a file the user chooses in a clash can be imported alone.
  const [texts, setTexts] = useState(new Map<string, string>());
  const [choiceSaid, setChoiceSaid] = useState<string | undefined>(undefined);

  const refresh = useCallback(
    () =>
      send({ type: "list-packages" }).then((answer) => answer.ok && setPackages(answer.response.packages)),
    [send],
  );
  useEffect(() => {
    void refresh();
    send({ type: "get-settings" }).then((answer) => answer.ok && setKeep(answer.response.keep));
  }, [send, refresh]);

  async function importFiles(files: readonly PackageFileLike[]) {
    if (files.length === 0) return;
    const read = await Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() })));
    setTexts(new Map(read.map((file) => [file.name, file.text])));
    setChoiceSaid(undefined);
    await sendImport(read);
  }

  async function sendImport(files: { name: string; text: string }[], replacing?: PackageClash["stored"]) {
    const answer = await send({
      type: "import-packages",
      files,
      ...(replacing ? { replacing: [replacing] } : {}),
    });
    setFailure(answer.ok ? undefined : answer.error.code);
    setOutcome(answer.ok ? answer.response.results : undefined);
    await refresh();
  }

  /** The user's choice in a clash: that file alone (over the imported one it clashed with), or nothing. */
  async function choose(clash: PackageClash, file: string | undefined) {
    const text = file === undefined ? undefined : texts.get(file);
    const keptStored = clash.stored !== undefined && file !== undefined && file !== clash.files[0];
    setChoiceSaid(
      file === undefined
        ? pageWord(lang, "clashNone")
        : keptStored || text === undefined
          ? pageWord(lang, "clashKept", { file })
          : undefined,
    );
    if (file === undefined || keptStored || text === undefined) return;
    await sendImport([{ name: file, text }], clash.stored);
  }

  async function changeKeep(next: boolean) {
    const answer = await send({ type: "set-keep", keep: next });
    if (answer.ok) setKeep(answer.response.keep);
    await refresh();
  }

  async function remove(summary: PackageSummary) {
    await send({
      type: "remove-package",
      org: summary.org,
      year: summary.year,
      templates: summary.templates,
    });
    await refresh();
  }

  const refused = (outcome ?? []).filter((result) => !result.ok);
  const clashes = clashesOf(outcome ?? []);
  const replacing = (outcome ?? []).flatMap((result) =>
    result.ok ? result.replaced.map((old) => ({ file: result.file, old })) : [],
  );
  return (
    <main>
      <LangSwitch lang={lang} onChange={setLang} />
      <h1>{pageWord(lang, "importTitle")}</h1>
      <p>{pageWord(lang, "importIntro")}</p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target for the mouse; the file input inside it is the keyboard's way in */}
      <div
        class={over ? "drop-zone over" : "drop-zone"}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          void importFiles([...(event.dataTransfer?.files ?? [])]);
        }}
      >
        <label>
          {pageWord(lang, "chooseFiles")}{" "}
          <input
            type="file"
            multiple
            accept=".json,application/json"
            onChange={(event) => {
              const input = event.currentTarget;
              void importFiles([...(input.files ?? [])]).then(() => {
                input.value = "";
              });
            }}
          />
        </label>
        <p class="muted">{pageWord(lang, "dropHere")}</p>
      </div>
      <label>
        <input
          type="checkbox"
          checked={keep}
          onChange={(event) => void changeKeep(event.currentTarget.checked)}
        />{" "}
        {pageWord(lang, "keep")} <span class="muted">({pageWord(lang, "keepHelp")})</span>
      </label>
      <div role="status" aria-live="polite">
        {failure && <p class="error">{errorWord(lang, failure)}</p>}
        {outcome && (
          <p>
            <strong>
              {pageWord(lang, "importSummary", {
                read: outcome.length,
                stored: outcome.length - refused.length,
                refused: refused.length,
              })}
            </strong>
          </p>
        )}
        {replacing.length > 0 && (
          <ul>
            {replacing.map((item) => (
              <li key={`${item.file}>${item.old}`}>{pageWord(lang, "replacedBy", item)}</li>
            ))}
          </ul>
        )}
        {refused.length > 0 && (
          <ul>
            {refused.map((result) => (
              <li key={`${result.file}:${result.ok ? "" : result.error.nb}`} class="error">
                <strong>
                  {pageWord(lang, "refused")}: {result.file}
                </strong>{" "}
                – {result.ok ? "" : result.error[lang]}
              </li>
            ))}
          </ul>
        )}
        {choiceSaid && <p>{choiceSaid}</p>}
      </div>
      {clashes.map((clash) => (
        <ClashChoice
          key={clash.files.join("|")}
          lang={lang}
          clash={clash}
          onChoose={(file) => void choose(clash, file)}
        />
      ))}
      <h2>{pageWord(lang, "imported")}</h2>
      {packages.length === 0 ? (
        <p>{pageWord(lang, "noPackages")}</p>
      ) : (
        <ul class="plain">
          {packages.map((summary) => (
            <PackageCard
              key={`${summary.org}-${summary.year}-${summary.templates.join("+")}`}
              lang={lang}
              summary={summary}
              onRemove={() => remove(summary)}
            />
          ))}
        </ul>
      )}
    </main>
  );
}

/** The clashes of an import, each once (the two files of a clash are both refused, each naming the other). */
function clashesOf(results: readonly ImportResult[]): PackageClash[] {
  const seen = new Map<string, PackageClash>();
  for (const result of results) {
    if (result.ok || result.clash === undefined) continue;
    const { clash } = result;
    const key = (clash.stored ? "stored:" : "") + [...clash.files].sort().join("|");
    if (!seen.has(key)) seen.set(key, clash);
  }
  return [...seen.values()];
}
