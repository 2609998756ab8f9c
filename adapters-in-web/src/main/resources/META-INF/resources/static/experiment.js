// Composer: A/B variants with weights, the holdout and the attribution window (issue 19).
// The main message is variant A; rows for B, C and D are added here and sent as "variants".
(function () {
  'use strict';
  var KEYS = ['A', 'B', 'C', 'D'];

  function $(id) { return document.getElementById(id); }

  function rows() { return Array.prototype.slice.call(document.querySelectorAll('#variant-list .variant-row')); }

  function extra() { return rows().filter(function (r) { return r.getAttribute('data-key') !== 'A'; }); }

  // equal shares that sum to 100, the first ones taking the remainder
  function balance() {
    var live = rows().filter(function (r) { return !r.hidden; });
    var share = Math.floor(100 / live.length), rest = 100 - share * live.length;
    live.forEach(function (r, i) { r.querySelector('.variant-weight').value = share + (i < rest ? 1 : 0); });
  }

  function relabel() {
    extra().forEach(function (r, i) {
      var key = KEYS[i + 1];
      r.setAttribute('data-key', key);
      r.querySelector('.variant-key').textContent = key;
      r.querySelector('textarea').setAttribute('aria-label', 'Message of variant ' + key);
      r.querySelector('.variant-weight').setAttribute('aria-label', 'Weight of variant ' + key + ' in percent');
    });
    $('variant-a-row').hidden = extra().length === 0;
    $('add-variant').hidden = extra().length >= KEYS.length - 1;
  }

  // a row for the next variant, starting from the given message
  function newRow(message) {
    var row = document.createElement('div');
    row.className = 'variant-row';
    var key = document.createElement('span');
    key.className = 'variant-key';
    var text = document.createElement('textarea');
    text.rows = 2;
    text.maxLength = 1000;
    text.className = 'variant-template';
    text.setAttribute('aria-describedby', 'variants-error');
    text.value = message;
    var weight = document.createElement('input');
    weight.type = 'number';
    weight.min = '1';
    weight.max = '99';
    weight.className = 'variant-weight';
    var label = document.createElement('label');
    label.className = 'small';
    label.append('Weight ', weight, ' %');
    var remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'btn btn-secondary btn-small';
    remove.textContent = 'Remove';
    remove.addEventListener('click', function () { row.remove(); relabel(); balance(); checkVariants(); });
    text.addEventListener('input', function () { clearTimeout(checkTimer); checkTimer = setTimeout(checkVariants, 400); });
    row.append(key, text, label, remove);
    $('variant-list').appendChild(row);
    relabel();
    return row;
  }

  // each variant's message checked as the main one is, so a typo shows here rather than at the confirm
  var checkTimer = null;
  var checkSeq = 0;

  function checkVariants() {
    var seq = ++checkSeq;
    var box = $('variants-error');
    var checks = extra().map(function (r) {
      var key = r.getAttribute('data-key');
      var textarea = r.querySelector('textarea');
      if (!textarea.value.trim()) return Promise.resolve({ key: key, textarea: textarea, problem: 'write its message' });
      return window.crm.api('POST', '/api/v1/campaigns/message-preview', { template: textarea.value })
        .then(function () { return { key: key, textarea: textarea, problem: null }; })
        .catch(function (error) {
          var list = error.status === 422 && error.body && error.body.errors ? error.body.errors : [];
          return { key: key, textarea: textarea, problem: list.length ? list.map(function (e) { return e.message; }).join('; ') : null };
        });
    });
    Promise.all(checks).then(function (results) {
      if (seq !== checkSeq) return;
      var bad = results.filter(function (r) { return r.problem; });
      results.forEach(function (r) {
        if (r.problem) r.textarea.setAttribute('aria-invalid', 'true'); else r.textarea.removeAttribute('aria-invalid');
      });
      box.textContent = bad.map(function (r) { return 'Variant ' + r.key + ': ' + r.problem + '.'; }).join(' ');
    });
  }

  function addVariant() {
    var row = newRow($('template').value);
    balance();
    row.querySelector('textarea').focus();
  }

  function setNumber(id, value) {
    if (value !== null && value !== undefined) $(id).value = value;
  }

  function number(id) {
    var value = $(id).value.trim();
    return value === '' ? null : Number(value);
  }

  window.crmExperiment = {
    // Puts the variants, holdout and window on a launch body; with variants the single template goes.
    apply: function (body) {
      $('variants-error').textContent = '';
      if (extra().length > 0) {
        body.variants = rows().map(function (r) {
          var key = r.getAttribute('data-key');
          return { key: key, template: key === 'A' ? body.template : r.querySelector('textarea').value,
            weight: Number(r.querySelector('.variant-weight').value) };
        });
        delete body.template;
      }
      var holdout = number('holdout-percent');
      var hours = number('attribution-window');
      if (holdout !== null) body.holdoutPercent = holdout;
      if (hours !== null) body.attributionWindowHours = hours;
    },
    // "A 70% · B 30% · holdout 10% gets no message", or '' for a single message and nobody held out.
    describe: function () {
      var parts = extra().length > 0 ? rows().map(function (r) {
        return r.getAttribute('data-key') + ' ' + r.querySelector('.variant-weight').value + '%';
      }) : [];
      var holdout = number('holdout-percent');
      if (holdout) parts.push('holdout ' + holdout + '% gets no message');
      return parts.join(' · ');
    },
    // Shows a draft's, a copy's or an edited campaign's variants (A is the message above), holdout and window.
    fill: function (setup) {
      extra().forEach(function (r) { r.remove(); });
      (setup.variants || []).forEach(function (v) {
        var row = v && v.key === 'A' ? $('variant-a-row') : newRow(v && v.template ? v.template : '');
        if (v && v.weight !== null && v.weight !== undefined) row.querySelector('.variant-weight').value = v.weight;
      });
      relabel();
      setNumber('holdout-percent', setup.holdoutPercent);
      setNumber('attribution-window', setup.attributionWindowHours);
    }
  };

  document.addEventListener('DOMContentLoaded', function () {
    if (!$('add-variant')) return;
    $('add-variant').addEventListener('click', addVariant);
    relabel();
  });
})();
