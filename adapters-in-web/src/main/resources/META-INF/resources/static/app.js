// Mini CRM page behaviour shared by every page. No inline scripts anywhere: the CSP forbids them.
(function () {
  'use strict';

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute('content') : '';
  }

  // Every htmx request carries the CSRF token in the header quarkus-rest-csrf checks.
  document.addEventListener('htmx:configRequest', function (event) {
    event.detail.headers['X-CSRF-TOKEN'] = csrfToken();
  });

  // A live list must not swap away a form the marketer has opened in it (a reschedule picker, or a
  // "Cancel it?" question, say): skip the refresh while one is open; the next tick after it closes catches up.
  var OPEN_FORM = 'details[open], [data-confirming="true"]';
  document.addEventListener('htmx:beforeRequest', function (event) {
    var elt = event.detail.elt;
    if (elt && elt.querySelector && elt.querySelector(OPEN_FORM)) {
      event.preventDefault();
    }
  });
  // a refresh already on its way when the form opened must not swap it away either
  document.addEventListener('htmx:beforeSwap', function (event) {
    var target = event.detail.target;
    if (target && target.querySelector && target.querySelector(OPEN_FORM)) {
      event.detail.shouldSwap = false;
    }
  });

  // htmx swaps nothing on an error status by default; show a designed error state instead.
  document.addEventListener('htmx:responseError', function (event) {
    var target = event.detail.target;
    if (!target) return;
    var status = event.detail.xhr ? event.detail.xhr.status : 0;
    var message = status === 401 ? 'Your session has ended. Reload the page to sign in again.'
      : 'This part of the page could not be loaded (' + status + '). It will try again shortly.';
    target.setAttribute('data-error', message);
    target.classList.add('is-error');
  });
  document.addEventListener('htmx:afterSwap', function (event) {
    if (event.detail.target) {
      event.detail.target.classList.remove('is-error');
    }
  });

  // JSON calls from page scripts: same origin, the session cookie, and the CSRF token on unsafe methods.
  window.crm = {
    csrfToken: csrfToken,
    api: function (method, url, body) {
      var headers = { 'Accept': 'application/json' };
      if (method !== 'GET') {
        headers['X-CSRF-TOKEN'] = csrfToken();
      }
      if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
      }
      return fetch(url, {
        method: method,
        headers: headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body)
      }).then(function (response) {
        var type = response.headers.get('Content-Type') || '';
        var parsed = type.indexOf('json') >= 0 ? response.json() : response.text();
        return parsed.then(function (data) {
          if (!response.ok) {
            var error = new Error((data && data.detail) || (data && data.title) || ('HTTP ' + response.status));
            error.status = response.status;
            error.body = data;
            throw error;
          }
          return data;
        });
      });
    },
    inr: function (value) {
      return '₹' + Number(value || 0).toLocaleString('en-IN', { maximumFractionDigits: 0 });
    },
    number: function (value) {
      return Number(value || 0).toLocaleString('en-IN');
    }
  };
})();
