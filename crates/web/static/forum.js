// The forum agenda's small enhancements; every page works without them.
// 1. Registers the agenda's service worker, so that the agenda stays
//    readable offline (the worker's URL is on this script's tag).
//    Choices of "my agenda" made offline wait in the worker until then.
// 2. Offers the visitor's own time zone, as found by the browser.
(function () {
  var me = document.currentScript;
  if (!me) return;
  var sw = me.getAttribute('data-sw');
  if (sw && 'serviceWorker' in navigator) {
    navigator.serviceWorker.register(sw).catch(function () {});
    // Choices of "my agenda" made offline are sent now that the page loaded, and
    // whenever the network comes back.
    var flush = function () {
      navigator.serviceWorker.ready.then(function (r) {
        if (r.active) r.active.postMessage('flush');
      }).catch(function () {});
    };
    flush();
    window.addEventListener('online', flush);
  }
  var link = document.getElementById('own-zone');
  if (link && window.Intl) {
    try {
      var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      if (zone) {
        var url = new URL(window.location.href);
        url.searchParams.set('tz', zone);
        link.href = url.pathname + url.search;
        link.hidden = false;
      }
    } catch (e) { /* keep the venue's zone */ }
  }
})();
