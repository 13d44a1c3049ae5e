// The grid schedule editor, better with a mouse: sessions (the unplaced list's and
// the grid's cards) can be dragged onto a free cell, which sends the same form as the
// cell's button after "Choose" (the keyboard's and the no-JavaScript way). The server
// checks the placement as for the buttons and shows any conflict before saving.
(function () {
  var grid = document.getElementById('schedule-grid');
  if (!grid || !window.FormData) return;
  var form = document.getElementById('grid-place');
  if (!form) return;
  var dragged = null;
  Array.prototype.forEach.call(document.querySelectorAll('[data-session]'), function (el) {
    el.setAttribute('draggable', 'true');
    el.addEventListener('dragstart', function (e) {
      dragged = el;
      el.classList.add('dragging');
      if (e.dataTransfer) {
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', el.getAttribute('data-session'));
      }
    });
    el.addEventListener('dragend', function () {
      el.classList.remove('dragging');
      dragged = null;
    });
  });
  Array.prototype.forEach.call(grid.querySelectorAll('td[data-room]'), function (cell) {
    cell.addEventListener('dragover', function (e) {
      if (!dragged) return;
      e.preventDefault();
      cell.classList.add('drop-target');
    });
    cell.addEventListener('dragleave', function () {
      cell.classList.remove('drop-target');
    });
    cell.addEventListener('drop', function (e) {
      if (!dragged) return;
      e.preventDefault();
      cell.classList.remove('drop-target');
      var len = parseInt(dragged.getAttribute('data-len') || '90', 10);
      var start = cell.getAttribute('data-start');
      var parts = start.split(':');
      var end = parseInt(parts[0], 10) * 60 + parseInt(parts[1], 10) + len;
      var pad = function (n) { return (n < 10 ? '0' : '') + n; };
      form.elements.session.value = dragged.getAttribute('data-session');
      form.elements.version.value = dragged.getAttribute('data-version');
      form.elements.room.value = cell.getAttribute('data-room');
      form.elements.start.value = start;
      form.elements.end.value = end >= 1440 ? '24:00' : pad(Math.floor(end / 60)) + ':' + pad(end % 60);
      form.submit();
    });
  });
})();
