/**
 * Ids that UI libraries make up as they render, so they change when a field is added above or the
 * page renders in another order: Fluent UI's `TextField29`/`Dropdown12`, React's `useId`
 * (`:r3:`, `«r3»`, `_r_3_`), Angular Material's `mat-input-4`, Ember's `ember123`, ExtJS's
 * `ext-gen45`, Headless UI's `headlessui-listbox-button-7`, and GUID-like ids. A profile that
 * stored one would send a figure to whatever field gets that id next: such ids are never kept as
 * a stable locator.
 */
const GENERATED: readonly RegExp[] = [
  /^:[rR][0-9a-z]*:$/,
  /^«[rR][0-9a-z]*»$/,
  /^_[rR]_[0-9a-z]*_$/,
  /^(TextField|Dropdown|ComboBox|SpinButton|DatePicker|Checkbox|ChoiceGroup|Toggle|Label|Callout)\d+(-\w+)?$/,
  /^(mat-(input|select|option|radio|checkbox)|cdk-\w+)-\d+$/,
  /^id__\d+$/,
  /^ember\d+$/,
  /^ext-(gen|comp|element)-?\d+$/,
  /^headlessui-[\w-]+-\d+$/,
  /^(id|uid|field|input)[-_]?\d{3,}$/i,
  /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i,
];

/** Whether an element id looks made up by a UI library at render time (see GENERATED). */
export function isGeneratedId(id: string): boolean {
  return GENERATED.some((pattern) => pattern.test(id));
}

// ASP.NET numbers the controls it names itself (`ctl00`, `ctl40`) and SharePoint numbers a list
// form's fields by position (`…_ff22_…`): such an id names whatever control comes at that place.
const NUMBERED_SEGMENT = /(^|[_$])(ctl\d+|ff\d+)([_$]|$)/i;

/**
 * Whether pointing may record an id as the field's: not generated, and no segment a framework
 * numbers by position. (An administrator's own `elementId` is kept on reading: their word.)
 */
export function isStableId(id: string): boolean {
  return !isGeneratedId(id) && !NUMBERED_SEGMENT.test(id);
}
