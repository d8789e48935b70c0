import { useState } from "preact/hooks";
import { fieldLabel } from "../../shared/messages/field-label";
import type { Lang } from "../../shared/messages/lang";
import type { Issue } from "../../shared/report/issue";
import { describeIssue } from "../i18n/pane-messages";
import { groupIssuesBySheet } from "./issue-groups";
import type { Say } from "./say";

interface IssueListProps {
  say: Say;
  lang: Lang;
  issues: readonly Issue[];
  onSelect: (cell: string) => void;
}

/**
 * The findings grouped by sheet; an issue with a cell is a button that selects that cell in Excel.
 * Information about empty optional fields is hidden until asked for: in a fresh template it would
 * bury the few errors that matter under a line for every blank cell. Other information (a plan's
 * first year beside the beds last reported) is shown with the rest: the checkbox says "empty fields".
 */
export function IssueList({ say, lang, issues, onSelect }: IssueListProps) {
  const [showInfos, setShowInfos] = useState(false);
  const infos = issues.filter(isEmptyNote).length;
  const shown = showInfos ? issues : issues.filter((issue) => !isEmptyNote(issue));
  return (
    <section aria-labelledby="issues-heading">
      <h2 id="issues-heading">{say("issuesHeading")}</h2>
      {shown.length === 0 && <p>{say("noIssues")}</p>}
      {infos > 0 && (
        <label class="show-infos">
          <input
            type="checkbox"
            checked={showInfos}
            onChange={(event) => setShowInfos(event.currentTarget.checked)}
          />{" "}
          {say("showInfos", { count: infos })}
        </label>
      )}
      {groupIssuesBySheet(shown).map((group) => (
        <section key={group.sheet ?? ""} class="issue-group" aria-label={group.sheet ?? say("otherPlace")}>
          <h3>{group.sheet ?? say("otherPlace")}</h3>
          <ul>
            {group.issues.map((issue) => (
              <IssueItem
                key={`${issue.rule}-${issue.field}-${issue.code}`}
                {...{ say, lang, issue, onSelect }}
              />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

/** A note that an optional field is empty: the information the checkbox keeps out of the way. */
const isEmptyNote = (issue: Issue) => issue.severity === "info" && issue.code === "value_missing";

function IssueItem({ say, lang, issue, onSelect }: Omit<IssueListProps, "issues"> & { issue: Issue }) {
  const text = (
    <>
      <span class={`severity ${issue.severity}`}>{say(issue.severity)}</span>{" "}
      <strong>{fieldLabel(issue.field, lang)}</strong>: {describeIssue(issue, lang)}
    </>
  );
  const { cell } = issue;
  return (
    <li class={`issue ${issue.severity}`}>
      {cell ? (
        <button
          type="button"
          class="issue-link"
          onClick={() => onSelect(cell)}
          title={say("issueAt", { cell })}
        >
          <span class="cell">{cell.slice(cell.lastIndexOf("!") + 1)}</span> {text}
        </button>
      ) : (
        text
      )}
    </li>
  );
}
