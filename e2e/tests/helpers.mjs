// Shared helpers of the browser suite: start the real `wsis demo` on a
// fresh data directory, drive headless Chromium, run axe-core.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, '..', '..');

export const LANGS = [
  { code: 'ar', dir: 'rtl' }, { code: 'zh', dir: 'ltr' }, { code: 'en', dir: 'ltr' },
  { code: 'fr', dir: 'ltr' }, { code: 'ru', dir: 'ltr' }, { code: 'es', dir: 'ltr' },
];

/** A port nothing listens on now (the server binds it a little later). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Runs `wsis demo` on `dataDir` and a free port until it answers `/healthz`. */
async function runDemo(bin, dataDir, samePort, extraArgs = []) {
  const port = samePort || await freePort();
  const base = `http://127.0.0.1:${port}`;
  const proc = spawn(bin, ['demo', '--data-dir', dataDir, '--listen', `127.0.0.1:${port}`, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, WSIS_LOG: 'warn' },
  });
  let log = '';
  proc.stdout.on('data', (d) => { log += d; });
  proc.stderr.on('data', (d) => { log += d; });
  // The demo seeds on its first start (a minute or two on two busy cores); a copy of a
  // seeded directory starts in seconds.
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`wsis demo exited: ${log}`);
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) { proc.kill('SIGTERM'); throw new Error(`wsis demo did not start: ${log}`); }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    base,
    dataDir,
    pid: proc.pid,
    outbox: join(dataDir, 'outbox'),
    log: () => log,
    async stop() {
      if (proc.exitCode === null) {
        proc.kill('SIGTERM');
        await new Promise((r) => proc.once('exit', r));
      }
    },
  };
}

/**
 * A data directory the demo has seeded, made once per binary (by the first suite file
 * that asks; the files run one after another) and copied for every server: the demo's
 * content is the same on every first start, so each suite file still gets a fresh,
 * unshared copy of it, without seeding two million votes again.
 */
async function seededDirectory(bin) {
  const st = statSync(bin);
  const id = createHash('sha256').update(`${bin}:${st.size}:${st.mtimeMs}`).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), `wsis-e2e-seeded-${id}`);
  if (existsSync(join(dir, '.seeded'))) return dir;
  // Seeded directories of earlier binaries are of no use any more.
  for (const old of readdirSync(tmpdir()).filter((n) => n.startsWith('wsis-e2e-seeded-'))) {
    rmSync(join(tmpdir(), old), { recursive: true, force: true });
  }
  const work = mkdtempSync(join(tmpdir(), 'wsis-e2e-seeding-'));
  const server = await runDemo(bin, work);
  await server.stop();
  writeFileSync(join(work, '.seeded'), '');
  rmSync(dir, { recursive: true, force: true });
  renameSync(work, dir);
  return dir;
}

/**
 * Starts `wsis demo` on a free port with its own copy of the seeded data directory,
 * removed again when the server stops.
 */
export async function startServer(extraArgs = []) {
  const bin = process.env.WSIS_BIN || join(root, 'target', 'release', 'wsis');
  const seeded = await seededDirectory(bin);
  const dataDir = mkdtempSync(join(tmpdir(), 'wsis-e2e-'));
  cpSync(seeded, dataDir, { recursive: true });
  let proc = await runDemo(bin, dataDir, undefined, extraArgs);
  const port = Number(new URL(proc.base).port);
  const server = {
    ...proc,
    /** The server goes away (its data kept), as when a visitor's network drops. */
    async pause() { await proc.stop(); },
    /** The same server again at the same address. */
    async resume() { proc = await runDemo(bin, dataDir, port, extraArgs); },
    log: () => proc.log(),
    async stop() {
      await proc.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return server;
}

export async function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', ...extraArgs],
  });
}

/** A context that may inject axe despite the platform's strict CSP. */
export async function newContext(browser) {
  return browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe-core violations of the page, as readable lines. */
export async function axeViolations(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
  });
  return result
    .filter((v) => v.impact === 'moderate' || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.join(', ')}`);
}

/** Every message id of the English Fluent file. */
export const MESSAGE_KEYS = readFileSync(join(root, 'locales', 'en', 'main.ftl'), 'utf8')
  .split('\n')
  .map((l) => /^([a-z][a-z0-9-]*)\s*=/.exec(l))
  .filter(Boolean)
  .map((m) => m[1])
  // A key without a dash (e.g. `facilitators`) is also an ordinary word.
  .filter((k) => k.includes('-'));

/** Checks lang/dir and that no raw message key shows on the page. */
export async function checkLanguage(page, lang) {
  const problems = [];
  const html = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir, text: document.body.innerText }));
  if (html.lang !== lang.code) problems.push(`lang=${html.lang}, expected ${lang.code}`);
  if (html.dir !== lang.dir) problems.push(`dir=${html.dir}, expected ${lang.dir}`);
  const words = new Set(html.text.split(/[\s()\[\],.:;«»"“”]+/));
  for (const key of MESSAGE_KEYS) {
    if (words.has(key)) problems.push(`untranslated message key shown: ${key}`);
  }
  return problems;
}

/** The newest message in the outbox, decoded. */
export function lastMail(outbox) {
  const files = readdirSync(outbox).filter((f) => f.endsWith('.eml'))
    .sort() // the outbox names its files in sending order
    .map((f) => join(outbox, f));
  if (files.length === 0) return null;
  const raw = readFileSync(files[files.length - 1], 'utf8');
  const [head, ...rest] = raw.split('\r\n\r\n');
  const body = Buffer.from(rest.join('').replace(/\s+/g, ''), 'base64').toString('utf8');
  return { head, body };
}
