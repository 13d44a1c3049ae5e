// Check-in at the door with the device's camera: reads the QR code of a
// badge and sends the check-in form with it. The form works without this
// script (a USB scanner or a person types the code into the same field).
// Uses the browser's BarcodeDetector where there is one, else jsQR, which
// is fetched only when the camera starts.
(function () {
  var me = document.currentScript;
  var form = document.getElementById('check-in-form');
  if (!me || !form || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) return;
  var input = form.querySelector('input[name="code"]');
  var panel = document.getElementById('camera');
  var start = document.getElementById('camera-start');
  var stop = document.getElementById('camera-stop');
  var status = document.getElementById('camera-status');
  var video = panel.querySelector('video');
  var canvas = document.createElement('canvas');
  var stream = null;
  var running = false;
  panel.hidden = false;

  function say(key) { status.textContent = panel.getAttribute('data-' + key) || ''; }

  function finish() {
    running = false;
    if (stream) stream.getTracks().forEach(function (t) { t.stop(); });
    stream = null;
    video.srcObject = null;
    start.hidden = false;
    stop.hidden = true;
  }

  var sent = false;

  function found(text) {
    if (sent) return;
    sent = true;
    finish();
    input.value = text;
    say('found');
    if (form.requestSubmit) form.requestSubmit(); else form.submit();
  }

  function loadJsQR() {
    return new Promise(function (resolve, reject) {
      if (window.jsQR) return resolve(window.jsQR);
      var s = document.createElement('script');
      s.src = me.getAttribute('data-jsqr');
      s.onload = function () { window.jsQR ? resolve(window.jsQR) : reject(); };
      s.onerror = reject;
      document.head.appendChild(s);
    });
  }

  function decoder() {
    if ('BarcodeDetector' in window) {
      try {
        var d = new window.BarcodeDetector({ formats: ['qr_code'] });
        return Promise.resolve(function () {
          return d.detect(video).then(function (codes) {
            return codes.length ? codes[0].rawValue : null;
          });
        });
      } catch (e) { /* fall back to jsQR */ }
    }
    return loadJsQR().then(function (jsQR) {
      return function () {
        var w = video.videoWidth, h = video.videoHeight;
        if (!w || !h) return Promise.resolve(null);
        canvas.width = w;
        canvas.height = h;
        var ctx = canvas.getContext('2d', { willReadFrequently: true });
        ctx.drawImage(video, 0, 0, w, h);
        var img = ctx.getImageData(0, 0, w, h);
        var code = jsQR(img.data, w, h, { inversionAttempts: 'dontInvert' });
        return Promise.resolve(code ? code.data : null);
      };
    });
  }

  function loop(detect) {
    if (!running) return;
    detect().then(function (text) {
      if (text) found(text); else setTimeout(function () { loop(detect); }, 150);
    }, function () { setTimeout(function () { loop(detect); }, 300); });
  }

  start.addEventListener('click', function () {
    if (running || sent) return;
    say('starting');
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(function (s) {
        stream = s;
        video.srcObject = s;
        return video.play();
      })
      .then(decoder)
      .then(function (detect) {
        running = true;
        start.hidden = true;
        stop.hidden = false;
        say('scanning');
        loop(detect);
      })
      .catch(function () { finish(); say('error'); });
  });
  stop.addEventListener('click', function () { finish(); say('stopped'); });
})();
