// Machine captioning in the browser (the pages work without it: the caption view shows
// the lines so far and a link to see new ones, the captioner's forms post as usual).
// - Viewers: new and corrected lines arrive by Server-Sent Events and are added to the
//   polite live region (whole lines only, never partial words); the text size applies
//   at once.
// - Captioners: the microphone is sent as numbered chunks of 16 kHz mono PCM to the
//   audio endpoint, in order, again after a failure; new lines come with their
//   correction forms, which are sent without leaving the page.
(function () {
  'use strict';

  function lineItem(l, withForm) {
    var li;
    if (withForm) {
      var tpl = document.getElementById('line-template');
      li = tpl.content.firstElementChild.cloneNode(true);
      var form = li.querySelector('form');
      form.action = form.getAttribute('data-base') + l.seq;
      var input = li.querySelector('input[name=text]');
      input.id = 'l-' + l.seq;
      input.value = l.text;
      var label = li.querySelector('label');
      label.htmlFor = input.id;
      label.textContent = clock(l.start_ms);
    } else {
      li = document.createElement('li');
      var t = document.createElement('span');
      t.className = 'caption-time';
      t.textContent = clock(l.start_ms);
      var x = document.createElement('span');
      x.className = 'caption-text';
      x.textContent = l.text;
      li.appendChild(t);
      li.appendChild(document.createTextNode(' '));
      li.appendChild(x);
    }
    li.id = 'line-' + l.seq;
    li.setAttribute('data-seq', l.seq);
    return li;
  }

  function clock(ms) {
    var s = Math.floor(ms / 1000), h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60;
    s = s % 60;
    var mm = h > 0 && m < 10 ? '0' + m : '' + m;
    return (h > 0 ? h + ':' : '') + mm + ':' + (s < 10 ? '0' : '') + s;
  }

  // Adds a line in its place, or corrects the one there.
  function upsert(list, l, withForm, box) {
    var li = document.getElementById('line-' + l.seq);
    if (li) {
      var text = li.querySelector('.caption-text');
      if (text) text.textContent = l.text;
      var input = li.querySelector('input[name=text]');
      if (input && document.activeElement !== input) input.value = l.text;
      return;
    }
    var atEnd = !box || box.scrollTop + box.clientHeight >= box.scrollHeight - 40;
    li = lineItem(l, withForm);
    var after = null;
    for (var i = list.children.length - 1; i >= 0; i--) {
      if (Number(list.children[i].getAttribute('data-seq')) < l.seq) { after = list.children[i]; break; }
    }
    if (after) after.after(li); else list.prepend(li);
    if (box && atEnd) box.scrollTop = box.scrollHeight;
  }

  function follow(url, onLine, onStatus) {
    if (!url || !window.EventSource) return null;
    var es = new EventSource(url);
    es.addEventListener('line', function (e) { onLine(JSON.parse(e.data)); });
    es.addEventListener('status', function (e) {
      onStatus(e.data);
      if (e.data === 'done' || e.data === 'failed') es.close();
    });
    return es;
  }

  // ---------------------------------------------------------------- viewers
  var view = document.getElementById('caption-view');
  if (view) {
    var lines = document.getElementById('caption-lines');
    var state = document.getElementById('caption-state');
    var refresh = document.getElementById('caption-refresh');
    if (refresh && view.getAttribute('data-events')) refresh.hidden = true;
    follow(view.getAttribute('data-events'), function (l) {
      upsert(lines, l, false, view);
    }, function (s) {
      var msg = state && state.getAttribute('data-' + s);
      if (msg) state.textContent = msg;
    });
    view.scrollTop = view.scrollHeight;
    var sizes = document.getElementById('caption-sizes');
    if (sizes) {
      var apply = sizes.querySelector('button[type=submit]');
      if (apply) apply.hidden = true;
      sizes.addEventListener('change', function (e) {
        if (e.target.name !== 'size') return;
        view.className = view.className.replace(/\bsize-\w+/, 'size-' + e.target.value);
        history.replaceState(null, '', '?size=' + encodeURIComponent(e.target.value));
      });
    }
  }

  // ---------------------------------------------------------------- captioners
  var edit = document.getElementById('caption-edit');
  if (edit) {
    var cap = document.getElementById('capture');
    // Corrections go in the background: leaving the page would stop the microphone.
    edit.addEventListener('submit', function (e) {
      var form = e.target;
      e.preventDefault();
      var body = new URLSearchParams(new FormData(form));
      var btn = form.querySelector('button');
      fetch(form.action, {
        method: 'POST', body: body, credentials: 'same-origin',
        headers: { 'X-Requested-With': 'fetch' }
      }).then(function (r) {
        if (r.status === 204) {
          btn.setAttribute('data-done', '1');
        } else {
          form.submit();
        }
      }).catch(function () { form.submit(); });
    });
    follow(cap && cap.getAttribute('data-events'), function (l) {
      upsert(edit, l, true, null);
    }, function () {});
  }

  var cap2 = document.getElementById('capture');
  if (cap2 && window.AudioWorkletNode && navigator.mediaDevices) {
    cap2.hidden = false;
    var startBtn = document.getElementById('mic-start');
    var stopBtn = document.getElementById('mic-stop');
    var micState = document.getElementById('mic-state');
    var url = cap2.getAttribute('data-audio');
    var csrf = cap2.getAttribute('data-csrf');
    var seq = Number(cap2.getAttribute('data-next-seq')) || 0;
    var queue = [], sending = false, ctx = null, stream = null;
    var say = function (k) { micState.textContent = micState.getAttribute('data-' + k); };

    var pump = function () {
      if (sending || !queue.length) return;
      sending = true;
      var c = queue[0];
      fetch(url + '?seq=' + c.seq, {
        method: 'POST', body: c.body, credentials: 'same-origin',
        headers: { 'Content-Type': 'application/octet-stream', 'X-CSRF-Token': csrf }
      }).then(function (r) {
        sending = false;
        if (r.ok || r.status === 422) {
          queue.shift();
          pump();
        } else if (r.status === 409 || r.status === 403 || r.status === 401 || r.status === 404) {
          queue = [];
          stopMic();
          say('ended');
        } else {
          setTimeout(pump, 1000);
        }
      }).catch(function () { sending = false; setTimeout(pump, 1000); });
    };

    var stopMic = function () {
      if (stream) stream.getTracks().forEach(function (t) { t.stop(); });
      if (ctx) ctx.close();
      stream = null; ctx = null;
      startBtn.disabled = false;
      stopBtn.disabled = true;
      say('off');
    };

    startBtn.addEventListener('click', function () {
      startBtn.disabled = true;
      navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true } })
        .then(function (s) {
          stream = s;
          try {
            ctx = new AudioContext({ sampleRate: 16000 });
            var src = ctx.createMediaStreamSource(s);
            return { src: src };
          } catch (e) {
            if (ctx) ctx.close();
            ctx = new AudioContext();
            return { src: ctx.createMediaStreamSource(s) };
          }
        })
        .then(function (o) {
          return ctx.audioWorklet.addModule(cap2.getAttribute('data-worklet')).then(function () {
            var node = new AudioWorkletNode(ctx, 'pcm-chunks', { processorOptions: { rate: ctx.sampleRate } });
            node.port.onmessage = function (e) { queue.push({ seq: seq++, body: e.data }); pump(); };
            o.src.connect(node);
            node.connect(ctx.destination);
            stopBtn.disabled = false;
            say('on');
          });
        })
        .catch(function (e) {
          stopMic();
          say(e && e.name === 'NotAllowedError' ? 'denied' : 'error');
        });
    });
    stopBtn.addEventListener('click', stopMic);

    // Stopping the captions sends what is still queued first.
    var stopForm = document.getElementById('stop-form');
    if (stopForm) {
      stopForm.addEventListener('submit', function (e) {
        if (!queue.length && !stream) return;
        e.preventDefault();
        stopMic();
        var waited = 0;
        var wait = function () {
          if (!queue.length || waited > 10000) { stopForm.submit(); return; }
          waited += 100;
          setTimeout(wait, 100);
        };
        wait();
      });
    }
  }
})();
