// The account flow a person follows: sign up, follow the link from the
// outbox, sign in, sign out. No JavaScript needed on the pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newContext, lastMail } from './helpers.mjs';

/** The newest message to this address, waiting up to 10 s for it. */
async function mailTo(outbox, address) {
  for (let i = 0; i < 50; i++) {
    const mail = lastMail(outbox);
    if (mail && address.test(mail.head)) return mail;
    await new Promise((r) => setTimeout(r, 200));
  }
  return null;
}

let server;
let browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.stop(); });

for (const jsEnabled of [true, false]) {
  test(`sign up, verify, sign in and out (JavaScript ${jsEnabled ? 'on' : 'off'})`, async () => {
    const context = await browser.newContext({ javaScriptEnabled: jsEnabled });
    const page = await context.newPage();
    const email = `e2e-${jsEnabled ? 'js' : 'nojs'}-${Date.now()}@example.org`;
    await page.goto(`${server.base}/fr/account/signup`);
    await page.fill('#f-email', email);
    await page.fill('#f-password', 'une phrase de passe solide');
    await page.fill('#f-password_confirm', 'une phrase de passe solide');
    await page.fill('#f-name', 'Amadou Diop');
    await page.selectOption('#f-stakeholder_type', 'civil_society');
    await page.selectOption('#f-country', 'SN');
    await page.selectOption('#f-language', 'fr');
    await page.click('form[action$="/account/signup"] button[type=submit]');
    const address = new RegExp(email.replace(/[.+]/g, '\\$&'));
    // the page after the POST names the address the link went to
    await page.locator('main', { hasText: address }).waitFor();

    const mail = await mailTo(server.outbox, address);
    assert.ok(mail, 'a message to the new address in the outbox');
    const link = /http:\/\/\S+\/fr\/account\/verify\?token=[0-9a-f]{64}/.exec(mail.body)?.[0];
    assert.ok(link, mail.body);
    await page.goto(link);
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');

    await page.goto(`${server.base}/fr/account/login`);
    await page.fill('#f-email', email);
    await page.fill('#f-password', 'une phrase de passe solide');
    await page.click('form[action$="/account/login"] button[type=submit]');
    await page.waitForURL(/\/fr\/account$/);
    assert.match(await page.textContent('main'), /Amadou Diop|Sénégal/);

    await page.click('nav.account-nav button[type=submit]');
    await page.waitForURL(/\/fr$/);
    const res = await page.goto(`${server.base}/fr/account`);
    assert.match(page.url(), /\/fr\/account\/login\?next=/);
    assert.equal(res.status(), 200);
    await context.close();
  });
}
