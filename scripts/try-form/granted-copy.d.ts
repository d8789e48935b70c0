/** A copy of the built extension with origins granted; `remove()` deletes it. */
export declare function grantedCopy(
  extensionDir: string,
  origins: string[],
): { dir: string; remove: () => void };
/** The match pattern for a page's origin. */
export declare function originPatternOf(url: string): string;
/** Whether a folder holds a built extension. */
export declare function isBuiltExtension(dir: string): boolean;
