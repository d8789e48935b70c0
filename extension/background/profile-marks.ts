import type { ContentRequest, FigureToFill } from "../content/content-api";
import { profileField } from "../profile/profile-field";

/**
 * A figure with what the request's profile says of its field (`FigureToFill.decimal`, `reloads`):
 * the field's decimal style, else the profile's, and whether changing the field reloads the page.
 * Read here, at sending, so the content script does not look each figure up in the profile (its
 * size budget: docs/extension.md). Without a profile the figure is sent as it is.
 */
export function withProfileMarks(figure: FigureToFill, profile: ContentRequest["profile"]): FigureToFill {
  // A request read again (another round, another profile) is marked anew.
  const { decimal: _decimal, reloads: _reloads, ...plain } = figure;
  if (profile === undefined) return plain;
  const field = profileField(profile, figure.id);
  const decimal = field?.decimal ?? profile.decimal;
  return {
    ...plain,
    ...(decimal !== undefined ? { decimal } : {}),
    ...(field?.reloads !== undefined ? { reloads: field.reloads } : {}),
  };
}

/** Whether the profile orders its fields: its order of writing then holds (`ContentRequest.ordered`). */
export function isOrdered(profile: ContentRequest["profile"]): boolean {
  return Object.values(profile?.fields ?? {}).some((field) => field.order !== undefined);
}
