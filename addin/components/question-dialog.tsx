import { AskDialog } from "./ask-dialog";
import type { Say } from "./say";
import type { OpenQuestion } from "./use-fill";

/** A question about the package before the fill writes anything (its unit, its year, templates to make). */
export function QuestionDialog({ say, question }: { say: Say; question: OpenQuestion }) {
  return (
    <AskDialog
      id="question"
      title={question.title}
      text={question.text}
      no={say("cancel")}
      yes={question.yes}
      onAnswer={question.answer}
    />
  );
}
