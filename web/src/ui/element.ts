/**
 * Builds DOM nodes. Strings become text nodes (never HTML), so article text cannot inject markup.
 */
type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') node.addEventListener(name.replace(/^on/, ''), value);
    else if (name === 'className') node.className = String(value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** `url` (resolved against `base` when given) as an href when it is http(s), else null (javascript:, data:, not a URL). */
function httpHref(url: string | null | undefined, base?: string): string | null {
  if (!url) return null;
  try {
    const u = new URL(url, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * An absolute http(s) URL as an href, else null. For URLs from outside data sets: GDELT's SOURCEURL
 * is sometimes a source name ("BBC Monitoring"), which safeHref would resolve against this page.
 */
export function absoluteHref(url: string | null | undefined): string | null {
  return httpHref(url);
}

/** Only http(s) links become hrefs, relative ones resolved against this page; anything else (javascript:, data:) is dropped. */
export function safeHref(url: string | null | undefined): string | null {
  return httpHref(url, window.location.href);
}
