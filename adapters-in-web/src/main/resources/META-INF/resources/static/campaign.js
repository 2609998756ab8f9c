// Campaign detail: delivery charts (Chart.js) and the AI panels (Alpine.js components).
(function () {
  'use strict';

  var palette = { sent: '#0f7a4a', failed: '#b42335', queued: '#8a5a00', sending: '#6366f1', submitted: '#4338ca', cancelled: '#9aa3c7', holdout: '#0e7490', suppressed: '#c2410c' };
  var charts = {};

  function readData() {
    var holder = document.getElementById('chart-data');
    return holder ? JSON.parse(holder.getAttribute('data-chart')) : null;
  }

  // in the brand's time zone, like every time the server writes on the page
  function timeLabel(iso, bucketSeconds, zone) {
    var options = bucketSeconds >= 3600
      ? { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }
      : { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone: zone };
    return new Date(iso).toLocaleString('en-IN', options);
  }

  function render() {
    var data = readData();
    if (!data || typeof Chart === 'undefined') return;
    var labels = data.times.map(function (t) { return timeLabel(t, data.bucketSeconds, data.zone); });
    var empty = document.getElementById('chart-over-time-empty');
    if (empty) empty.hidden = data.times.length > 0;
    if (charts.overTime) {
      charts.overTime.data.labels = labels;
      charts.overTime.data.datasets[0].data = data.sent;
      charts.overTime.data.datasets[1].data = data.failed;
      charts.overTime.update('none');
    } else {
      charts.overTime = new Chart(document.getElementById('chart-over-time'), {
        type: 'bar',
        data: {
          labels: labels,
          datasets: [
            { label: 'Sent', data: data.sent, backgroundColor: palette.sent, stack: 'outcome' },
            { label: 'Failed', data: data.failed, backgroundColor: palette.failed, stack: 'outcome' }
          ]
        },
        options: {
          responsive: true, maintainAspectRatio: false, animation: false,
          plugins: { legend: { position: 'bottom' },
            title: { display: true, text: 'Per ' + data.bucketSeconds + ' s', color: '#5f6680', font: { weight: 'normal' } } },
          scales: { x: { stacked: true, ticks: { maxTicksLimit: 8 } }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } }
        }
      });
    }
    var statusLabels = Object.keys(data.byStatus);
    var statusValues = statusLabels.map(function (k) { return data.byStatus[k]; });
    if (charts.byStatus) {
      charts.byStatus.data.datasets[0].data = statusValues;
      charts.byStatus.update('none');
    } else {
      charts.byStatus = new Chart(document.getElementById('chart-by-status'), {
        type: 'doughnut',
        data: {
          labels: statusLabels,
          datasets: [{ data: statusValues, backgroundColor: statusLabels.map(function (k) { return palette[k.toLowerCase()] || '#9aa3c7'; }) }]
        },
        options: { responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { position: 'bottom' } } }
      });
    }
  }

  // Attributed orders per day, drawn once: outcomes change with orders, not with the delivery poll.
  function renderConversions() {
    var holder = document.getElementById('conversion-data');
    if (!holder || typeof Chart === 'undefined') return;
    var data = JSON.parse(holder.getAttribute('data-chart'));
    var empty = document.getElementById('chart-conversions-empty');
    if (empty) empty.hidden = data.days.length > 0;
    new Chart(document.getElementById('chart-conversions'), {
      type: 'bar',
      data: { labels: data.days, datasets: [{ label: 'Attributed orders', data: data.orders, backgroundColor: palette.sent, maxBarThickness: 56 }] },
      options: { responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { position: 'bottom' } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
  }

  document.addEventListener('DOMContentLoaded', render);
  document.addEventListener('DOMContentLoaded', renderConversions);
  document.addEventListener('htmx:afterSwap', function (event) {
    if (event.detail.target && event.detail.target.id === 'campaign-stats') render();
  });
  // htmx swaps the stats block with outerHTML, so its new element is the one to look at
  document.addEventListener('htmx:afterSettle', function (event) {
    if (document.getElementById('chart-data') && event.detail.elt && event.detail.elt.id === 'campaign-stats') render();
  });
  // The insight panel follows the counters: each poll of the stats block (which stops once the
  // campaign is finished, after one last swap) asks for a fresh summary too.
  document.addEventListener('htmx:afterSettle', function (event) {
    if (event.detail.elt && event.detail.elt.id === 'campaign-stats') window.dispatchEvent(new CustomEvent('campaign-stats-refreshed'));
  });

  // A server without the AI endpoints (404) gets the designed "not available" state, anything else an error.
  function failed(panel, what) {
    return function (error) {
      if (error.status === 404 || error.status === 405 || error.status === 501) {
        panel.state = 'unavailable';
      } else {
        panel.error = what + ': ' + error.message;
        panel.state = 'error';
      }
    };
  }

  document.addEventListener('alpine:init', function () {
    Alpine.data('insights', function () {
      return {
        state: 'loading', summary: '', facts: [], engine: '', error: '', busy: false,
        init: function () {
          var self = this;
          self.load();
          window.addEventListener('campaign-stats-refreshed', function () { self.refresh(); });
        },
        load: function () {
          this.state = 'loading';
          this.fetch(failed(this, 'Insights could not be loaded'));
        },
        // A refresh keeps the current summary on screen until the new one arrives, and skips a poll
        // while the previous request is still out; a failed refresh leaves the last good summary.
        refresh: function () {
          if (this.busy || this.state !== 'ready') return;
          this.fetch(function () {});
        },
        fetch: function (onError) {
          var self = this;
          self.busy = true;
          crm.api('GET', '/api/v1/ai/campaigns/' + self.$root.dataset.campaignId + '/insights').then(function (body) {
            self.summary = body.summary;
            self.facts = body.facts || [];
            self.engine = body.engine || '';
            self.state = 'ready';
          }).catch(onError).finally(function () { self.busy = false; });
        }
      };
    });

    Alpine.data('lookalike', function () {
      return {
        state: 'idle', seed: 'audience', size: 0, rule: null, describedByRule: false, description: '', usage: '', reasons: [],
        sample: [], engine: '', error: '', saving: false, segmentName: '',
        find: function () {
          var self = this;
          var id = Number(self.$root.dataset.campaignId);
          self.state = 'loading';
          // converters are a seed of their own: the answer leaves them out and is always a ranked list
          var seed = self.seed === 'converters' ? { convertersOfCampaignId: id } : { campaignId: id };
          crm.api('POST', '/api/v1/ai/lookalike', seed).then(function (body) {
            self.size = body.size;
            // only a rule that reproduces the ranked audience can become a segment
            self.describedByRule = body.describedByRule === true && body.rule != null && body.size > 0;
            self.rule = self.describedByRule ? body.rule : null;
            self.description = body.description || '';
            self.usage = body.usage || '';
            self.reasons = body.reasons || [];
            self.sample = body.sample || [];
            self.engine = body.engine || '';
            self.state = 'ready';
          }).catch(failed(self, 'No lookalike audience'));
        },
        createSegment: function () {
          var self = this;
          if (!self.describedByRule) {
            return;
          }
          self.saving = true;
          var name = ('Lookalike of ' + self.$root.dataset.campaignName).slice(0, 120);
          crm.api('POST', '/api/v1/segments', { name: name, description: self.reasons.join('; ').slice(0, 500), rule: self.rule })
            .then(function (segment) {
              self.segmentName = segment.name;
              self.state = 'saved';
            }).catch(function (error) {
              self.error = 'The segment was not saved: ' + error.message;
              self.state = 'error';
            }).finally(function () { self.saving = false; });
        }
      };
    });
  });
})();
