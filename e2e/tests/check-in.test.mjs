// Check-in at the door with the camera: a badge's QR code, shown to a fake
// camera (Chromium plays a video file as the camera), is read by the
// check-in page's script and the participant is checked in.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { startServer, launch, newContext, axeViolations } from './helpers.mjs';

const require = createRequire(import.meta.url);
const QRCode = require('qrcode');
const { chromium } = require('playwright-core');

let server;
let browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.stop(); });

/** A Y4M video (the format Chromium's fake camera plays) showing a QR code. */
function qrVideo(text) {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const scale = 6;
  const w = 640;
  const h = 480;
  const side = (n + 8) * scale;
  const x0 = Math.floor((w - side) / 2) + 4 * scale;
  const y0 = Math.floor((h - side) / 2) + 4 * scale;
  const y = Buffer.alloc(w * h, 235);
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (!qr.modules.get(row, col)) continue;
      for (let dy = 0; dy < scale; dy++) {
        y.fill(16, (y0 + row * scale + dy) * w + x0 + col * scale, (y0 + row * scale + dy) * w + x0 + (col + 1) * scale);
      }
    }
  }
  const chroma = Buffer.alloc((w / 2) * (h / 2) * 2, 128);
  const frames = [Buffer.from(`YUV4MPEG2 W${w} H${h} F10:1 Ip A1:1 C420jpeg\n`)];
  for (let i = 0; i < 10; i++) frames.push(Buffer.from('FRAME\n'), y, chroma);
  const file = join(mkdtempSync(join(tmpdir(), 'wsis-cam-')), 'badge.y4m');
  writeFileSync(file, Buffer.concat(frames));
  return file;
}

async function signIn(page, email, password) {
  await page.goto(`${server.base}/en/account/login`);
  await page.fill('#f-email', email);
  await page.fill('#f-password', password);
  await page.click('form[action$="/account/login"] button[type=submit]');
  await page.waitForURL(/\/en\/account$/);
}

test('the camera reads a badge and checks its holder in', async () => {
  // A participant registers for the 2020 edition as a member-state delegate (the
  // demo accredits its accounts' domain for member states, so at once) and reads
  // their badge code on the registration page.
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'participant@wsis.example', 'demo-participant-password');
  await page.goto(`${server.base}/en/forum/2020/register`);
  await page.selectOption('#f-mode', 'on-site');
  await page.selectOption('#f-category', 'member-state');
  await page.selectOption('#f-stakeholder_type', 'government');
  await page.fill('#f-organisation', 'Permanent Mission of Kenya');
  await page.selectOption('#f-country', 'KE');
  await page.check('#f-consent');
  await page.click('form[action$="/forum/2020/register"] button[type=submit]');
  await page.locator('.badge-code code').waitFor();
  const code = (await page.textContent('.badge-code code')).trim();
  assert.match(code, /^W2020-/);
  await context.close();

  const camera = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${qrVideo(code)}`],
  });
  try {
    const desk = await camera.newContext({ permissions: ['camera'] });
    const p = await desk.newPage();
    await signIn(p, 'secretariat@wsis.example', 'demo-secretariat-password');
    const posts = [];
    p.on('request', (r) => { if (r.method() === 'POST') posts.push(r.url()); });
    await p.goto(`${server.base}/en/forum/2020/check-in`);
    await p.locator('#camera-start').waitFor({ state: 'visible' });
    await p.click('#camera-start');
    await p.locator('[role=alert]').waitFor({ timeout: 30_000 });
    const text = await p.textContent('[role=alert]');
    assert.match(text, /Welcome, /, `${text} after ${JSON.stringify(posts)}`);
    // The same badge again: already checked in.
    await p.click('#camera-start');
    await p.locator('.error-summary[role=alert]').waitFor({ timeout: 30_000 });
    assert.match(await p.textContent('.error-summary[role=alert]'), /already checked in/);
    await desk.close();
  } finally {
    await camera.close();
  }

  // The page itself passes axe in Arabic too (the camera panel shows only with a camera).
  const axe = await newContext(browser);
  const a = await axe.newPage();
  await signIn(a, 'secretariat@wsis.example', 'demo-secretariat-password');
  await a.goto(`${server.base}/ar/forum/2019/check-in`);
  assert.deepEqual(await axeViolations(a), []);
  await axe.close();
});
