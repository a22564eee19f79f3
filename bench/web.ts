/**
 * Frame-time benchmark of the timeline: N events (default 100k) in a throwaway Neo4j, the real
 * server and web app, headless Chromium zooming (wheel) from decades to days and panning (drag).
 * Reports the 95th percentile interval between animation frames and the page's own drawing work
 * per frame (the `timeline-draw` performance measure around layout + canvas + SVG).
 *
 *   npm run bench:web                      # 100k events, 1280x800
 *   EVENTS=20000 VIEWPORT=1920x1080 npm run bench:web
 *   PROFILE=1 npm run bench:web          # also prints the page's hottest functions (CPU profile)
 *   TREATIES=10000 npm run bench:web     # 10k treaties in the band (default 120)
 *
 * Also counts the wheel notches sent and the wheel events the page received: when the main thread
 * is busy, Chromium coalesces wheel input and notches are lost.
 */
import { commandLineOrExit, integerVariable, UsageError } from '../server/cli/command-line';
import type { Page } from 'playwright-core';
import { launchBrowser, screenshot } from '../test/e2e/support/browser';
import { buildWeb } from '../test/e2e/support/build-web';
import { startDevStack } from '../test/e2e/support/dev-stack';

// TREATIES: treaties of the random graph (in replacement chains, two parties each); 10000 is the target.
const { EVENTS, TREATIES, VW, VH } = commandLineOrExit(
  process.argv.slice(2),
  {
    name: 'bench:web',
    run: 'npm run bench:web --',
    options: {},
    notes: [
      'environment: EVENTS (default 100000), TREATIES (default 120), VIEWPORT (WIDTHxHEIGHT, default 1280x800),',
      '  PROFILE=1 (also the hottest functions of the page), BENCH_URL (an app already running, instead of a throwaway one)',
    ],
  },
  () => {
    const viewport = process.env.VIEWPORT ?? '1280x800';
    const m = /^(\d{3,4})x(\d{3,4})$/.exec(viewport);
    if (!m)
      throw new UsageError(
        `invalid VIEWPORT: ${JSON.stringify(viewport)} (allowed: WIDTHxHEIGHT in pixels, e.g. 1920x1080)`,
      );
    return {
      EVENTS: integerVariable(process.env, 'EVENTS', 100_000, 1, 2_000_000),
      TREATIES: integerVariable(process.env, 'TREATIES', 120, 0, 100_000),
      VW: Number(m[1]),
      VH: Number(m[2]),
    };
  },
);

interface Sample {
  frames: number[];
  draws: number[];
  zooms: number[];
  perFrame: number[];
  wheels: number;
  requests: number;
  modes: string[];
}

function pct(values: number[], p: number): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
}

const stat = (v: number[]) => ({
  n: v.length,
  p50: +pct(v, 50).toFixed(2),
  p95: +pct(v, 95).toFixed(2),
  p99: +pct(v, 99).toFixed(2),
  max: +Math.max(...v).toFixed(2),
});

// Page scripts are strings: tsx would otherwise wrap named functions in a helper the page lacks.
// Each recording owns its state object, so a loop left over from an earlier recording cannot add frames.
const START = `(() => {
  const rec = { frames: [], on: true, wheels: 0 };
  window.__bench = rec;
  window.addEventListener('wheel', () => { if (rec.on) rec.wheels++; }, { capture: true, passive: true });
  performance.clearMeasures('timeline-draw');
  performance.clearMeasures('timeline-zoom');
  const loop = (t) => { if (!rec.on) return; rec.frames.push(t); requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
})()`;

const STOP = `(() => {
  window.__bench.on = false;
  const f = window.__bench.frames;
  const frames = f.slice(1).map((t, i) => t - f[i]);
  const draws = performance.getEntriesByName('timeline-draw', 'measure');
  const zooms = performance.getEntriesByName('timeline-zoom', 'measure');
  // Page work per frame: the draw plus every zoom handler that ran since the previous draw.
  const perFrame = draws.map((d, i) => {
    const prev = i > 0 ? draws[i - 1].startTime : -Infinity;
    return d.duration + zooms.filter((z) => z.startTime > prev && z.startTime <= d.startTime).reduce((s, z) => s + z.duration, 0);
  });
  return { frames, draws: draws.map((d) => d.duration), zooms: zooms.map((z) => z.duration), perFrame, modes: [String(window.pactline.mode())], wheels: window.__bench.wheels };
})()`;

async function startRecording(page: Page): Promise<void> {
  await page.evaluate(START);
}

async function stopRecording(page: Page): Promise<Omit<Sample, 'requests'>> {
  return (await page.evaluate(STOP)) as Omit<Sample, 'requests'>;
}

// An anonymous arrow (no helper needed); waitForFunction with a string would need eval, which the CSP forbids.
const READY = () => (window as unknown as { pactline?: { mode(): string | null } }).pactline?.mode() != null;

/** Wheel notches zoomAndPan sends. */
const WHEEL_NOTCHES = 110 + 50 + 70;

async function zoomAndPan(page: Page): Promise<void> {
  const box = await page.locator('#timeline').boundingBox();
  if (!box) throw new Error('no timeline');
  const cx = box.x + box.width * 0.62;
  const cy = box.y + box.height * 0.5;
  await page.mouse.move(cx, cy);
  // Zoom in from the whole century to a few days: wheel ticks one frame apart.
  for (let i = 0; i < 110; i++) {
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(600);
  await screenshot(page, 'bench-100k-zoomed-in');
  // Pan at day scale, then zoom out halfway, pan again, zoom out fully.
  const drag = async (dx: number) => {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 1; i <= 60; i++) {
      await page.mouse.move(cx + (dx * i) / 60, cy);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
  };
  await drag(-500);
  await drag(400);
  for (let i = 0; i < 50; i++) {
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(600);
  await drag(-400);
  await drag(400);
  for (let i = 0; i < 70; i++) {
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(600);
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function from a CDP CPU profile, hottest first. */
function printProfile(p: CpuProfile): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const f = byId.get(id)?.callFrame;
    const key = f ? `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber}` : '?';
    self.set(key, (self.get(key) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  });
  console.log('hottest functions (self ms):');
  for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${v.toFixed(1).padStart(8)}  ${k}`);
}

async function main(): Promise<void> {
  const t0 = performance.now();
  console.log(
    `bench:web: ${EVENTS.toLocaleString('en')} events, ${TREATIES.toLocaleString('en')} treaties, viewport ${VW}x${VH}`,
  );
  await buildWeb({ minify: !process.env.PROFILE });
  // BENCH_URL: measure a server already running (a dev stack) instead of writing a new graph.
  const stack = process.env.BENCH_URL
    ? { url: process.env.BENCH_URL, close: async () => {} }
    : await startDevStack({
        events: EVENTS,
        treaties: TREATIES,
        log: (s) => process.stdout.write(`\r  writing ${s}   `),
      });
  console.log(`\n  graph ready in ${((performance.now() - t0) / 1000).toFixed(0)} s; server ${stack.url}`);
  // The server builds its timeline index in the background after the writes; until then every
  // answer comes from Cypher. Measure the page, not that build: wait until a century answers fast.
  for (let i = 0; i < 120; i++) {
    const t = performance.now();
    const r = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // The shape of the page's first answer: lanes, bins and spans over the padded century.
      body: JSON.stringify({
        query:
          '{ timeline(from: "1837", to: "2089", lanes: ACTOR, maxItems: 1) { total bins { count } spans(first: 300) { status } } }',
      }),
    });
    if (r.ok && performance.now() - t < 1500) break;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  const browser = await launchBrowser({ width: VW, height: VH });
  try {
    const page = browser.page;
    let requests = 0;
    // What went wrong in the page, if anything: a bench that never draws says why.
    page.on('pageerror', (e) => console.log(`\n  page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') console.log(`\n  page console: ${m.text()}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) console.log(`\n  HTTP ${r.status()} ${r.url()}`);
    });
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && r.method() === 'POST') requests++;
    });
    await page.goto(`${stack.url}/?from=1900-01-01&to=2026-01-01`);
    await page.waitForFunction(READY, null, { timeout: 60_000 });
    await page.waitForTimeout(1000);
    // One warm-up pass (JIT, caches), then the measured pass.
    await zoomAndPan(page);
    await page.goto(`${stack.url}/?from=1900-01-01&to=2026-01-01`);
    await page.waitForFunction(READY, null, { timeout: 60_000 });
    await page.waitForTimeout(1000);
    await screenshot(page, 'bench-100k-zoomed-out');
    // The environment's own frame pacing: the page idle for 3 s, nothing moving.
    await startRecording(page);
    await page.waitForTimeout(3000);
    const idle = stat((await stopRecording(page)).frames);
    requests = 0;
    const cdp = process.env.PROFILE ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await startRecording(page);
    await zoomAndPan(page);
    const s = await stopRecording(page);
    if (cdp) printProfile((await cdp.send('Profiler.stop')).profile as unknown as CpuProfile);
    const frames = stat(s.frames);
    const draws = stat(s.draws);
    const work = stat(s.perFrame);
    console.log(
      JSON.stringify(
        {
          events: EVENTS,
          treaties: TREATIES,
          wheelNotches: { sent: WHEEL_NOTCHES, received: s.wheels },
          viewport: `${VW}x${VH}`,
          idleFrameIntervalMs: idle,
          frameIntervalMs: frames,
          drawMs: draws,
          zoomHandlerMs: stat(s.zooms),
          pageWorkPerFrameMs: work,
          graphqlRequests: requests,
        },
        null,
        2,
      ),
    );
    console.log(
      `wheel notches received ${s.wheels}/${WHEEL_NOTCHES} · frame interval p95 ${frames.p95} ms (target < 20) · page work per frame p95 ${work.p95} ms (draw ${draws.p95} ms; target < 8) · ${draws.n} draws, ${requests} GraphQL requests · idle page frame interval p95 ${idle.p95} ms`,
    );
  } finally {
    await browser.close();
    await stack.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
