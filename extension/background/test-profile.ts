import type { ProfileTest } from "../content/content-api";
import type { RequestOf } from "../messages";
import { locatorSchema } from "../profile/form-profile";
import { PROFILE_LIMITS } from "../profile/profile-limits";
import { profileForYear } from "../profile/report-year";
import { z } from "../zod";
import { callContent } from "./call-content";
import { pageClaim } from "./check-identity";
import { chooseFrames, probeFrames } from "./probe-frames";
import { tabForPattern } from "./resolve-tab";

const text = z.string().max(2000);
const fieldInfo = z.object({ label: text, section: text, score: z.number(), current: text }).loose();
const testSchema = z.object({
  frameUrl: text,
  fields: z
    .array(
      z.object({
        id: z.string().max(200),
        outcome: z.enum(["found", "not_found", "ambiguous"]),
        field: fieldInfo.optional(),
        problem: z
          .enum([
            "locators_disagree",
            "position_changed",
            "position_unverified",
            "section_other_year",
            "section_other_unit",
          ])
          .optional(),
        probes: z
          .array(
            z.object({
              locator: locatorSchema,
              finds: z.enum(["one", "none", "several", "invalid"]),
              field: fieldInfo.optional(),
            }),
          )
          // A field's own locators and each one's twin for the page's year (report-year.ts yearTwin).
          .max(2 * PROFILE_LIMITS.locators),
      }),
    )
    .max(1000),
});

/**
 * "Test this profile on this page": in every frame a profile may fill (the top origin, under the
 * pattern), what each locator of each field finds — one field, none, several, or a selector that
 * does not parse — and what a fill would do: the field it takes, or why it takes none (two
 * locators disagree, a CSS path reaches a field that reads otherwise), a year recorded relative to
 * the report's read as the year the page shows. Nothing is written.
 */
export async function testProfileOnPage(
  request: RequestOf<"test-profile">,
): Promise<{ frames: ProfileTest[] }> {
  const tabId = await tabForPattern(request.tabId, request.profile.urlPattern);
  const { frames } = chooseFrames(await probeFrames(tabId), request.profile);
  // Years recorded relative to the report's (report-year.ts) are read for the year the page shows.
  const { year } = await pageClaim(tabId, frames);
  const profile = year === undefined ? request.profile : profileForYear(request.profile, year);
  const answers = await callContent(tabId, frames, "testProfile", profile);
  return {
    frames: answers.flatMap((answer) => {
      const parsed = testSchema.safeParse(answer.result);
      return parsed.success ? [parsed.data as ProfileTest] : [];
    }),
  };
}
