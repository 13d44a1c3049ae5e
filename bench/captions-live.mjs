// Live captions through the real server (issue 15): the delay from the end of an
// utterance to its caption line on a viewer's event stream, and the resident memory of
// the worker that recognises one live stream.
//
// The demo server runs without its own job worker (--jobs false) beside a separate
// `wsis worker` process with the model, on the same SQLite database (so the worker's
// memory is measured alone and lines cross processes, as on a cluster). A captioner
// (signed in over HTTP) starts live captions; espeak-ng utterances separated by pauses
// are posted as 250 ms chunks of 16 kHz PCM at the pace of speech; a viewer reads the
// real SSE endpoint. For each utterance: delay = arrival of the first line that reaches
// its end - the moment its last sound was sent.
//   cargo build --release -p wsis && (cd e2e && npm ci) && node bench/captions-live.mjs
// Env: WSIS_BIN (default target/release/wsis), MODEL (default tiny.en from
// .ci/whisper-models), THREADS (default 2).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../e2e/tests/helpers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = process.env.WSIS_BIN || join(root, 'target', 'release', 'wsis');
process.env.WSIS_BIN = bin;
const models = execFileSync(join(root, '.ci', 'whisper-models'), { env: { ...process.env, WSIS_BIN: bin } }).toString().trim();
const model = process.env.MODEL || join(models, 'tiny.en.ggml');
const threads = process.env.THREADS || '2';

const UTTERANCES = [
  'Welcome to the WSIS Forum.',
  'Digital skills matter for every citizen.',
  'Broadband must reach rural and remote communities.',
  'We will now take questions from the floor.',
  'Thank you all for your contributions today.',
  'The next session starts in ten minutes.',
];
const PAUSE_MS = 1500;

/** 16 kHz mono 16-bit PCM of `text` spoken by espeak-ng. */
function speak(text) {
  const dir = mkdtempSync(join(tmpdir(), 'wsis-live-'));
  const wav = join(dir, 'u.wav');
  execFileSync('espeak-ng', ['-v', 'en', '-s', '150', '-w', wav, text]);
  const b = readFileSync(wav);
  let off = 12; let rate = 22050; let data = null;
  while (off + 8 <= b.length) {
    const id = b.toString('ascii', off, off + 4);
    let size = b.readUInt32LE(off + 4);
    if (id === 'data' && (size === 0 || off + 8 + size > b.length)) size = b.length - off - 8;
    if (id === 'fmt ') rate = b.readUInt32LE(off + 12);
    if (id === 'data') data = b.subarray(off + 8, off + 8 + size);
    off += 8 + size + (size % 2);
  }
  // Linear resampling to 16 kHz (what the captioning page's worklet sends).
  const n = Math.floor((data.length / 2) * 16000 / rate);
  const out = Buffer.alloc(n * 2);
  for (let i = 0; i < n; i++) {
    const x = i * rate / 16000; const j = Math.floor(x); const f = x - j;
    const a = data.readInt16LE(Math.min(j, data.length / 2 - 1) * 2);
    const c = data.readInt16LE(Math.min(j + 1, data.length / 2 - 1) * 2);
    out.writeInt16LE(Math.round(a + (c - a) * f), i * 2);
  }
  // Trim espeak's own silence at the end, so that "the end of speech" is the last sound.
  let last = n - 1;
  while (last > 0 && Math.abs(out.readInt16LE(last * 2)) < 300) last--;
  return out.subarray(0, (last + 1) * 2);
}

const jar = new Map();
async function http(url, opts = {}) {
  const headers = { ...(opts.headers || {}), cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') };
  const r = await fetch(url, { ...opts, headers, redirect: 'manual' });
  for (const c of r.headers.getSetCookie()) {
    const [kv] = c.split(';'); const i = kv.indexOf('=');
    jar.set(kv.slice(0, i), kv.slice(i + 1));
  }
  return r;
}
const formToken = (html) => /name="csrf" value="([^"]+)"/.exec(html)[1];

function rssKib(pid, field) {
  const s = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(s)[1]);
}

const server = await startServer(['--jobs', 'false']);
const worker = spawn(bin, ['worker', '--data-dir', server.dataDir, '--captions-model', model,
  '--caption-threads', threads, '--caption-streams', '1'], { stdio: 'ignore', env: { ...process.env, WSIS_LOG: 'warn' } });
try {
  const base = server.base;
  let page = await (await http(`${base}/en/account/login`)).text();
  await http(`${base}/en/account/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrf: formToken(page), email: 'secretariat@wsis.example', password: 'demo-secretariat-password' }),
  });
  const sched = await (await fetch(`${base}/api/v1/forums/2019/schedule.json`)).json();
  const number = Number(Object.values(sched.schedule.conference.days[0].rooms)[0][0].id);
  const capUrl = `${base}/en/forum/2019/sessions/${number}/captioning`;
  page = await (await http(capUrl)).text();
  await http(`${capUrl}/start`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrf: formToken(page), language: 'en' }),
  });
  page = await (await http(capUrl)).text();
  const audio = base + /data-audio="([^"]+)"/.exec(page)[1];
  const csrf = /data-csrf="([^"]+)"/.exec(page)[1];
  const events = base + /data-events="([^"]+)"/.exec(page)[1].replace(/&#38;|&amp;/g, '&');

  // The viewer.
  const arrivals = [];
  const ac = new AbortController();
  const sse = fetch(events, { signal: ac.signal }).then(async (r) => {
    const dec = new TextDecoder(); let buf = '';
    for await (const chunk of r.body) {
      buf += dec.decode(chunk, { stream: true });
      let k;
      while ((k = buf.indexOf('\n\n')) >= 0) {
        const ev = buf.slice(0, k); buf = buf.slice(k + 2);
        if (/^event: line$/m.test(ev)) {
          const line = JSON.parse(/^data: (.*)$/m.exec(ev)[1]);
          arrivals.push({ at: performance.now(), ...line });
        }
      }
    }
  }).catch(() => {});

  // The stream: utterances with pauses, in 250 ms chunks at the pace of speech.
  const idleWorker = rssKib(worker.pid, 'VmRSS');
  const pieces = []; const ends = [];
  let at = 0;
  pieces.push(Buffer.alloc(16000)); at += 500;
  for (const u of UTTERANCES) {
    const pcm = speak(u);
    pieces.push(pcm); at += pcm.length / 32; ends.push(at);
    pieces.push(Buffer.alloc(PAUSE_MS * 32)); at += PAUSE_MS;
  }
  pieces.push(Buffer.alloc(3000 * 32));
  const all = Buffer.concat(pieces);
  const t0 = performance.now();
  let seq = 0;
  for (let off = 0; off < all.length; off += 8000) {
    const due = t0 + (off / 32) + 250; // a chunk leaves when its last sample was "spoken"
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const r = await http(`${audio}?seq=${seq++}`, {
      method: 'POST', headers: { 'content-type': 'application/octet-stream', 'x-csrf-token': csrf },
      body: all.subarray(off, Math.min(off + 8000, all.length)),
    });
    if (r.status !== 202) throw new Error(`chunk ${seq}: ${r.status} ${await r.text()}`);
  }
  await new Promise((r) => setTimeout(r, 5000));
  const peakWorker = rssKib(worker.pid, 'VmHWM');
  const serverRss = rssKib(server.pid, 'VmRSS');
  ac.abort(); await sse;

  const delays = ends.map((end, i) => {
    // The end of utterance i was sent with the chunk holding it: at t0 + end rounded up
    // to the next 250 ms (what a browser does too).
    const sent = t0 + Math.ceil(end / 250) * 250;
    const line = arrivals.find((l) => l.end_ms >= end - 700 && l.start_ms < end);
    return { utterance: UTTERANCES[i], delay_s: line ? (line.at - sent) / 1000 : null, text: line?.text };
  });
  console.log('utterance,delay_s,heard');
  for (const d of delays) console.log(`"${d.utterance}",${d.delay_s?.toFixed(2)},"${d.text}"`);
  const ok = delays.filter((d) => d.delay_s !== null).map((d) => d.delay_s).sort((a, b) => a - b);
  console.log(`median_delay_s=${ok[Math.floor(ok.length / 2)].toFixed(2)} max_delay_s=${ok[ok.length - 1].toFixed(2)} lines=${arrivals.length} missed=${delays.length - ok.length}`);
  console.log(`worker_rss_idle_mib=${(idleWorker / 1024).toFixed(0)} worker_peak_rss_mib=${(peakWorker / 1024).toFixed(0)} server_rss_mib=${(serverRss / 1024).toFixed(0)} model=${model} threads=${threads}`);
} finally {
  worker.kill('SIGTERM');
  await server.stop();
}
