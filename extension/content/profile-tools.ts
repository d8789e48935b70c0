import { formWords } from "../i18n/form-words";
import { buildLocators } from "./build-locators";
import { collectControls } from "./collect-controls";
import { CONTENT_API_VERSION, PROFILE_TOOLS_SYMBOL, type ProfileToolsApi } from "./content-api";
import { describeControls } from "./control-facts";
import { isInvalidSelector } from "./invalid-selector";
import { locateField } from "./locate-locators";
import { pageIdentity } from "./page-identity";
import { pickFields } from "./pick-fields";
import { readingPass } from "./reading-pass";
import { testProfile } from "./test-profile";
import { setFormWords } from "./words";
import { cannotEmpty, restoreSnapshot } from "./write-field";

// The page's unit and year (asked by the popup before a plan or fill), pointing at fields and
// testing a profile (asked from the options page) need none of the fill engine's writing, nor does
// building the locators of a plan's rows (asked by the content script in a plan), following
// them (asked by the content script for a profile's fields and a preview's confirmed rows) or
// undo's putting back (asked by the content script's undo), so they
// live in a script of their own, injected into the frames only when asked: the content script
// that every run injects into every frame stays within its size budget (docs/extension.md).
// Installed under a Symbol, as the content script is, so a page element cannot clobber it.
const key = Symbol.for(PROFILE_TOOLS_SYMBOL);
const scope = globalThis as unknown as Record<symbol, unknown>;
// A profile-tools.js of an earlier build left in the frame (the extension updated) may have every
// function and read by older rules: replaced unless it is of this build's engine version (the
// content script's, which calls it in the same frame: content-script.ts isContentApi).
if ((scope[key] as { version?: unknown } | undefined)?.version !== CONTENT_API_VERSION) {
  // The words forms are read with: this script bundles them (the content script has them sent).
  setFormWords(formWords());
  const tools: ProfileToolsApi & { version: number } = {
    version: CONTENT_API_VERSION,
    identity: () => pageIdentity(document, describeControls(document, collectControls(document))),
    testProfile: (profile) =>
      testProfile(document, profile, describeControls(document, collectControls(document))),
    pick: (request) => pickFields(document, request),
    // One pass for all of a plan's rows: ids, names and places counted once per tree.
    locators: (controls) => readingPass(() => controls.map((facts) => buildLocators(facts))),
    invalidSelectors: (paths) => paths.map(isInvalidSelector),
    locate: (doc, locators, controls) => readingPass(() => locateField(doc, locators, controls)),
    restore: restoreSnapshot,
    cannotEmpty,
  };
  Object.defineProperty(scope, key, { value: tools, configurable: true });
}
