/** The manifest members both browsers share; everything the extension may do is decided here. */
function commonManifest(version: string) {
  return {
    manifest_version: 3,
    name: "__MSG_extensionName__",
    description: "__MSG_extensionDescription__",
    version,
    default_locale: "nb",
    // activeTab: the user's click grants the open tab; host access only where a profile names it.
    permissions: ["activeTab", "scripting", "storage"],
    optional_host_permissions: ["https://*/*", "http://*/*"],
    action: { default_popup: "popup.html", default_title: "__MSG_actionTitle__", default_icon: ICONS },
    options_ui: { page: "options.html", open_in_tab: true },
    icons: ICONS,
    // No remote code: only the extension's own scripts run in its pages.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'" },
  };
}

const ICONS = {
  "16": "icons/icon-16.png",
  "32": "icons/icon-32.png",
  "48": "icons/icon-48.png",
  "128": "icons/icon-128.png",
};

/** The icon sizes the manifests name, for the build to draw. */
export const ICON_SIZES = [16, 32, 48, 128] as const;

/** The Chromium (Edge, Chrome) manifest: an ES-module service worker and the managed-storage schema. */
export function chromiumManifest(version: string) {
  return {
    ...commonManifest(version),
    background: { service_worker: "background.js", type: "module" },
    storage: { managed_schema: "managed-schema.json" },
  };
}

/** The add-on id administrators and `web-ext` use for Firefox. */
export const GECKO_ID = "hso-rapportering@helse-sorost.no";

/**
 * The Firefox manifest: Firefox has no service-worker background, so it runs the same module as a
 * background script (this build is Firefox's alone, so `service_worker`, which Firefox ignores
 * with a lint warning, is left out). Firefox reads managed storage from its own policies file, so
 * the Chromium schema key is left out too. 142 is the first Firefox (desktop and Android) that
 * knows `data_collection_permissions`.
 */
export function firefoxManifest(version: string) {
  return {
    ...commonManifest(version),
    background: { scripts: ["background.js"], type: "module" },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: "142.0",
        data_collection_permissions: { required: ["none"] },
      },
    },
  };
}
