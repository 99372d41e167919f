// htmx swaps nothing when a request fails (4xx/5xx); say so instead of leaving a button that "does nothing".
document.addEventListener('htmx:responseError', function (event) {
  var box = document.getElementById('request-error');
  if (!box) {
    return;
  }
  var xhr = event.detail.xhr;
  var status = xhr.status;
  var key = status === 409 ? 'conflict' : status === 413 ? 'tooLarge' : status === 404 ? 'notFound' : 'generic';
  box.textContent = serverMessage(xhr) || box.dataset[key];
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

// The server's error fragment (error.html :: message) says what went wrong in the reader's language.
function serverMessage(xhr) {
  var type = xhr.getResponseHeader('Content-Type') || '';
  if (type.indexOf('text/html') !== 0 || !xhr.responseText) {
    return null;
  }
  var found = new DOMParser().parseFromString(xhr.responseText, 'text/html').querySelector('[data-error-message]');
  return found ? found.textContent.trim() : null;
}
