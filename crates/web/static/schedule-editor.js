// The schedule editor, better with JavaScript: as the secretariat changes
// a session's day, times or room, the server is asked (without saving)
// what the placement would conflict with, and the answer shows under the
// form. Without this script the same conflicts show when the form is sent.
(function () {
  var me = document.currentScript;
  if (!me || !window.fetch || !window.URLSearchParams) return;
  var url = me.getAttribute('data-check');
  var forms = document.querySelectorAll('form[data-slot]');
  Array.prototype.forEach.call(forms, function (form) {
    var out = document.getElementById(form.getAttribute('data-slot'));
    if (!out) return;
    var timer = null;
    var seq = 0;

    function render(res) {
      out.textContent = '';
      out.className = 'slot-check ' + (res.ok ? 'ok' : (res.blocking ? 'blocking' : 'warning'));
      var p = document.createElement('p');
      p.textContent = res.message;
      out.appendChild(p);
      if (!res.conflicts.length) return;
      var ul = document.createElement('ul');
      res.conflicts.forEach(function (c) {
        var li = document.createElement('li');
        li.textContent = c.message;
        c.sessions.forEach(function (s) {
          li.appendChild(document.createTextNode(' · '));
          var a = document.createElement('a');
          a.href = s.href;
          a.textContent = s.title;
          li.appendChild(a);
        });
        ul.appendChild(li);
      });
      out.appendChild(ul);
    }

    function run() {
      var mine = ++seq;
      out.className = 'slot-check';
      out.textContent = out.getAttribute('data-checking') || '';
      fetch(url, {
        method: 'POST',
        body: new URLSearchParams(new FormData(form)),
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
      })
        .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
        .then(function (res) { if (mine === seq) render(res); })
        .catch(function () { if (mine === seq) out.textContent = ''; });
    }

    form.addEventListener('change', function () {
      clearTimeout(timer);
      timer = setTimeout(run, 200);
    });
  });
})();
