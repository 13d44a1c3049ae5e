// The prize submission form's live word counter; without JavaScript the server counts
// the words of the description when the form is saved, and its hint says how many.
(function () {
  var field = document.getElementById('f-description');
  var out = document.getElementById('word-count');
  if (!field || !out) return;
  field.insertAdjacentElement('afterend', out);
  out.hidden = false;
  var label = out.getAttribute('data-label');
  var min = +out.getAttribute('data-min'), max = +out.getAttribute('data-max');
  function count() {
    var n = field.value.split(/\s+/).filter(function (w) { return /[\p{L}\p{N}]/u.test(w); }).length;
    out.textContent = label + ': ' + n + ' (' + min + '–' + max + ')';
    out.classList.toggle('error', n > 0 && (n < min || n > max));
  }
  var t;
  field.addEventListener('input', function () { clearTimeout(t); t = setTimeout(count, 400); });
  count();
})();
