// htmx swaps nothing when a request fails (4xx/5xx); say so instead of leaving a button that "does nothing".
document.addEventListener('htmx:responseError', function (event) {
  var box = document.getElementById('request-error');
  if (!box) {
    return;
  }
  var status = event.detail.xhr.status;
  var key = status === 409 ? 'conflict' : status === 413 ? 'tooLarge' : status === 404 ? 'notFound' : 'generic';
  box.textContent = box.dataset[key];
  box.hidden = false;
  box.scrollIntoView({block: 'nearest'});
});
document.addEventListener('htmx:sendError', function () {
  var box = document.getElementById('request-error');
  if (box) {
    box.textContent = box.dataset.offline;
    box.hidden = false;
  }
});
