// The upload form's size check before sending (the server checks again: OversizedUploadRedirect, PortalUploads).
// A file over the limit is not sent: the form shows the server's own message for it, which the page carries in
// data-too-large (with {size} where the file's size goes) next to the limit in bytes (data-max-bytes).
(function () {
  'use strict';
  var form = document.getElementById('upload-form');
  var input = document.getElementById('upload-file');
  if (!form || !input || !form.dataset.maxBytes) {
    return;
  }
  var maxBytes = Number(form.dataset.maxBytes);
  var megabytes = new Intl.NumberFormat(document.documentElement.lang || 'vi', {maximumFractionDigits: 1});

  function tooLarge() {
    var file = input.files && input.files[0];
    return file && file.size > maxBytes ? file : null;
  }

  function show(file) {
    var notice = document.getElementById('upload-error');
    if (!file) {
      if (notice && notice.dataset.client === 'true') {
        notice.remove();
      }
      return;
    }
    if (!notice) {
      notice = document.createElement('p');
      notice.id = 'upload-error';
      notice.className = 'notice error';
      notice.setAttribute('role', 'alert');
      form.closest('section').before(notice);
    }
    notice.dataset.client = 'true';
    notice.textContent = form.dataset.tooLarge.replace('{size}', megabytes.format(file.size / (1024 * 1024)) + ' MB');
  }

  input.addEventListener('change', function () {
    show(tooLarge());
  });
  form.addEventListener('submit', function (event) {
    var file = tooLarge();
    if (file) {
      event.preventDefault();
      show(file);
    }
  });
})();
