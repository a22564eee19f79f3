import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedIfEmpty } from '../../server/ingest/seed-if-empty';
import { resetDatabase } from '../support/database';
import { startTestServer, type TestServer } from '../support/test-server';
import { launchBrowser, overlappingPairs, recordPageErrors, screenshot, type Browser } from './support/browser';
import { buildWeb } from './support/build-web';

/**
 * Pactline as `npm start` opens it on an empty database: the gazetteer's treaties and the real
 * published articles of seed/datasets, nothing team-written. The default view, the "in force on"
 * cursor, the band's state in the URL, steady lanes and the "Add actor lane…" box, in Debian's
 * Chromium over the real server.
 */
const T1961 = 'treaty:ussr-dprk-friendship-1961';
const T2000 = 'treaty:russia-dprk-friendship-2000';
const T2024 = 'treaty:russia-dprk-comprehensive-strategic-partnership-2024';

interface Pactline {
  mode(): string | null;
  xOf(t: number): number;
  window(): { start: number; end: number };
}

let server: TestServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

/** Waits until no answer is pending: the status says neither loading nor refreshing. */
async function settle(): Promise<void> {
  await page.waitForTimeout(400);
  await page.waitForFunction(
    () => {
      const kind = document.getElementById('status')?.dataset.kind;
      return kind !== 'loading' && kind !== 'refreshing';
    },
    null,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(200);
}

async function open(query = ''): Promise<void> {
  await page.goto(`${server.url}/${query}`);
  await page.waitForFunction(() => (window as unknown as { pactline?: Pactline }).pactline?.mode() != null, null, {
    timeout: 30_000,
  });
  await settle();
}

const bar = (id: string) => page.locator(`.band-bar[data-id="${id}"]`);
const laneLabels = () => page.locator('.lane-labels text').allTextContents();
const param = (name: string) => page.evaluate((n) => new URL(location.href).searchParams.get(n), name);
async function waitForParam(name: string, value: string | null): Promise<void> {
  await page.waitForFunction(
    ([n, v]) => new URL(location.href).searchParams.get(n as string) === v,
    [name, value] as const,
    { timeout: 5_000 },
  );
}
/** Rows of the band drawn: the distinct tops of its bars. */
const bandRows = async () =>
  new Set(await page.locator('.band-bar rect.solid').evaluateAll((els) => els.map((e) => e.getAttribute('y')))).size;

/** No two texts of these overlap on the page. */
async function expectNoOverlap(selector: string): Promise<void> {
  expect(await overlappingPairs(page, selector, { skipEmpty: true })).toEqual([]);
}

beforeAll(async () => {
  await buildWeb();
  server = await startTestServer();
  await resetDatabase(server.executor);
  await seedIfEmpty(server.executor);
  browser = await launchBrowser({ width: 1280, height: 800 });
  page = browser.page;
  recordPageErrors(page, errors);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the real default seed in the browser', () => {
  it('opens on Russia and North Korea since 1955: the 1961 → 2000 → 2024 chain by name, and what the 2024 treaty replaced, labelled', async () => {
    await open();
    expect(await laneLabels()).toEqual(['Russia', 'North Korea']);
    expect(
      new Date((await page.evaluate(() => (window as unknown as { pactline: Pactline }).pactline.window())).start)
        .toISOString()
        .slice(0, 10),
    ).toBe('1955-01-01');
    const rows = new Set<string | null>();
    for (const [id, name] of [
      [T1961, 'Treaty of Friendship, Co-operation'],
      [T2000, 'Treaty of Friendship, Good-'],
      [T2024, 'Treaty on Comprehensive'],
    ] as const) {
      const label = ((await bar(id).locator('text.bar-label').textContent()) ?? '').replace('…', '');
      expect(label.length).toBeGreaterThanOrEqual(14);
      expect(name.startsWith(label) || label.startsWith(name)).toBe(true);
      rows.add(await bar(id).locator('rect.solid').getAttribute('y'));
    }
    expect(rows.size).toBe(1);
    const chain = page.locator('.band-connector:not(.cross)');
    expect(await chain.locator('text').allTextContents()).toEqual(
      expect.arrayContaining(['successor · 30 Oct 2000', 'legal · 4 Dec 2024']),
    );
    // The two declarations the 2024 treaty also replaced, in rows of their own, joined to it.
    const cross = page.locator(`.band-connector.cross[data-to="${T2024}"]`);
    expect(
      (await cross.evaluateAll((els) => els.map((e) => e.getAttribute('data-from')))).sort((a, b) =>
        String(a).localeCompare(String(b)),
      ),
    ).toEqual(['treaty:moscow-declaration-2001', 'treaty:pyongyang-declaration-2000']);
    expect(await cross.locator('text').allTextContents()).toEqual(['declared · 4 Dec 2024', 'declared · 4 Dec 2024']);
    await expectNoOverlap('.band-bar text.bar-label, .band-connector text');
    await screenshot(page, 'default-seed-view');
    expect(errors).toEqual([]);
  });

  it('a click on the axis on 1 January 2000 with a North Korea lane lists what bound North Korea, as the API answers, not the 2024 treaty', async () => {
    // No event of North Korea in this window: the lane is there because the analyst chose it.
    await open('?from=1999-12-01&to=2000-02-01&lanes=country:KP');
    expect(await laneLabels()).toEqual(['North Korea']);
    const x = await page.evaluate(
      (t) => (window as unknown as { pactline: Pactline }).pactline.xOf(t),
      Date.UTC(2000, 0, 1) + 43_200_000,
    );
    const box = await page.locator('#timeline').boundingBox();
    await page.mouse.click(x, (box?.y ?? 0) + 12);
    await waitForParam('at', '2000-01-01');
    const kp = page.locator('.in-force-group[aria-label="North Korea"]');
    await kp.locator('.in-force-treaty').first().waitFor();
    const listed = await kp.locator('.in-force-treaty').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    const api = await page.evaluate(async () => {
      const r = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            '{ treaties(filter: { inForceOn: "2000-01-01", party: "country:KP" }, first: 50) { edges { node { id } } } }',
        }),
      });
      return (
        (await r.json()) as { data: { treaties: { edges: { node: { id: string } }[] } } }
      ).data.treaties.edges.map((e) => e.node.id);
    });
    expect(listed.length).toBeGreaterThan(0);
    expect([...listed].sort()).toEqual([...api].sort());
    expect(listed).toEqual(expect.arrayContaining(['treaty:korean-armistice', 'treaty:prc-dprk-friendship-1961']));
    expect(listed).not.toContain(T2024);
    expect(await kp.locator('h3').textContent()).toBe(`North Korea (${api.length})`);
    await screenshot(page, 'default-seed-cursor-2000-01-01');
    expect(errors).toEqual([]);
  });

  it('the URL keeps the band resized, expanded to what overflowed, and collapsed, and a reload restores each', async () => {
    await open();
    expect(await bandRows()).toBe(4);
    // Resized one row smaller with the handle under the band.
    const handle = (await page.locator('.band-resize').boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2 - 26, { steps: 4 });
    await page.mouse.up();
    await waitForParam('band', '3');
    expect(await bandRows()).toBe(3);
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { pactline?: Pactline }).pactline?.mode() != null, null, {
      timeout: 30_000,
    });
    await settle();
    expect(await bandRows()).toBe(3);
    // "+N treaties" shows every row the view needs.
    expect(await page.locator('.band-more').textContent()).toMatch(/^\+\d+ treat/);
    await page.locator('.band-more').click();
    await page.waitForFunction(() => Number(new URL(location.href).searchParams.get('band')) > 4, null, {
      timeout: 5_000,
    });
    const expanded = Number(await param('band'));
    const barsExpanded = await page.locator('.band-bar').count();
    expect(await bandRows()).toBe(expanded);
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { pactline?: Pactline }).pactline?.mode() != null, null, {
      timeout: 30_000,
    });
    await settle();
    expect(await bandRows()).toBe(expanded);
    expect(await page.locator('.band-bar').count()).toBe(barsExpanded);
    // Collapsed, and opened again to the rows it had.
    await page.locator('.band-toggle').click();
    await waitForParam('band', `${expanded},collapsed`);
    expect(await page.locator('.band-bar').count()).toBe(0);
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { pactline?: Pactline }).pactline?.mode() != null, null, {
      timeout: 30_000,
    });
    await settle();
    expect(await page.locator('.band-bar').count()).toBe(0);
    expect(await page.locator('.band-toggle').getAttribute('aria-expanded')).toBe('false');
    await page.locator('.band-toggle').click();
    await waitForParam('band', String(expanded));
    await page.waitForTimeout(200);
    expect(await page.locator('.band-bar').count()).toBe(barsExpanded);
    expect(errors).toEqual([]);
  });

  it('lanes keep their order while the analyst zooms and pans; they change when the analyst changes them', async () => {
    await open('?from=2015-01-01&to=2025-06-01');
    const named = async () => (await laneLabels()).filter((l) => l !== 'Other actors');
    const first = await named();
    expect(first.length).toBeGreaterThan(3);
    const box = (await page.locator('#timeline').boundingBox())!;
    const centre = { x: box.x + box.width * 0.75, y: box.y + box.height * 0.6 };
    const before = await page.evaluate(() => (window as unknown as { pactline: Pactline }).pactline.window());
    await page.mouse.move(centre.x, centre.y);
    for (let i = 0; i < 6; i++) {
      await page.mouse.wheel(0, -240);
      await page.waitForTimeout(80);
    }
    await settle();
    const zoomed = await page.evaluate(() => (window as unknown as { pactline: Pactline }).pactline.window());
    expect(zoomed.end - zoomed.start).toBeLessThan((before.end - before.start) / 2);
    expect(await named()).toEqual(first);
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    await page.mouse.move(centre.x - 400, centre.y, { steps: 8 });
    await page.mouse.up();
    await settle();
    const panned = await page.evaluate(() => (window as unknown as { pactline: Pactline }).pactline.window());
    expect(panned.start).toBeGreaterThan(zoomed.start);
    expect(await named()).toEqual(first);
    for (let i = 0; i < 8; i++) {
      await page.mouse.wheel(0, 300);
      await page.waitForTimeout(80);
    }
    await settle();
    expect(await named()).toEqual(first);
    // Lanes by event type when the analyst asks for them.
    await page.locator('#laneby-type').check();
    await settle();
    expect(await named()).not.toEqual(first);
    expect(errors).toEqual([]);
  });

  it('"Add actor lane…" lists the actor typed first (exact name or alias, then relevance), and the pick becomes a lane', async () => {
    await open('?from=2022-01-01&to=2025-01-01&lanes=country:RU');
    const input = page.locator('#lane-add');
    const firstHits = async (text: string) => {
      await input.fill('');
      await input.fill(text);
      await page.locator('#lane-add-list li.hit').first().waitFor();
      await page.waitForTimeout(300);
      return page.locator('#lane-add-list li.hit .hit-label').allTextContents();
    };
    // By name, NATO and North Macedonia would come before it; South Korea shares "Korea".
    expect((await firstHits('North Korea'))[0]).toBe('North Korea');
    expect((await firstHits('DPRK'))[0]).toBe('North Korea');
    const us = await firstHits('United States');
    expect(us[0]).toBe('United States');
    expect(us.length).toBeGreaterThan(1);
    await firstHits('north korea');
    await page.locator('#lane-add-list li.hit').first().dispatchEvent('mousedown');
    await waitForParam('lanes', 'country:RU,country:KP');
    await settle();
    expect(await laneLabels()).toEqual(['Russia', 'North Korea']);
    expect(errors).toEqual([]);
  });

  it("a treaty's panel and a crowded window (all six datasets, 1900–2025) for a person to look at", async () => {
    await open(`?from=1955-01-01&to=2026-01-01&lanes=country:RU,country:KP&sel=treaty:${T2024}`);
    await page.locator('.panel .lineage-step').first().waitFor();
    expect(await page.locator('.panel h2').textContent()).toContain('Treaty on Comprehensive Strategic Partnership');
    await screenshot(page, 'default-seed-treaty-panel');
    await open('?from=1900-01-01&to=2025-12-31');
    const labels = await page.locator('.band-bar text.bar-label').allTextContents();
    expect(labels.length).toBeGreaterThan(3);
    for (const l of labels) expect(l.replace('…', '').length).toBeGreaterThanOrEqual(4);
    await expectNoOverlap('.band-bar text.bar-label, .band-connector text');
    await screenshot(page, 'default-seed-crowded-1900-2025');
    expect(errors).toEqual([]);
  });
});
