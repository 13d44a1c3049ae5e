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
      t.setAttribute('aria-hidden', 'true');
      t.textContent = clock(l.start_ms);
      var x = document.createElement('span');
      x.className = 'caption-text';
      x.dir = 'auto';
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
      // Written only when it changed: a screen reader hears a correction, not a repeat.
      var text = li.querySelector('.caption-text');
      if (text && text.textContent !== l.text) text.textContent = l.text;
      var input = li.querySelector('input[name=text]');
      if (input && document.activeElement !== input && input.value !== l.text) input.value = l.text;
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

  function follow(url, onLine, onStatus, onClosed) {
    if (!url || !window.EventSource) return null;
    var es = new EventSource(url);
    // A stream refused for good (the node is full): the refresh link comes back.
    es.addEventListener('error', function () {
      if (es.readyState === EventSource.CLOSED && onClosed) onClosed();
    });
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
    }, function () {
      if (refresh) refresh.hidden = false;
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
  // A correction's outcome, said beside its field (and to screen readers).
  var say = function (form, text) {
    var out = form.querySelector('.correction-state');
    if (!out) {
      out = document.createElement('span');
      out.className = 'correction-state error';
      out.setAttribute('role', 'status');
      form.appendChild(out);
    }
    out.textContent = text;
  };
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
        var input = form.querySelector('input[name=text]');
        if (r.status === 204) {
          input.removeAttribute('aria-invalid');
          say(form, '');
        } else {
          input.setAttribute('aria-invalid', 'true');
          say(form, edit.getAttribute('data-failed'));
        }
      }).catch(function () {
        form.querySelector('input[name=text]').setAttribute('aria-invalid', 'true');
        say(form, edit.getAttribute('data-failed'));
      });
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
    var queue = [], inFlight = 0, ctx = null, stream = null, node = null;
    var say2 = function (k) { micState.textContent = micState.getAttribute('data-' + k); };

    // Up to four chunks travel at once (the server puts each in its place by number);
    // one that fails goes back to the front of the queue and is sent again.
    var pump = function () {
      while (inFlight < 4 && queue.length) {
        send(queue.shift());
      }
    };
    var send = function (c) {
      inFlight++;
      fetch(url + '?seq=' + c.seq, {
        method: 'POST', body: c.body, credentials: 'same-origin',
        headers: { 'Content-Type': 'application/octet-stream', 'X-CSRF-Token': csrf }
      }).then(function (r) {
        inFlight--;
        if (r.ok || r.status === 422) {
          pump();
        } else if (r.status === 409 || r.status === 403 || r.status === 401 || r.status === 404) {
          queue = [];
          stopMic();
          say2('ended');
        } else {
          queue.unshift(c);
          setTimeout(pump, 1000);
        }
      }).catch(function () { inFlight--; queue.unshift(c); setTimeout(pump, 1000); });
    };

    var stopMic = function () {
      if (stream) stream.getTracks().forEach(function (t) { t.stop(); });
      if (ctx) ctx.close();
      stream = null; ctx = null;
      startBtn.disabled = false;
      stopBtn.disabled = true;
      say2('off');
    };

    window.addEventListener('beforeunload', function (e) {
      if (stream || queue.length || inFlight) e.preventDefault();
    });
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
            if (ctx.state === 'suspended') ctx.resume();
            node = new AudioWorkletNode(ctx, 'pcm-chunks', { processorOptions: { rate: ctx.sampleRate } });
            node.port.onmessage = function (e) { queue.push({ seq: seq++, body: e.data }); pump(); };
            o.src.connect(node);
            node.connect(ctx.destination);
            stopBtn.disabled = false;
            say2('on');
          });
        })
        .catch(function (e) {
          stopMic();
          say2(e && e.name === 'NotAllowedError' ? 'denied' : 'error');
        });
    });
    stopBtn.addEventListener('click', stopMic);

    // Stopping the captions sends what is still queued first.
    var stopForm = document.getElementById('stop-form');
    if (stopForm) {
      stopForm.addEventListener('submit', function (e) {
        if (!queue.length && !inFlight && !stream) return;
        e.preventDefault();
        stopMic();
        var waited = 0;
        var wait = function () {
          if ((!queue.length && !inFlight) || waited > 60000) { stopForm.submit(); return; }
          waited += 100;
          setTimeout(wait, 100);
        };
        wait();
      });
    }
  }
})();
