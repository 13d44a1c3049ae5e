import { startServer, launch } from './tests/helpers.mjs';
import { execFileSync } from 'node:child_process';
const server = await startServer(['--captions-model', process.env.WSIS_CAPTIONS_MODEL]);
const wav = '/tmp/shots/speech.wav';
execFileSync('espeak-ng', ['-v', 'en', '-s', '150', '-w', wav, 'Welcome to the WSIS Forum. Digital skills matter for everyone. Broadband must reach rural communities.']);
const browser = await launch(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${wav}`]);
try {
  const r = await fetch(`${server.base}/api/v1/forums/2019/schedule.json`);
  const j = await r.json();
  const number = Number(Object.values(j.schedule.conference.days[0].rooms)[0][0].id);
  const ctx = await browser.newContext({ permissions: ['microphone'], viewport: { width: 1280, height: 900 } });
  const cap = await ctx.newPage();
  await cap.goto(`${server.base}/en/account/login`);
  await cap.fill('#f-email', 'secretariat@wsis.example');
  await cap.fill('#f-password', 'demo-secretariat-password');
  await cap.click('form[action$="/account/login"] button[type=submit]');
  await cap.waitForURL(/\/en\/account$/);
  const base = `${server.base}/en/forum/2019/sessions/${number}`;
  await cap.goto(`${base}/captioning`);
  await cap.screenshot({ path: '/tmp/shots/captioning-start-1280.png', fullPage: true });
  await cap.click('form[action$="/captioning/start"] button[type=submit]');
  await cap.waitForURL(/notice=captions-started/);
  await cap.click('#mic-start');
  const v = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const view = await v.newPage();
  await view.goto(`${base}/captions`);
  await view.waitForFunction(() => document.querySelectorAll('#caption-lines li').length >= 2, null, { timeout: 90000 });
  await view.screenshot({ path: '/tmp/shots/view-en-1280.png', fullPage: true });
  await cap.reload();
  await cap.screenshot({ path: '/tmp/shots/captioning-live-1280.png', fullPage: true });
  for (const lang of ['ar', 'zh']) {
    await view.goto(`${server.base}/${lang}/forum/2019/sessions/${number}/captions?size=m`);
    await view.setViewportSize({ width: 390, height: 800 });
    await view.screenshot({ path: `/tmp/shots/view-${lang}-390.png`, fullPage: true });
    await view.setViewportSize({ width: 1280, height: 900 });
    await cap.goto(`${server.base}/${lang}/forum/2019/sessions/${number}/captioning`);
    await cap.screenshot({ path: `/tmp/shots/captioning-${lang}-1280.png`, fullPage: true });
  }
  await cap.goto(`${base}/captioning`);
  await cap.click('#stop-form button[type=submit]');
  await cap.waitForURL(/notice=captions-stopped/);
  await new Promise((r) => setTimeout(r, 4000));
  await cap.goto(`${server.base}/ar/forum/2019/sessions/${number}`);
  await cap.click('#transcript summary');
  await cap.setViewportSize({ width: 390, height: 800 });
  await cap.screenshot({ path: '/tmp/shots/session-ar-390.png', fullPage: true });
} finally {
  await browser.close();
  await server.stop();
}
