/** The product's languages: Norwegian bokmål first, English second. */
export type Lang = "nb" | "en";

export const LANGS: readonly Lang[] = ["nb", "en"];
