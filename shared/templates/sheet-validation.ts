import type { FieldDef, Words } from "./field";
import { KINDS, type KindValidation } from "./kinds";
import { NOTE_MAX_LENGTH } from "./note-limit";

/** An Excel data-validation rule with its texts, final: renderers write them as they are. */
export interface PlannedValidation extends KindValidation {
  prompt: Words;
  promptTitle: string;
  /** The input prompt, both languages, within Excel's 255 characters. */
  promptText: string;
  errorTitle: string;
  /** The error alert, both languages, within Excel's 225 characters. */
  errorText: string;
}

/** Excel's limits on data-validation texts (characters). */
const PROMPT_MAX = 255;
const ERROR_MAX = 225;

export { NOTE_MAX_LENGTH };

function bilingual(words: Words, max: number): string {
  const text = `${words.nb}\n${words.en}`;
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function planned(rule: KindValidation, prompt: Words): PlannedValidation {
  return {
    ...rule,
    prompt,
    promptTitle: "Hjelp / Help",
    promptText: bilingual(prompt, PROMPT_MAX),
    errorTitle: "Ugyldig verdi / Invalid value",
    errorText: bilingual(rule.error, ERROR_MAX),
  };
}

/** The rule on a field's input cell: its kind's rule, its own help as the prompt. */
export function fieldValidation(field: FieldDef): PlannedValidation {
  return planned(KINDS[field.kind].validation, field.help);
}

/** The rule on a note cell: text of reasonable length, with what the note is for. */
export function noteValidation(field: FieldDef): PlannedValidation {
  const prompt = notePrompt(field);
  const error = { nb: `Høyst ${NOTE_MAX_LENGTH} tegn.`, en: `At most ${NOTE_MAX_LENGTH} characters.` };
  return planned({ type: "textLength", max: NOTE_MAX_LENGTH, error }, prompt);
}

function notePrompt(field: FieldDef): Words {
  if (field.kind === "status") {
    return {
      nb: "Kommentar: påkrevd når tiltaket ikke er på plass, og når status går tilbake.",
      en: "Comment: required unless the measure is in place, and when the status goes back.",
    };
  }
  // A plan's first year has no year before in the plan: its reason, never required, is about the
  // beds last reported it is set beside (plan-first-year-against-beds, information only; A8).
  if (field.reported) {
    return {
      nb: "Begrunn gjerne forskjellen fra sist rapporterte døgnplasser (ikke påkrevd).",
      en: "A reason for the difference from the beds last reported, if you wish (not required).",
    };
  }
  if (field.against) {
    return {
      nb: "Begrunn endringen fra året før i planen (påkrevd ved store endringer).",
      en: "Give the reason for the change from the plan's year before (required for large changes).",
    };
  }
  return {
    nb: "Forklar endringen fra i fjor (påkrevd ved store endringer).",
    en: "Explain the change from last year (required for large changes).",
  };
}
