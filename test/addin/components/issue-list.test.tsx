import { fireEvent, render, screen, within } from "@testing-library/preact";
import { describe, expect, it, vi } from "vitest";
import { IssueList } from "../../../addin/components/issue-list";
import { sayIn } from "../../../addin/components/say";
import type { Issue } from "../../../shared/report/issue";

const ISSUES: Issue[] = [
  {
    code: "not_a_number",
    severity: "error",
    field: "beds.tsb_total",
    cell: "Døgnplasser!C11",
    params: { text: "20 plasser", reason: "not_a_number", textFormat: "" },
    rule: "value-is-number",
  },
  {
    code: "value_missing",
    severity: "info",
    field: "beds.phbu_total",
    cell: "Døgnplasser!C10",
    params: {},
    rule: "required-present",
  },
];

describe("IssueList", () => {
  it("shows errors at once and keeps notes about empty fields behind a checkbox", () => {
    render(<IssueList say={sayIn("nb")} lang="nb" issues={ISSUES} onSelect={() => {}} />);
    expect(screen.getByText(/«20 plasser» er ikke et tall/)).toBeTruthy();
    expect(screen.queryByText("PHBU, i alt")).toBeNull();
    fireEvent.click(screen.getByLabelText("Vis også 1 merknad om tomme felt"));
    expect(screen.getByText("PHBU, i alt")).toBeTruthy();
  });

  it("shows other information at once: the plan's first year beside the beds last reported is no empty field", () => {
    const plan: Issue = {
      code: "plan_differs_from_reported",
      severity: "info",
      field: "capacity_plan.phv_adult_2026",
      cell: "Kapasitetsplan!C8",
      params: {
        planned: 110,
        reported: 103,
        reportedField: "beds.phv_adult_total",
        change: 7,
        year: 2024,
        sheet: "",
        file: "telemark-2024.hso.json",
      },
      rule: "plan-first-year-against-beds",
    };
    const { container } = render(
      <IssueList say={sayIn("nb")} lang="nb" issues={[...ISSUES, plan]} onSelect={() => {}} />,
    );
    expect(within(container as HTMLElement).getByText(/Planen starter på 110/)).toBeTruthy();
    expect(within(container as HTMLElement).getByLabelText("Vis også 1 merknad om tomme felt")).toBeTruthy();
  });

  it("selects the cell of the issue chosen", () => {
    const onSelect = vi.fn();
    render(<IssueList say={sayIn("en")} lang="en" issues={ISSUES} onSelect={onSelect} />);
    fireEvent.click(screen.getByTitle("Go to Døgnplasser!C11"));
    expect(onSelect).toHaveBeenCalledWith("Døgnplasser!C11");
  });
});
