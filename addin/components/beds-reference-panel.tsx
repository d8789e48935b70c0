import { useState } from "preact/hooks";
import { fieldLabel } from "../../shared/messages/field-label";
import type { Lang } from "../../shared/messages/lang";
import { formatNumber } from "../../shared/numbers/format-number";
import { describePackageError } from "../i18n/pane-messages";
import { AskDialog } from "./ask-dialog";
import { type BedsReference, referenceApplies, withBedsReference } from "./beds-reference";
import { checkBedsPackage } from "./beds-reference-check";
import type { BedsReferenceProps } from "./beds-reference-slot";
import { BEDS_WORDS, type BedsWord } from "./beds-reference-words";
import { readPackageFile } from "./read-package-file";
import { sayWords, type Words } from "./say";
import { unitName, workbookIdentity } from "./workbook-identity";

type Params = Record<string, string | number>;

/** A loaded reference in words: its file, unit, year and the figures it holds. */
function usedParams(reference: BedsReference, lang: Lang): Params {
  const figures = Object.entries(reference.values)
    .map(([id, value]) => `${fieldLabel(id, lang)} ${formatNumber(Number(value))}`)
    .join("; ");
  return { file: reference.file, unit: unitName(reference.org), year: reference.year, figures };
}

/**
 * A capacity plan without the beds sheet: the controller loads last year's beds package, read strictly
 * and checked as a fill checks a package (another unit refused, another year asked about), so the
 * plan's first year is set beside those beds and the finding names the file and year. Fetched only
 * for such a workbook (docs/addin.md).
 */
export function BedsReferencePanel({ say, lang, work, result, beds, revalidate }: BedsReferenceProps) {
  const words = BEDS_WORDS[lang];
  const w = (key: BedsWord, params: Params = {}) => words[key](params);
  // Kept as words, said in the language of each render (A12), as the fill's are.
  const later =
    (key: BedsWord, params: (lang: Lang) => Params = () => ({})): Words =>
    (_, now) =>
      BEDS_WORDS[now][key](params(now));
  const [refused, keepRefused] = useState<Words>();
  const setRefused = (words: Words | undefined) => keepRefused(() => words);
  const [question, setQuestion] = useState<{ params: Params; answer: (yes: boolean) => void }>();
  const ask = (params: Params) =>
    new Promise<boolean>((resolve) =>
      setQuestion({
        params,
        answer: (yes) => {
          setQuestion(undefined);
          resolve(yes);
        },
      }),
    );
  const choose = (file: File) =>
    work.run("busy", async () => {
      setRefused(undefined);
      const read = await readPackageFile(file);
      if (!read.ok) {
        const { file, error } = read;
        setRefused((words, now) =>
          words("packageRefused", { file, message: describePackageError(error, now) }),
        );
        return later("cancelled");
      }
      const templates = result?.snapshot.templates ?? [];
      const check = checkBedsPackage(read.package, read.file, { ...workbookIdentity(result), templates });
      if (check.kind === "refuse") {
        const { word, params } = check;
        setRefused(later(word, () => params));
        return later("cancelled");
      }
      if (check.ask && !(await ask(check.ask))) return later("cancelled");
      const { reference } = check;
      beds.set({ reference, apply: (snapshot) => withBedsReference(snapshot, reference) });
      await revalidate();
      return later("used", (now) => usedParams(reference, now));
    });
  const remove = (reference: BedsReference) =>
    work.run("busy", async () => {
      beds.set(undefined);
      await revalidate();
      return later("removed", () => ({ file: reference.file }));
    });
  const reference = beds.loaded()?.reference;
  const applies = reference && result ? referenceApplies(result.snapshot, reference) : false;
  return (
    <section aria-labelledby="beds-reference-heading">
      <h2 id="beds-reference-heading">{w("heading")}</h2>
      <p>{w("intro")}</p>
      <label for="beds-reference-file">{w("choose")}</label>
      <input
        id="beds-reference-file"
        type="file"
        accept=".json,application/json"
        disabled={work.busy !== undefined}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = "";
          if (file) void choose(file);
        }}
      />
      {refused && (
        <p role="alert" class="error">
          {sayWords(refused, say, lang)}
        </p>
      )}
      {question && (
        <AskDialog
          id="beds-question"
          title={w("askTitle", question.params)}
          text={w("ask", question.params)}
          no={say("cancel")}
          yes={w("askYes", question.params)}
          onAnswer={question.answer}
        />
      )}
      {reference && (
        <>
          <p class="beds-reference">
            {applies
              ? w("used", usedParams(reference, lang))
              : w("notApplied", { ...usedParams(reference, lang), planYear: reference.planYear })}
          </p>
          <button type="button" disabled={work.busy !== undefined} onClick={() => void remove(reference)}>
            {w("remove")}
          </button>
        </>
      )}
    </section>
  );
}
