import type { MessageCatalogue } from "./message-catalogue";
import { NB_ISSUE_WORDS } from "./nb";
import { NB_PACKAGE_ERRORS } from "./nb-package-errors";

/** Norsk bokmål: the product's first language, every word of it (the CLI and the extension). */
export const NB: MessageCatalogue = { ...NB_ISSUE_WORDS, packageErrors: NB_PACKAGE_ERRORS };
