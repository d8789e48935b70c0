import { activitySection } from "./activity-section";
import { bedsSection } from "./beds-section";
import { capacityPlanSection } from "./capacity-plan-section";
import { planStatusSection } from "./plan-status-section";
import type { ReportInput, ReportSection } from "./report-input";
import { reportPage } from "./report-page";
import { returnsSection } from "./returns-section";
import { staffingSection } from "./staffing-section";

/** The board paper's order: beds, staffing, activity, the plan's measures, then the returns behind the figures. */
const SECTIONS: readonly ReportSection[] = [
  bedsSection,
  staffingSection,
  activitySection,
  capacityPlanSection,
  planStatusSection,
  returnsSection,
];

/** The report's HTML and which sections it holds (a section without data is left out). */
export async function buildReport(input: ReportInput): Promise<{ html: string; sections: number }> {
  const built: string[] = [];
  for (const section of SECTIONS) {
    const html = await section(input);
    if (html !== undefined) built.push(html);
  }
  const html = reportPage({
    title: `Status psykisk helsevern og TSB i Helse Sør-Øst ${input.year}`,
    lead: `Bygget av hso-report fra ${input.packages.length} innsendte pakker, hver kontrollert på nytt. Tall fra pakker med feil er ikke med.`,
    sections: built,
  });
  return { html, sections: built.length };
}
