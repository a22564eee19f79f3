import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedIfEmpty } from '../../server/ingest/seed-if-empty';
import { resetDatabase } from '../support/database';
import { startTestServer, type TestServer } from '../support/test-server';
import { launchBrowser, overlappingPairs, recordPageErrors, screenshot, type Browser } from './support/browser';
import { buildWeb } from './support/build-web';

/**
 * The treaty band, the "in force on" cursor and a treaty's story, in Debian's Chromium over the
 * real server and the seed (the gazetteer's treaties and all six seed datasets), as an analyst
 * opens Pactline after `npm start`.
 */
const T1961 = 'treaty:ussr-dprk-friendship-1961';
const T2000 = 'treaty:russia-dprk-friendship-2000';
const T2024 = 'treaty:russia-dprk-comprehensive-strategic-partnership-2024';

interface Pactline {
  mode(): string | null;
  xOf(t: number): number;
  cursor(): number | null;
}

let server: TestServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

async function open(query = ''): Promise<void> {
  await page.goto(`${server.url}/${query}`);
  await page.waitForFunction(() => (window as unknown as { pactline?: Pactline }).pactline?.mode() != null, null, {
    timeout: 30_000,
  });
  await page.waitForTimeout(300);
}

const bar = (id: string) => page.locator(`.band-bar[data-id="${id}"]`);

beforeAll(async () => {
  await buildWeb();
  server = await startTestServer();
  await resetDatabase(server.executor);
  // The real seed plus the team-written datasets: the real articles state no entry into force
  // and few ratifications of these treaties (seed/datasets/*/README.md lists what is missing),
  // and the panel's lifecycle is tested on a treaty whose every step some article states.
  await seedIfEmpty(server.executor, { teamWritten: true });
  browser = await launchBrowser({ width: 1280, height: 800 });
  page = browser.page;
  recordPageErrors(page, errors);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('treaty band e2e (seed)', () => {
  it('the default view shows the 1961 → 2000 → 2024 chain by name in one row, with two labelled connectors', async () => {
    await open();
    expect(await page.locator('.lane-labels text').allTextContents()).toEqual(['Russia', 'North Korea']);
    const view = await page.evaluate(() =>
      (window as unknown as { pactline: { window(): { start: number } } }).pactline.window(),
    );
    expect(new Date(view.start).toISOString().slice(0, 10)).toBe('1955-01-01');
    const rows = new Set<string | null>();
    for (const [id, name] of [
      [T1961, 'Treaty of Friendship, Co-operation'],
      [T2000, 'Treaty of Friendship, Good-'],
      [T2024, 'Treaty on Comprehensive'],
    ] as const) {
      const label = (await bar(id).locator('text.bar-label').textContent()) ?? '';
      expect(label.startsWith(name.slice(0, Math.min(name.length, label.replace('…', '').length)))).toBe(true);
      expect(label.replace('…', '').length).toBeGreaterThanOrEqual(14);
      rows.add(await bar(id).locator('rect.solid').getAttribute('y'));
    }
    expect(rows.size).toBe(1);
    const connectors = await page.locator('.band-connector text').allTextContents();
    expect(connectors).toEqual(expect.arrayContaining(['successor · 30 Oct 2000', 'legal · 4 Dec 2024']));
    // No two names in the band overlap.
    expect(await overlappingPairs(page, '.band-bar text.bar-label, .band-connector text')).toEqual([]);
    // What does not fit is counted, and the count expands the band.
    const more = page.locator('.band-more');
    if (await more.isVisible()) {
      const before = await page.locator('.band-bar').count();
      await more.click();
      await page.waitForTimeout(300);
      expect(await page.locator('.band-bar').count()).toBeGreaterThan(before);
      await page.locator('.band-toggle').click();
      await page.waitForTimeout(200);
      expect(await page.locator('.band-bar').count()).toBe(0);
      await page.locator('.band-toggle').click();
      await page.waitForTimeout(200);
    }
    await open();
    await screenshot(page, 'band-default-view');
    expect(errors).toEqual([]);
  });

  it('a click on the axis on 1 January 2000 lists what bound North Korea that day, not the 2024 treaty; the URL keeps it', async () => {
    await open('?from=1999-12-01&to=2000-02-01&lanes=country:KP');
    const x = await page.evaluate(
      (t) => (window as unknown as { pactline: Pactline }).pactline.xOf(t),
      Date.UTC(2000, 0, 1) + 43_200_000,
    );
    const box = await page.locator('#timeline').boundingBox();
    await page.mouse.click(x, (box?.y ?? 0) + 12);
    await page.locator('.in-force-group').first().waitFor();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('at') === '2000-01-01', null, {
      timeout: 5_000,
    });
    const kp = page.locator('.in-force-group[aria-label="North Korea"]');
    const names = await kp.locator('.in-force-treaty').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(names).toEqual(expect.arrayContaining(['treaty:prc-dprk-friendship-1961', 'treaty:korean-armistice']));
    expect(names).not.toContain(T2024);
    expect(names).not.toContain(T1961);
    expect(await page.locator('.in-force-group[aria-label="All treaties"] h3').textContent()).toMatch(
      /All treaties \(\d+\)/,
    );
    expect(await kp.textContent()).toContain('China');
  });

  it('the URL restores the cursor and its list; C removes it', async () => {
    await open('?from=1990-01-01&to=2012-01-01&lanes=country:KP,country:RU&at=2000-01-01');
    await page.locator('.in-force-group[aria-label="North Korea"] .in-force-treaty').first().waitFor();
    expect(await page.locator('.in-force h2').textContent()).toBe('In force on 1 Jan 2000');
    expect(await page.locator('.cursor-text').textContent()).toBe('1 Jan 2000');
    expect(await page.locator('.in-force-group[aria-label="Russia"] .in-force-treaty').count()).toBeGreaterThan(0);
    await screenshot(page, 'band-cursor-2000-01-01');
    await page.locator('#timeline').focus();
    await page.keyboard.press('c');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('at'), null, { timeout: 5_000 });
    expect(await page.locator('#inforce').isHidden()).toBe(true);
  });

  it("a treaty's panel tells its story: lifecycle with each party's ratification, lineage both ways with basis and sentences", async () => {
    await open('?from=1955-01-01&to=2026-01-01&lanes=country:RU,country:KP');
    await bar(T2024).locator('rect.solid').click({ force: true });
    await page.locator('.panel .lineage-step').first().waitFor();
    expect(await page.locator('.panel h2').textContent()).toContain('Treaty on Comprehensive Strategic Partnership');
    expect(await page.locator('.panel .mini-timeline circle').count()).toBeGreaterThanOrEqual(3);
    // every step has its number under the mini timeline, and no two numbers are drawn over each other
    const numbers = (await page.locator('.panel .mini-timeline .step-number').allTextContents()).join(',');
    const stepCount = await page.locator('.panel .lifecycle-steps li').count();
    expect(numbers.split(/[,–]/).map(Number)).toContain(stepCount);
    expect(await overlappingPairs(page, '.panel .mini-timeline .step-number')).toEqual([]);
    const steps = await page.locator('.panel .lifecycle-steps li').allTextContents();
    expect(steps.some((s) => s.includes('Treaty signing') && s.includes('2024'))).toBe(true);
    expect(steps.some((s) => s.includes('Ratification') && /Russia|North Korea/.test(s))).toBe(true);
    expect(steps.some((s) => s.includes('Entry into force') && s.includes('4 Dec 2024'))).toBe(true);
    const lineage = (await page.locator('.panel .lineage').textContent()) ?? '';
    // Both directions: the 2024 treaty replaces the 2000 one (legal), which succeeded the 1961 one.
    expect(lineage).toContain('legal');
    expect(lineage).toContain('successor');
    // The 1961 -> 2000 step is stated by the gazetteer, not an article.
    expect(await page.locator('.panel .lineage-step .reference').first().textContent()).toContain('gazetteer');
    // The sentences that state the 2000 -> 2024 step, as text.
    const quotes = await page.locator('.panel .lineage-step .step-quote').allTextContents();
    expect(quotes.some((q) => /replace|заменит|menggantikan|sustituye/i.test(q))).toBe(true);
    await screenshot(page, 'band-treaty-panel');
    expect(errors).toEqual([]);
  });

  it('a crowded window (all six datasets, 1900–2025) names every bar without overlaps and counts the rest', async () => {
    await open('?from=1900-01-01&to=2025-12-31');
    const labels = await page.locator('.band-bar text.bar-label').allTextContents();
    expect(labels.length).toBeGreaterThan(5);
    for (const l of labels) expect(l.replace('…', '').length).toBeGreaterThanOrEqual(4);
    expect(await overlappingPairs(page, '.band-bar text.bar-label')).toEqual([]);
    expect(await page.locator('.band-more').textContent()).toMatch(/^\+\d+ treat/);
    await screenshot(page, 'band-crowded-1900-2025');
    expect(errors).toEqual([]);
  });
});
