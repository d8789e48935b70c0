/** The add-in's fixed identity: Office keys settings and central deployment on it, so it never changes. */
export const ADDIN_ID = "6f1d1c2e-6a8b-4c59-9f0e-2d3b7a4c5e61";

/**
 * The development manifest's own identity: Office keys an add-in on its `<Id>`, so a sideloaded
 * development copy sharing the production one would stand in for (or be hidden by) the deployed add-in.
 */
/** The manifest's `<Version>` unless a build names another. */
export const ADDIN_VERSION = "1.0.0.0";

export const ADDIN_DEV_ID = "b3e8a0f4-5d2c-4e71-8a96-1c7f3e2d9b40";

/**
 * The task pane's id: this name lets a document tagged `Office.AutoShowTaskpaneWithDocument` open
 * the pane when it is opened ("Automatically open a task pane with a document").
 * https://learn.microsoft.com/office/dev/add-ins/develop/automatically-open-a-task-pane-with-a-document
 */
export const TASKPANE_ID = "Office.AutoShowTaskpaneWithDocument";

/** Icon sizes the manifest names (ribbon 16/32/80, store and dialogs 64/128); the build draws each. */
export const ADDIN_ICON_SIZES = [16, 32, 64, 80, 128] as const;

/** The pages the manifest points at, relative to the add-in's address. */
export const ADDIN_PAGES = { taskpane: "taskpane.html" } as const;

interface Words {
  nb: string;
  en: string;
}

const STRINGS: Record<string, Words> = {
  "Group.Label": { nb: "HSØ-rapportering", en: "HSØ reporting" },
  "ValidateSave.Label": { nb: "Valider og lagre", en: "Validate & save" },
  "OpenPane.Label": { nb: "Åpne HSØ-rapportering", en: "Open HSØ reporting" },
};

const LONG_STRINGS: Record<string, Words> = {
  "ValidateSave.Tooltip": {
    nb: "Kontrollerer malen og lagrer arbeidsboken. Med feil spør tillegget før det lagrer.",
    en: "Checks the template and saves the workbook. With errors the add-in asks before saving.",
  },
  "OpenPane.Tooltip": {
    nb: "Viser funn, lager maler, fyller ut fra fjorårets pakke og eksporterer.",
    en: "Shows findings, creates templates, fills from last year's package and exports.",
  },
};

/** Escapes text for an XML attribute or element. */
export function xmlText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const NAME: Words = { nb: "HSØ-rapportering", en: "HSØ reporting" };
const NAME_DEV: Words = { nb: "HSØ-rapportering (utvikling)", en: "HSØ reporting (development)" };

function words(tag: string, id: string, text: Words): string {
  return `<bt:${tag} id="${id}" DefaultValue="${xmlText(text.nb)}"><bt:Override Locale="en-US" Value="${xmlText(text.en)}"/></bt:${tag}>`;
}

function icon(size: number): string {
  return `<bt:Image size="${size}" resid="Icon.${size}"/>`;
}

function ribbonButton(id: string, label: string, tooltip: string, action: string): string {
  return `<Control xsi:type="Button" id="${id}">
              <Label resid="${label}"/>
              <Supertip><Title resid="${label}"/><Description resid="${tooltip}"/></Supertip>
              <Icon>${[16, 32, 80].map(icon).join("")}</Icon>
              ${action}
            </Control>`;
}

/** The ribbon group and the shared runtime (one long-lived page for task pane and commands). */
function versionOverrides(base: string): string {
  const url = (page: string) => xmlText(`${base}/${page}`);
  return `<VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Hosts>
      <Host xsi:type="Workbook">
        <Runtimes><Runtime resid="Taskpane.Url" lifetime="long"/></Runtimes>
        <DesktopFormFactor>
          <FunctionFile resid="Taskpane.Url"/>
          <ExtensionPoint xsi:type="PrimaryCommandSurface">
            <OfficeTab id="TabHome">
              <Group id="Hso.Group">
                <Label resid="Group.Label"/>
                <Icon>${[16, 32, 80].map(icon).join("")}</Icon>
                ${ribbonButton("Hso.ValidateAndSave", "ValidateSave.Label", "ValidateSave.Tooltip", '<Action xsi:type="ExecuteFunction"><FunctionName>validateAndSave</FunctionName></Action>')}
                ${ribbonButton("Hso.OpenPane", "OpenPane.Label", "OpenPane.Tooltip", `<Action xsi:type="ShowTaskpane"><TaskpaneId>${TASKPANE_ID}</TaskpaneId><SourceLocation resid="Taskpane.Url"/></Action>`)}
              </Group>
            </OfficeTab>
          </ExtensionPoint>
        </DesktopFormFactor>
      </Host>
    </Hosts>
    <Resources>
      <bt:Images>${ADDIN_ICON_SIZES.map((size) => `<bt:Image id="Icon.${size}" DefaultValue="${url(`icons/icon-${size}.png`)}"/>`).join("")}</bt:Images>
      <bt:Urls><bt:Url id="Taskpane.Url" DefaultValue="${url(ADDIN_PAGES.taskpane)}"/></bt:Urls>
      <bt:ShortStrings>${Object.entries(STRINGS)
        .map(([id, text]) => words("String", id, text))
        .join("")}</bt:ShortStrings>
      <bt:LongStrings>${Object.entries(LONG_STRINGS)
        .map(([id, text]) => words("String", id, text))
        .join("")}</bt:LongStrings>
    </Resources>
  </VersionOverrides>`;
}

/**
 * The XML add-in manifest for one address (development or production, each with its own `<Id>`). ExcelApi 1.7 is the floor
 * (volume-licensed Office 2019); newer features are checked at run time. SharedRuntime is not made a
 * requirement, so Excel without it still shows the ribbon and runs the command in its own runtime.
 */
export function addinManifest(baseUrl: string, options: { version?: string; dev?: boolean } = {}): string {
  const { version = ADDIN_VERSION, dev = false } = options;
  const base = baseUrl.replace(/\/+$/, "");
  const name = dev ? NAME_DEV : NAME;
  const url = (page: string) => xmlText(`${base}/${page}`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0" xmlns:ov="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="TaskPaneApp">
  <Id>${dev ? ADDIN_DEV_ID : ADDIN_ID}</Id>
  <Version>${xmlText(version)}</Version>
  <ProviderName>Helse Sør-Øst RHF</ProviderName>
  <DefaultLocale>nb-NO</DefaultLocale>
  <DisplayName DefaultValue="${name.nb}"><Override Locale="en-US" Value="${name.en}"/></DisplayName>
  <Description DefaultValue="Døgnplasser og bemanning: lag, fyll ut, kontroller og eksporter årsrapporteringen."><Override Locale="en-US" Value="Beds and staffing: create, fill, check and export the annual return."/></Description>
  <IconUrl DefaultValue="${url("icons/icon-32.png")}"/>
  <HighResolutionIconUrl DefaultValue="${url("icons/icon-64.png")}"/>
  <AppDomains><AppDomain>${xmlText(base)}</AppDomain></AppDomains>
  <Hosts><Host Name="Workbook"/></Hosts>
  <Requirements><Sets DefaultMinVersion="1.1"><Set Name="ExcelApi" MinVersion="1.7"/></Sets></Requirements>
  <DefaultSettings><SourceLocation DefaultValue="${url(ADDIN_PAGES.taskpane)}"/></DefaultSettings>
  <Permissions>ReadWriteDocument</Permissions>
  ${versionOverrides(base)}
</OfficeApp>
`;
}
