// Every page in all six languages: right lang/dir, no raw message keys,
// and no serious or critical axe-core violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newContext, axeViolations, checkLanguage, LANGS } from './helpers.mjs';

const PUBLIC = ['', '/stocktaking', '/forum', '/outcomes', '/prizes', '/action-lines', '/sdgs',
  '/account/signup', '/account/login', '/account/password/forgot', '/account/verify/resend',
  '/account/password/reset?token=nope', '/account/verify?token=nope', '/no-such-page'];
const ADMIN = ['/account', '/admin/users', '/admin/users/1', '/admin/facilitators'];

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
  for (const lang of LANGS) {
    for (const p of PUBLIC) problems.push(...(await audit(page, `${server.base}/${lang.code}${p}`, lang)));
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

test('signed-in and administration pages pass axe in six languages', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${server.base}/en/account/login`);
  await page.fill('#f-email', 'admin@wsis.example');
  await page.fill('#f-password', 'demo-admin-password');
  await page.click('form[action$="/account/login"] button[type=submit]');
  await page.waitForURL(/\/en\/account$/);
  const problems = [];
  for (const lang of LANGS) {
    for (const p of ADMIN) problems.push(...(await audit(page, `${server.base}/${lang.code}${p}`, lang)));
  }
  await context.close();
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
