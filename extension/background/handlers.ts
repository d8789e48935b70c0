import type { Runtime } from "webextension-polyfill";
import type { RequestOf, RequestType, ResponseMap } from "../messages";
import { movePackages } from "../storage/package-store";
import { loadSettings, saveSettings } from "../storage/settings-store";
import { fillTab } from "./fill-tab";
import { importPackages } from "./import-packages";
import { listPackageSummaries, removeOnePackage } from "./packages";
import { planTab } from "./plan-tab";
import { deleteProfile, importProfiles, listProfiles, saveProfile } from "./profiles";
import { startPick } from "./start-pick";
import { tabInfo } from "./tab-info";
import { testProfileOnPage } from "./test-profile";
import { undoTab } from "./undo-tab";
import { verifyFill } from "./verify-fill";

/** Who sent a message (the extension page's URL and tab). */
export type MessageSender = Runtime.MessageSender;

/** One small handler per request type; a type without a handler does not compile. */
export type Handlers = {
  [T in RequestType]: (request: RequestOf<T>, sender: MessageSender) => Promise<ResponseMap[T]>;
};

/** The service worker's handler map. */
export const workerHandlers: Handlers = {
  "import-packages": importPackages,
  "list-packages": listPackageSummaries,
  "remove-package": (request) => removeOnePackage(request.org, request.year, request.templates),
  "get-settings": loadSettings,
  "set-keep": async (request) => {
    await movePackages(request.keep);
    return saveSettings({ keep: request.keep });
  },
  "set-lang": (request) => saveSettings({ lang: request.lang }),
  "tab-info": tabInfo,
  "fill-tab": fillTab,
  "plan-tab": planTab,
  "undo-tab": undoTab,
  "verify-fill": verifyFill,
  "get-profiles": listProfiles,
  "save-profile": saveProfile,
  "delete-profile": deleteProfile,
  "import-profiles": importProfiles,
  "start-pick": startPick,
  "test-profile": testProfileOnPage,
};
