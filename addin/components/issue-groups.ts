import type { Issue } from "../../shared/report/issue";

/** Issues that sit on one sheet (or on no cell at all: `sheet` undefined). */
export interface IssueGroup {
  sheet: string | undefined;
  issues: Issue[];
}

/** The sheet of an address such as `Døgnplasser!C9` or `'Ark 1'!C9`; undefined without a sheet. */
export function sheetOf(cell: string | undefined): string | undefined {
  if (!cell) return undefined;
  const bang = cell.lastIndexOf("!");
  if (bang < 0) return undefined;
  const sheet = cell.slice(0, bang);
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/** Groups issues by sheet in the order sheets first appear; issues without a cell come last. */
export function groupIssuesBySheet(issues: readonly Issue[]): IssueGroup[] {
  const groups = new Map<string | undefined, Issue[]>();
  for (const issue of issues) {
    const sheet = sheetOf(issue.cell);
    const list = groups.get(sheet) ?? [];
    list.push(issue);
    groups.set(sheet, list);
  }
  const ordered = [...groups].map(([sheet, list]) => ({ sheet, issues: list }));
  return [
    ...ordered.filter((group) => group.sheet !== undefined),
    ...ordered.filter((group) => !group.sheet),
  ];
}
