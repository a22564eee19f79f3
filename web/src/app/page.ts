/** The page's elements by id (index.html has every one the app uses). */
export const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/** Says `text` to screen readers (the page's polite live region). */
export function announce(text: string): void {
  $('announce').textContent = text;
}
