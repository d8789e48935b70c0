import type { Lang } from "../../shared/messages/lang";
import { fillProgress } from "./fill-progress";
import type { Say } from "./say";
import type { PassResult } from "./validation-loop";

interface TypePanelProps {
  say: Say;
  lang: Lang;
  result: PassResult;
  onSelect: (cell: string) => void;
}

/** Step 3: how many fields are filled in, and which required ones are still empty (each selects its cell). */
export function TypePanel({ say, lang, result, onSelect }: TypePanelProps) {
  const { filled, total, emptyRequired } = fillProgress(result);
  const text = say("progress", { filled, total });
  return (
    <section aria-labelledby="type-heading">
      <h2 id="type-heading">{say("typeHeading")}</h2>
      <p class="progress-line">{text}</p>
      <meter min={0} max={total} value={filled} aria-label={text} />
      {emptyRequired.length === 0 ? (
        <p>{say("allRequiredFilled")}</p>
      ) : (
        <>
          <p id="empty-required">{say("emptyRequired")}</p>
          <ul aria-labelledby="empty-required">
            {emptyRequired.map(({ field, cell }) => (
              <li key={field.id}>
                {cell ? (
                  <button type="button" class="issue-link" onClick={() => onSelect(cell)}>
                    <span class="cell">{cell}</span> {field.label[lang]}
                  </button>
                ) : (
                  field.label[lang]
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
