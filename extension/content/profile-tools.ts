import { collectControls } from "./collect-controls";
import { PROFILE_TOOLS_SYMBOL, type ProfileToolsApi } from "./content-api";
import { describeControls } from "./control-facts";
import { pickFields } from "./pick-fields";
import { testProfile } from "./test-profile";

// Pointing at fields and testing a profile are asked for only from the options page, so they live
// in a script of their own, injected into the form's top frame when asked: the content script that
// every fill injects into every frame stays within its size budget (docs/extension.md). Installed
// under a Symbol, as the content script is, so a page element cannot clobber it.
const key = Symbol.for(PROFILE_TOOLS_SYMBOL);
const scope = globalThis as unknown as Record<symbol, unknown>;
if (typeof (scope[key] as Partial<ProfileToolsApi> | undefined)?.pick !== "function") {
  const tools: ProfileToolsApi = {
    testProfile: (profile) =>
      testProfile(document, profile, describeControls(document, collectControls(document))),
    pick: (request) => pickFields(document, request),
  };
  Object.defineProperty(scope, key, { value: tools, configurable: true });
}
