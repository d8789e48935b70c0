/**
 * Whether the browser's selector parser refuses a CSS path, each ` >>> ` step (into a shadow
 * root) on its own, as content/locate-locators.ts follows it. Asked of an empty fragment: the
 * page's elements play no part in whether a selector parses.
 */
export function isInvalidSelector(path: string): boolean {
  const fragment = document.createDocumentFragment();
  try {
    for (const step of path.split(">>>")) fragment.querySelector(step);
    return false;
  } catch {
    return true;
  }
}
