import { formWords } from "../i18n/form-words";
import { collectControls } from "./collect-controls";
import { CONTENT_API_VERSION, PROFILE_TOOLS_SYMBOL, type ProfileToolsApi } from "./content-api";
import { describeControls } from "./control-facts";
import { fillOrder } from "./fill-order";
import { isInvalidSelector } from "./invalid-selector";
import { pageIdentity } from "./page-identity";
import { pickFields } from "./pick-fields";
import { planRows } from "./plan-rows";
import { profileAssignments, reconfirm } from "./profile-assignments";
import { putBackFields } from "./put-back";
import { testProfile } from "./test-profile";
import { keptSinceFill, undoFill } from "./undo-fill";
import { setFormWords } from "./words";

// The page's unit and year (asked by the popup before a plan or fill), pointing at fields and
// testing a profile (asked from the options page) need none of the fill engine's writing; nor
// does what the content script asks in the same frame for only some requests: building the
// locators of a plan's rows and the rows themselves, following locators (a profile's fields, a
// preview's confirmed rows), undo's putting back and the late read-back's question what changed
// and its putting back.
// So they live in a script of their own, injected into the frames only when asked
// (background/request-scripts.ts): the content script that every run injects into every frame
// stays within its size budget (docs/extension.md).
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
    invalidSelectors: (paths) => paths.map(isInvalidSelector),
    assign: profileAssignments,
    reconfirm,
    planRows,
    fillOrder,
    undo: undoFill,
    putBack: putBackFields,
    kept: keptSinceFill,
  };
  Object.defineProperty(scope, key, { value: tools, configurable: true });
}
