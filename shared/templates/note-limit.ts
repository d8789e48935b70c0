/**
 * The longest note a cell takes (Excel's data validation) and a package should carry (rule
 * note-text-sound). A module of its own, so the rule does not bring the sheet's prompt texts into the
 * task pane's first load (they come with the templates' chunk).
 */
export const NOTE_MAX_LENGTH = 2000;
