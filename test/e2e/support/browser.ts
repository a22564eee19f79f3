import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../../server/paths';

/**
 * Debian's Chromium driven by playwright-core (no browser download): headless, no sandbox, a fresh
 * user data dir per launch, removed on close.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const OUTPUT_DIR = join(PROJECT_ROOT, 'test', 'output');

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function launchBrowser(
  viewport = { width: 1280, height: 800 },
  extraArgs: string[] = [],
): Promise<Browser> {
  const dir = mkdtempSync(join(tmpdir(), 'pactline-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    headless: true,
    viewport,
    acceptDownloads: true,
    timezoneId: 'UTC',
    locale: 'en-GB',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Collects the page's uncaught errors and console errors into `errors`, for a test to expect none. */
export function recordPageErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
}

/**
 * The pairs (as "i/j") of elements matching `selector` whose boxes overlap by more than half a pixel
 * each way; `skipEmpty` leaves out elements drawn with no width (a name hidden for lack of room).
 */
export async function overlappingPairs(page: Page, selector: string, { skipEmpty = false } = {}): Promise<string[]> {
  const boxes = await page.locator(selector).evaluateAll(
    (els, skip) =>
      els
        .map((e) => (e as SVGGraphicsElement).getBoundingClientRect())
        .filter((r) => !skip || r.width > 0)
        .map((r) => [r.left, r.top, r.right, r.bottom] as const),
    skipEmpty,
  );
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      if (a[0] < b[2] - 0.5 && b[0] < a[2] - 0.5 && a[1] < b[3] - 0.5 && b[1] < a[3] - 0.5) pairs.push(`${i}/${j}`);
    }
  return pairs;
}

/** Saves a screenshot to test/output/<name>.png (gitignored) for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const path = join(OUTPUT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
