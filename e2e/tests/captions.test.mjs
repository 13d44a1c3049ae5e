// Live machine captions end to end, with a real Whisper model: a captioner starts live
// captions of a session and turns on the microphone (Chromium plays a WAV of espeak-ng
// speech as the microphone), the browser sends 16 kHz PCM chunks, the server's
// captioning worker recognises them, and an anonymous viewer's caption view shows the
// words through Server-Sent Events; a correction reaches the viewer; stopping keeps the
// transcript on the session page. The captioning and caption-view pages pass axe in
// the six languages.
//
// Needs WSIS_CAPTIONS_MODEL: a ggml Whisper model (`.ci/whisper-models` makes
// tiny.en.ggml); without it the suite fails rather than skip.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, launch, axeViolations, LANGS, checkLanguage } from './helpers.mjs';

const MODEL = process.env.WSIS_CAPTIONS_MODEL;
const SENTENCE = 'Welcome to the forum. Digital skills matter for everyone.';

/** espeak-ng speech followed by three seconds of silence, as a 16-bit WAV. */
function speechWav() {
  const dir = mkdtempSync(join(tmpdir(), 'wsis-mic-'));
  const raw = join(dir, 'raw.wav');
  execFileSync('espeak-ng', ['-v', 'en', '-s', '150', '-w', raw, SENTENCE]);
  const b = readFileSync(raw);
  // Find the fmt and data chunks (espeak-ng writes a plain RIFF file).
  let off = 12;
  let fmt = null;
  let data = null;
  while (off + 8 <= b.length) {
    const id = b.toString('ascii', off, off + 4);
    let size = b.readUInt32LE(off + 4);
    if (id === 'data' && (size === 0 || off + 8 + size > b.length)) size = b.length - off - 8;
    if (id === 'fmt ') fmt = b.subarray(off + 8, off + 8 + size);
    if (id === 'data') data = b.subarray(off + 8, off + 8 + size);
    off += 8 + size + (size % 2);
  }
  const rate = fmt.readUInt32LE(4);
  const silence = Buffer.alloc(rate * 2 * 3);
  const pcm = Buffer.concat([Buffer.alloc(rate), data, silence]);
  const head = Buffer.alloc(44);
  head.write('RIFF', 0); head.writeUInt32LE(36 + pcm.length, 4); head.write('WAVE', 8);
  head.write('fmt ', 12); head.writeUInt32LE(16, 16); head.writeUInt16LE(1, 20); head.writeUInt16LE(1, 22);
  head.writeUInt32LE(rate, 24); head.writeUInt32LE(rate * 2, 28); head.writeUInt16LE(2, 32); head.writeUInt16LE(16, 34);
  head.write('data', 36); head.writeUInt32LE(pcm.length, 40);
  const file = join(dir, 'speech.wav');
  writeFileSync(file, Buffer.concat([head, pcm]));
  return file;
}

let server;
let browser;
before(async () => {
  assert.ok(MODEL && existsSync(MODEL), 'WSIS_CAPTIONS_MODEL must name a Whisper model file (run .ci/whisper-models)');
  server = await startServer(['--captions-model', MODEL, '--caption-threads', '2']);
  browser = await launch([
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-audio-capture=${speechWav()}`,
    '--autoplay-policy=no-user-gesture-required',
  ]);
});
after(async () => { await browser?.close(); await server?.stop(); });

async function signIn(page, lang, email, password) {
  await page.goto(`${server.base}/${lang}/account/login`);
  await page.fill('#f-email', email);
  await page.fill('#f-password', password);
  await page.click('form[action$="/account/login"] button[type=submit]');
  await page.waitForURL(new RegExp(`/${lang}/account$`));
}

/** The number of the `nth` accepted session of the 2019 demo edition. */
async function sessionNumber(nth = 0) {
  const r = await fetch(`${server.base}/api/v1/forums/2019/schedule.json`);
  const j = await r.json();
  const numbers = [];
  for (const d of j.schedule.conference.days) {
    for (const talks of Object.values(d.rooms)) {
      for (const t of talks) numbers.push(Number(t.id));
    }
  }
  return numbers[nth];
}

test('live captions from the microphone reach a viewer, with corrections, and are kept', async () => {
  const number = await sessionNumber();
  const base = `${server.base}/en/forum/2019/sessions/${number}`;
  const capCtx = await browser.newContext({ bypassCSP: true, permissions: ['microphone'] });
  const cap = await capCtx.newPage();
  await signIn(cap, 'en', 'secretariat@wsis.example', 'demo-secretariat-password');
  await cap.goto(`${base}/captioning`);
  assert.deepEqual(await axeViolations(cap), [], 'the captioning page (not live) passes axe');
  await cap.selectOption('#f-start-language', 'en');
  await cap.click('form[action$="/captioning/start"] button[type=submit]');
  await cap.waitForURL(/notice=captions-started/);
  await cap.locator('#mic-start').waitFor({ state: 'visible' });
  assert.deepEqual(await axeViolations(cap), [], 'the live captioning page passes axe');

  // An anonymous viewer opens the caption view before anything is said.
  const viewCtx = await browser.newContext({ bypassCSP: true });
  const view = await viewCtx.newPage();
  await view.goto(`${base}/captions`);
  assert.equal(await view.getAttribute('#caption-lines', 'aria-live'), 'polite');
  assert.deepEqual(await axeViolations(view), [], 'the caption view passes axe');

  await cap.click('#mic-start');
  await cap.waitForFunction(() => document.getElementById('mic-state').textContent.includes('on'));
  // The first words reach the viewer (recognised by tiny.en on the server).
  await view.waitForFunction(
    () => /forum/i.test(document.getElementById('caption-lines').textContent),
    null, { timeout: 90_000 },
  );
  const heard = await view.textContent('#caption-lines');
  assert.match(heard, /welcome/i, heard);
  // Text size: applied at once, and kept in the address.
  await view.check('input[name=size][value=xxl]');
  assert.ok((await view.getAttribute('#caption-view', 'class')).includes('size-xxl'));
  await view.setViewportSize({ width: 390, height: 800 });
  assert.deepEqual(await axeViolations(view), [], 'the caption view with lines passes axe on a phone');

  // The captioner corrects the first line; the viewer sees it, without reloading.
  const first = cap.locator('#caption-edit li').first();
  await first.waitFor();
  await first.locator('input[name=text]').fill('Welcome to the WSIS Forum (corrected).');
  await first.locator('button').click();
  await view.waitForFunction(() => document.getElementById('caption-lines').textContent.includes('(corrected)'));
  assert.equal(await cap.locator('#mic-state').textContent().then((t) => t.includes('on')), true, 'the microphone stays on');

  // Stop: the transcript is kept and shown on the session page.
  await cap.click('#stop-form button[type=submit]');
  await cap.waitForURL(/notice=captions-stopped/);
  await view.waitForFunction(() => /ended/.test(document.getElementById('caption-state').textContent), null, { timeout: 60_000 });
  const pub = await viewCtx.newPage();
  for (let i = 0; i < 60; i++) {
    await pub.goto(base);
    if (await pub.$('#transcript details')) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  assert.ok((await pub.textContent('#transcript')).includes('(corrected)'));
  const vtt = await (await fetch(`${server.base}${await pub.getAttribute('#transcript a[href$=".vtt"]', 'href')}`)).text();
  assert.ok(vtt.startsWith('WEBVTT'), vtt);
  assert.match(vtt, /forum/i);
  await capCtx.close();
  await viewCtx.close();
});

test('the captioning and caption-view pages pass axe in six languages', async () => {
  const ctx = await browser.newContext({ bypassCSP: true });
  const page = await ctx.newPage();
  await signIn(page, 'en', 'secretariat@wsis.example', 'demo-secretariat-password');
  // One session being captioned live, one with the transcript kept by the test above,
  // one with none.
  const live = await sessionNumber(1);
  await page.goto(`${server.base}/en/forum/2019/sessions/${live}/captioning`);
  await page.click('form[action$="/captioning/start"] button[type=submit]');
  await page.waitForURL(/notice=captions-started/);
  const problems = [];
  for (const number of [live, await sessionNumber(0), await sessionNumber(2)]) {
    for (const lang of LANGS) {
      for (const path of ['captioning', 'captions', '']) {
        await page.goto(`${server.base}/${lang.code}/forum/2019/sessions/${number}/${path}`);
        for (const v of await axeViolations(page)) problems.push(`${number} ${lang.code} ${path}: ${v}`);
        for (const v of await checkLanguage(page, lang)) problems.push(`${number} ${lang.code} ${path}: ${v}`);
      }
    }
  }
  assert.deepEqual(problems, []);
  await ctx.close();
});
