import { fireEvent, render, screen } from "@testing-library/preact";
import { TaskPane } from "../../../addin/components/task-pane";
import { buildPackage, packageText } from "../../../shared/package/build-package";
import type { RawValue } from "../../../shared/report/validation-input";
import { TEMPLATES } from "../../../shared/templates/catalogue";
import type { TemplateId } from "../../../shared/templates/field";
import { noteName, previousName } from "../../../shared/templates/names";
import { COMPLETE_BEDS, COMPLETE_STAFFING } from "../../shared/report/complete-input";
import { fakeAdapter } from "./fake-adapter";

/** Complete values for the templates the pane tests fill; other templates start blank. */
const COMPLETE: Partial<Record<TemplateId, Record<string, RawValue>>> = {
  beds: COMPLETE_BEDS,
  staffing: COMPLETE_STAFFING,
};

/** Every defined name of the templates: this year's figures, blank `prev.` and `note.` cells, then overrides. */
export function workbookNames(
  templates: readonly TemplateId[],
  overrides: Record<string, RawValue> = {},
): Record<string, RawValue> {
  const names: Record<string, RawValue> = {};
  for (const field of templates.flatMap((id) => TEMPLATES[id].fields)) {
    names[field.id] = COMPLETE[field.template]?.[field.id] ?? null;
    if (field.cell.previous) names[previousName(field.id)] = null;
    if (field.cell.note) names[noteName(field.id)] = null;
  }
  return { ...names, ...overrides };
}

/** A memory `localStorage`. */
export function memoryStore() {
  const map = new Map<string, string>();
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
  };
}

/** Renders the real task pane over a fake workbook; downloads and copies are recorded. */
export function renderPane(
  names: Record<string, RawValue>,
  options: Omit<NonNullable<Parameters<typeof fakeAdapter>[0]>, "names"> & {
    store?: ReturnType<typeof memoryStore>;
    copyOk?: boolean;
    debounceMs?: number;
  } = {},
) {
  const { store: _store, copyOk: _copyOk, debounceMs = 5, ...adapterOptions } = options;
  const fake = fakeAdapter({ names, ...adapterOptions });
  const downloads: { file: string; text: string }[] = [];
  const copies: string[] = [];
  const store = options.store ?? memoryStore();
  const view = render(
    <TaskPane
      adapter={fake.adapter}
      store={store}
      debounceMs={debounceMs}
      now={() => new Date("2024-12-01T10:00:00Z")}
      download={(file, text) => downloads.push({ file, text })}
      copy={async (text) => {
        copies.push(text);
        return options.copyOk ?? true;
      }}
    />,
  );
  return { ...fake, view, downloads, copies, store };
}

/** A package file as the user would choose it from disk (Telemark's unless another org is given). */
export function packageFile(
  year: number,
  values: Record<string, number | string>,
  name = `pkg-${year}.hso.json`,
  org = "983975267",
) {
  const pkg = buildPackage({
    unit: { org, name: "Navnet i pakken" },
    year,
    templates: { beds: TEMPLATES.beds.version },
    values: { "beds.unit_org": org, "beds.year": year, ...values },
    notes: {},
  });
  return new File([packageText(pkg)], name, { type: "application/json" });
}

/**
 * Opens the trend below the steps (its code is fetched on request: docs/addin.md) and answers its
 * package chooser; an open trend is left open.
 */
export async function openTrend(): Promise<HTMLElement> {
  const opener = screen.getByRole("button", { name: "Vis utviklingen over år" });
  if (opener.getAttribute("aria-expanded") !== "true") fireEvent.click(opener);
  return screen.findByLabelText(/Velg tidligere års pakker/);
}
