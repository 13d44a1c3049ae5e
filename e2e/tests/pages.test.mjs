// Every page in all six languages: right lang/dir, no raw message keys,
// and no serious or critical axe-core violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newContext, axeViolations, checkLanguage, LANGS } from './helpers.mjs';

const PUBLIC = ['', '/stocktaking', '/forum', '/outcomes', '/prizes', '/action-lines', '/sdgs',
  '/account/signup', '/account/login', '/account/password/forgot', '/account/verify/resend',
  '/account/password/reset?token=nope', '/account/verify?token=nope', '/no-such-page',
  '/stocktaking?q=school', '/stocktaking?f=sdg:4&f=region:AFR&sort=newest', '/stocktaking/statistics',
  '/stocktaking/by/action-lines', '/stocktaking/by/sdgs', '/stocktaking/by/countries',
  '/forum/2019', '/forum/2019/pages/about', '/forum/2019/agenda', '/forum/2019/agenda?day=2019-04-10&type=thematic-workshop&tz=Asia%2FTokyo',
  '/forum/2019/agenda/grid', '/forum/2019/sessions/1', '/forum/2019/rooms/CICG-1', '/forum/2019/changes',
  '/forum/2019/my-agenda', '/forum/2020', '/forum/2020/agenda', '/forum/speakers/confirm?token=nope', '/forum/2019/participation',
  '/forum/2019/outcomes/1', '/forum/2019/outcomes/high-level', '/forum/2019/outcomes/documents', '/forum/2019/outcomes/documents/high-level-track.html', '/outcomes/search', '/outcomes/search?q=connectivity&action_line=C7', '/matrix', '/matrix?year=2019', '/matrix/C4/4', '/matrix/C7.3/history',
  '/forum/2019/action-lines', '/forum/2019/action-lines/C7.4',
  '/prizes/2019', '/prizes/2019/categories/10', '/prizes/2019/submissions/1', '/prizes/2019/results', '/prizes/2019/results?type=academia', '/prizes/2020', '/prizes/2020/categories/1',
  '/photo-contest', '/photo-contest/2019', '/photo-contest/2019/gallery', '/photo-contest/2019/gallery?sdg=4&page=2', '/photo-contest/2019/photos/1', '/photo-contest/2019/exhibition', '/photo-contest/2020', '/hackathon', '/hackathon/2019', '/hackathon/2019/challenges/1', '/hackathon/2019/teams/1', '/hackathon/2020'];
// Long pages: audited in English and Arabic only, to keep the suite short.
const LONG = ['/forum/2019/agenda/all', '/forum/2019/speakers', '/forum/2019/outcomes'];
const SIGNED_IN = [
  { email: 'admin@wsis.example', password: 'demo-admin-password', pages: ['/account', '/admin/users', '/admin/users/1', '/admin/facilitators'] },
  { email: 'secretariat@wsis.example', password: 'demo-secretariat-password', pages: ['/forum/2019/manage/proposals?status=accepted', '/forum/2019/manage/proposals/1', '/forum/2019/manage/messages', '/forum/2019/manage/translations', '/forum/2019/manage/sessions/1/translations', '/forum/2019/manage/schedule/grid?day=2019-04-09', '/forum/2019/manage/proposals?sort=score-high&min=1', '/forum/2019/manage/schedule?day=2019-04-08', '/forum/2019/manage/registrations', '/forum/2019/manage/registrations?country=KE&needs=1&page=1', '/forum/2019/check-in', '/forum/2020/manage/proposals', '/forum/manage/editions', '/forum/manage/types', '/forum/2019/manage/edition', '/forum/2019/manage/rooms', '/forum/2019/manage/rooms/1', '/forum/2019/manage/phases', '/forum/2019/manage/partners', '/forum/2019/manage/pages', '/forum/2019/manage/pages/about/ar', '/forum/proposals/1/documents', '/stocktaking/moderation', '/stocktaking/entries/1/revisions/1', '/stocktaking/success-stories/2019', '/stocktaking/calls', '/stocktaking/import', '/stocktaking/reports', '/forum/2019/manage/outcomes', '/forum/2019/manage/outcomes?status=returned', '/forum/2019/outcomes/7/edit', '/forum/2019/outcomes/1/revisions', '/matrix/facilitators', '/forum/2019/outcomes/high-level/summary', '/forum/2019/outcomes/2/facilitators', '/forum/2019/outcomes/2/statements', '/forum/2019/outcomes/3/edit', '/secretariat', '/prizes', '/prizes/2019/fraud', '/prizes/2019/audit', '/prizes/blocked-domains', '/prizes/2020/manage', '/photo-contest/2019/manage', '/photo-contest/2019/screening', '/photo-contest/2020/manage', '/hackathon/2019/manage', '/hackathon/2020/manage', '/hackathon/2019/challenges/1/edit'] },
  { email: 'facilitator@wsis.example', password: 'demo-facilitator-password', pages: ['/matrix/edit', '/matrix/C7.3/edit', '/matrix/C8/4', '/forum/2019/action-lines/C8/edit', '/forum/2019/outcomes/4/edit', '/forum/2019/outcomes/4/statements', '/prizes/2019/review/2', '/photo-contest/2019/jury', '/hackathon/2019/jury', '/hackathon/2019/jury/1'] },
  { email: 'organiser@wsis.example', password: 'demo-organiser-password', pages: ['/forum/proposals', '/forum/2019/outcomes/9/edit', '/forum/2019/outcomes/19/edit'] },
  { email: 'stakeholder@wsis.example', password: 'demo-stakeholder-password', pages: ['/stocktaking/new', '/stocktaking/mine', '/forum/2020/propose', '/forum/proposals', '/forum/2019/register', '/forum/2020/register', '/prizes/2020/submit', '/prizes/submissions', '/prizes/2019/my-votes', '/photo-contest/2020/submit', '/photo-contest/2019/submit'] },
  { email: 'participant@wsis.example', password: 'demo-participant-password', pages: ['/photo-contest/2020/submit', '/hackathon/2020/participate', '/hackathon/2019/participate'] },
];

let server;
let browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.stop(); });

async function audit(page, url, lang) {
  const res = await page.goto(url);
  assert.ok(res, url);
  const problems = [...(await checkLanguage(page, lang)), ...(await axeViolations(page))];
  return problems.map((p) => `${url}: ${p}`);
}

test('public pages in six languages pass axe and show no raw keys', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const problems = [];
  // A published entry's page, found through the search page.
  await page.goto(`${server.base}/en/stocktaking`);
  const entry = (await page.getAttribute('ol.hits a', 'href')).replace(/^\/en/, '');
  PUBLIC.push(entry);
  for (const lang of LANGS) {
    for (const p of PUBLIC) problems.push(...(await audit(page, `${server.base}/${lang.code}${p}`, lang)));
    if (lang.code === 'en' || lang.code === 'ar') {
      for (const p of LONG) problems.push(...(await audit(page, `${server.base}/${lang.code}${p}`, lang)));
    }
  }
  await context.close();
  assert.deepEqual(problems, []);
});

test('forms with errors pass axe in six languages', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const problems = [];
  for (const lang of LANGS) {
    await page.goto(`${server.base}/${lang.code}/account/signup`);
    await page.fill('#f-email', 'not an address');
    await page.click('form[action$="/account/signup"] button[type=submit]');
    await page.waitForSelector('.error-summary');
    problems.push(...(await checkLanguage(page, lang)).map((p) => `signup errors ${lang.code}: ${p}`));
    problems.push(...(await axeViolations(page)).map((p) => `signup errors ${lang.code}: ${p}`));
    // The summary's links lead to the fields.
    const href = await page.getAttribute('.error-summary a', 'href');
    assert.ok(await page.$(href), `${href} exists`);
  }
  await context.close();
  assert.deepEqual(problems, []);
});

test('signed-in, stocktaking and administration pages pass axe in six languages', async () => {
  const problems = [];
  for (const account of SIGNED_IN) {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.base}/en/account/login`);
    await page.fill('#f-email', account.email);
    await page.fill('#f-password', account.password);
    await page.click('form[action$="/account/login"] button[type=submit]');
    await page.waitForURL(/\/en\/account$/);
    for (const lang of LANGS) {
      for (const p of account.pages) problems.push(...(await audit(page, `${server.base}/${lang.code}${p}`, lang)));
    }
    if (account.email.startsWith('stakeholder')) {
      // The entry form with every error showing.
      for (const lang of LANGS) {
        await page.goto(`${server.base}/${lang.code}/stocktaking/new`);
        await page.fill('#f-title', '');
        await page.click('button[value=submit]');
        await page.waitForSelector('.error-summary');
        problems.push(...(await checkLanguage(page, lang)).map((x) => `entry errors ${lang.code}: ${x}`));
        problems.push(...(await axeViolations(page)).map((x) => `entry errors ${lang.code}: ${x}`));
      }
    }
    await context.close();
  }
  assert.deepEqual(problems, []);
});

test('the language switcher keeps the visitor on the same page', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${server.base}/en/sdgs`);
  await page.click('nav.langs a[lang=ar]');
  await page.waitForURL(/\/ar\/sdgs$/);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  await context.close();
});

// On a 390 px phone in Arabic nothing widens the page: a wide table scrolls in its
// own box (hidden text in its cells included), so the page opens at its start with
// the header and title in view.
test('pages fit a phone in Arabic: nothing wider than the screen', async () => {
  const PHONE = [
    { pages: ['', '/stocktaking', '/stocktaking/statistics', '/stocktaking/by/action-lines', '/action-lines', '/matrix', '/matrix/C4/4', '/matrix/C4/history', '/forum/2019/agenda', '/forum/2019/agenda/grid', '/forum/2019/outcomes', '/forum/2019/outcomes/1', '/forum/2019/participation'] },
    { email: 'secretariat@wsis.example', password: 'demo-secretariat-password', pages: ['/stocktaking/moderation', '/stocktaking/calls', '/forum/2019/manage/outcomes', '/forum/2019/manage/registrations', '/forum/2019/manage/proposals', '/forum/2019/outcomes/7/edit', '/matrix/facilitators'] },
    { email: 'admin@wsis.example', password: 'demo-admin-password', pages: ['/admin/users', '/admin/facilitators'] },
    { email: 'stakeholder@wsis.example', password: 'demo-stakeholder-password', pages: ['/stocktaking/mine', '/stocktaking/new', '/forum/proposals'] },
  ];
  const problems = [];
  for (const who of PHONE) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    if (who.email) {
      await page.goto(`${server.base}/en/account/login`);
      await page.fill('#f-email', who.email);
      await page.fill('#f-password', who.password);
      await page.click('form[action$="/account/login"] button[type=submit]');
      await page.waitForURL(/\/en\/account$/);
    }
    for (const p of who.pages) {
      await page.goto(`${server.base}/ar${p}`);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      if (scroll > client) problems.push(`/ar${p}: ${scroll} px wide on a ${client} px screen`);
      const h1 = await page.$eval('h1', (el) => { const r = el.getBoundingClientRect(); return r.left >= 0 && r.right <= window.innerWidth + 1; });
      if (!h1) problems.push(`/ar${p}: the title is cut`);
    }
    await context.close();
  }
  assert.deepEqual(problems, []);
});
