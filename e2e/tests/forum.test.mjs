// The forum agenda as an installable app: the service worker keeps the
// agenda, which stays readable when the server is gone; "my agenda" works
// without JavaScript; the grid and the time zone switch.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, axeViolations, newContext } from './helpers.mjs';

let server;
let browser;
let base;
before(async () => { server = await startServer(); base = server.base; browser = await launch(); });
after(async () => { await browser?.close(); await server?.stop(); });

test('my agenda works without JavaScript and survives reloads', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${server.base}/en/forum/2019/agenda?day=2019-04-09`);
  const first = page.locator('li.session-card').first();
  const title = (await first.locator('h4 a').textContent()).trim();
  // The pick is stored once the server has answered the POST (then it redirects back).
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/my-agenda')),
    first.locator('button[type=submit]').click(),
  ]);
  await page.goto(`${server.base}/en/forum/2019/my-agenda`);
  assert.ok((await page.textContent('main')).includes(title), `${title} is in my agenda`);
  assert.ok(await page.$('a[href*="schedule.ics?sessions="]'), 'a personal calendar feed');
  await context.close();
});

test('times switch to the visitor\'s own time zone', async () => {
  const context = await browser.newContext({ timezoneId: 'America/New_York' });
  const page = await context.newPage();
  await page.goto(`${server.base}/en/forum/2019/agenda`);
  const link = page.locator('#own-zone');
  await link.waitFor({ state: 'visible' });
  await link.click();
  await page.waitForURL(/tz=America%2FNew_York/);
  // The opening (09:00 in Geneva, UTC+2) is at 03:00 in New York (UTC-4).
  assert.ok((await page.textContent('main')).includes('03:00'));
  await context.close();
});

test('the schedule editor checks a slot as it changes', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/en/account/login`);
  await page.fill('#f-email', 'secretariat@wsis.example');
  await page.fill('#f-password', 'demo-secretariat-password');
  await page.click('form[action$="/account/login"] button[type=submit]');
  await page.waitForURL(/\/en\/account$/);
  await page.goto(`${base}/en/forum/2019/manage/schedule?day=2019-04-09`);
  const form = page.locator('form[data-slot]').first();
  const slot = await form.getAttribute('data-slot');
  const was = [await form.locator('select[name=room]').inputValue(), await form.locator('input[name=start]').inputValue()];
  // Move the first session of the day onto the second one's time and room.
  const second = page.locator('form[data-slot]').nth(1);
  const start = await second.locator('input[name=start]').inputValue();
  const end = await second.locator('input[name=end]').inputValue();
  const room = await second.locator('select[name=room]').inputValue();
  await form.locator('select[name=room]').selectOption(room);
  await form.locator('input[name=start]').fill(start);
  await form.locator('input[name=end]').fill(end);
  await form.locator('input[name=end]').dispatchEvent('change');
  const out = page.locator(`#${slot}`);
  await out.locator('li').first().waitFor({ timeout: 30_000 });
  assert.match(await out.textContent(), /room|Room/);
  assert.match(await out.getAttribute('class'), /blocking|warning/);
  // Nothing was saved: the page shows the session where it was.
  await page.reload();
  const again = page.locator('form[data-slot]').first();
  assert.deepEqual([await again.locator('select[name=room]').inputValue(), await again.locator('input[name=start]').inputValue()], was);
  await context.close();
});

test('the grid schedule editor works with the keyboard alone', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${base}/en/account/login`);
  await page.locator('#f-email').focus();
  await page.keyboard.type('secretariat@wsis.example');
  await page.keyboard.press('Tab');
  await page.keyboard.type('demo-secretariat-password');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/en\/account$/);
  const grid = `${base}/en/forum/2019/manage/schedule/grid?day=2019-04-09`;
  await page.goto(grid);
  assert.deepEqual(await axeViolations(page), [], 'the grid passes axe');
  const card = page.locator('#schedule-grid .grid-card').first();
  const title = (await card.locator('bdi').textContent()).trim();
  const id = await card.getAttribute('data-session');
  const was = (await card.locator('span.small').textContent()).trim();
  // Choose it with its "Move" link, from the keyboard.
  await card.locator('a').focus();
  await Promise.all([page.waitForURL(/session=\d+/), page.keyboard.press('Enter')]);
  assert.ok((await page.locator('#chosen-h').textContent()).includes(title));
  assert.deepEqual(await axeViolations(page), [], 'the grid with a chosen session passes axe');
  // Every free cell has its button: Tab reaches them; Enter on the first one places it.
  const button = page.locator('#schedule-grid td.grid-free button').first();
  const label = (await button.textContent()).replace(/[\u2068\u2069]/g, '').trim();
  const time = label.match(/(\d\d:\d\d)\s*$/)[1];
  await button.focus();
  // The answer: back on the grid without a chosen session (placed), or the conflicts
  // to confirm (the list editor's page at …/place).
  await Promise.all([
    page.waitForURL((u) => u.pathname.endsWith('/schedule/place') || (u.pathname.endsWith('/schedule/grid') && !u.search.includes('session='))),
    page.keyboard.press('Enter'),
  ]);
  // A conflict shows before saving: confirm it from the keyboard too.
  const anyway = page.locator('form input[name=force][value="1"]').locator('xpath=..').locator('button');
  if (await anyway.count()) {
    await anyway.first().focus();
    await Promise.all([page.waitForURL(/\/schedule\/grid\?day=2019-04-09$/), page.keyboard.press('Enter')]);
  }
  const moved = page.locator(`#schedule-grid .grid-card[data-session="${id}"]`);
  const movedTime = (await moved.locator('span.small').textContent()).replace(/[\u2066-\u2069]/g, '').trim();
  assert.ok(movedTime.startsWith(time), `moved to ${time}`);
  // Undo, from the keyboard: back where it was.
  await page.locator('form[action$="/schedule/undo"] button').focus();
  await Promise.all([page.waitForURL(/notice=forum-grid-undone/), page.keyboard.press('Enter')]);
  const back = page.locator(`#schedule-grid .grid-card[data-session="${id}"]`);
  assert.equal((await back.locator('span.small').textContent()).trim(), was);
  await context.close();
});

/** Waits until the page's service worker controls it and keeps `path`. */
async function offlineReady(page, path) {
  await page.evaluate(() => Promise.race([
    navigator.serviceWorker.ready,
    new Promise((_, reject) => setTimeout(() => reject(new Error('no service worker after 30 s')), 30_000)),
  ]));
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
  await page.waitForFunction(async (p) => {
    for (const k of await caches.keys()) {
      if (await (await caches.open(k)).match(p)) return true;
    }
    return false;
  }, path, { timeout: 60_000, polling: 250 });
}

test('a session added to my agenda offline is kept and sent when back online', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const day = `${server.base}/es/forum/2019/agenda?day=2019-04-10`;
  await page.goto(day);
  await offlineReady(page, '/es/forum/2019/agenda?day=2019-04-10');
  const card = page.locator('li.session-card').nth(2);
  const title = (await card.locator('h4 a').textContent()).trim();
  // The network drops: the choice is kept on the device, and the page says so in Spanish.
  await server.pause();
  await Promise.all([
    page.waitForURL(/\/es\/forum\/2019\/my-agenda$/),
    card.locator('button[type=submit]').click(),
  ]);
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  assert.equal((await page.textContent('h1')).trim(), 'Guardado en este dispositivo');
  assert.ok((await page.textContent('[role=status]')).includes('sin conexión'));
  assert.deepEqual(await axeViolations(page), []);
  // Back online: the next page asks the worker to send it, and my agenda has it.
  await server.resume();
  await page.click('main a');
  await page.waitForURL(/agenda\?day=2019-04-10/);
  let found = false;
  for (let i = 0; i < 60 && !found; i += 1) {
    await page.goto(`${server.base}/es/forum/2019/my-agenda`);
    found = (await page.textContent('main')).includes(title);
    if (!found) await new Promise((ok) => setTimeout(ok, 500));
  }
  assert.ok(found, `${title} reached my agenda once back online`);
  // Sent once: the queue is empty.
  const left = await page.evaluate(() => new Promise((ok) => {
    const r = indexedDB.open('wsis-forum-queue', 1);
    r.onsuccess = () => {
      const c = r.result.transaction('posts', 'readonly').objectStore('posts').count();
      c.onsuccess = () => ok(c.result);
    };
  }));
  assert.equal(left, 0);
  await context.close();
});

test('the agenda stays readable offline once visited', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.base}/fr/forum/2019/agenda`);
  // Wait until the service worker controls the page and has cached the agenda.
  await page.evaluate(() => Promise.race([
    navigator.serviceWorker.ready,
    new Promise((_, reject) => setTimeout(() => reject(new Error('no service worker after 30 s')), 30_000)),
  ]));
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
  await page.waitForFunction(async () => {
    const keys = await caches.keys();
    for (const k of keys) {
      const c = await caches.open(k);
      if (await c.match('/fr/forum/2019/agenda/all')) return true;
    }
    return false;
  }, null, { timeout: 60_000, polling: 250 });
  const session = await page.getAttribute('li.session-card h4 a', 'href');
  await page.goto(`${server.base}${session}`);
  const sessionTitle = await page.textContent('h1');
  // The server goes away: pages come from the cache.
  await server.stop();
  server = null;
  await page.goto(`${server_base()}/fr/forum/2019/agenda/all`);
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.ok((await page.locator('li.session-card').count()) > 300, 'the whole agenda offline');
  await page.goto(`${server_base()}${session}`);
  assert.equal(await page.textContent('h1'), sessionTitle, 'a visited session page offline');
  // A page never visited falls back to the whole agenda.
  await page.goto(`${server_base()}/fr/forum/2019/rooms/ITU-K`);
  assert.ok((await page.locator('li.session-card').count()) > 300);
  await context.close();
});

function server_base() { return base; }
