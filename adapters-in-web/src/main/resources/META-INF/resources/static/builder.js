// The "New campaign" page: a visual segment builder (react-querybuilder JSON), the live audience,
// and the message composer. Plain DOM code: the rule tree is the model, the blocks are re-rendered
// from it after every structural change, and value edits update the model in place.
(function () {
  'use strict';

  var form = document.getElementById('campaign-form');
  if (!form) return;
  var catalog = JSON.parse(form.getAttribute('data-catalog'));
  var fields = {};
  catalog.fields.forEach(function (f) { fields[f.key] = f; });

  var $ = function (id) { return document.getElementById(id); };
  // the same builder edits a saved segment on its own page, which has no message composer
  var composing = !!$('template');
  var on = function (id, type, listener) { var e = $(id); if (e) e.addEventListener(type, listener); };
  var startSegment = form.getAttribute('data-segment') ? JSON.parse(form.getAttribute('data-segment')) : null;
  var nextId = 1;
  var root = group('or', []);
  var nodes = {};
  var errors = {};
  var sampleCustomerId = null;
  var savedSegmentId = null;
  var scheduledAt = null; // the launch's start time, checked when Save & launch is pressed
  var draftId = null; // once saved as a draft, later saves go over it and the launch discards it
  var editing = form.getAttribute('data-edit') ? JSON.parse(form.getAttribute('data-edit')) : null; // a scheduled campaign
  var sampleIds = []; // the sample customers the SMS cost is estimated over

  // ---------- model ----------
  function group(combinator, rules, not) {
    return { id: 'n' + (nextId++), kind: 'group', combinator: combinator, not: !!not, rules: rules };
  }

  function condition(field, operator, value) {
    var f = fields[field];
    var op = operator || defaultOperator(f);
    return { id: 'n' + (nextId++), kind: 'condition', field: field, operator: op, value: value === undefined ? emptyValue(f, op) : value };
  }

  function defaultOperator(f) {
    var preferred = { MONEY: '>', COUNT: '>=', DAYS: '>=', DATE: '>=', TEXT: '=', TAGS: 'contains' }[f.type];
    return f.operators.some(function (o) { return o.op === preferred; }) ? preferred : f.operators[0].op;
  }

  function operatorOf(node) {
    var f = fields[node.field];
    return f.operators.filter(function (o) { return o.op === node.operator; })[0] || f.operators[0];
  }

  function emptyValue(f, op) {
    var arity = f.operators.filter(function (o) { return o.op === op; })[0].arity;
    if (arity === 'RANGE') return ['', ''];
    if (arity === 'LIST') return f.type === 'COUNT' ? '' : [];
    return '';
  }

  function index(node, parent) {
    nodes[node.id] = { node: node, parent: parent };
    if (node.kind === 'group') node.rules.forEach(function (child) { index(child, node); });
  }

  function reindex() {
    nodes = {};
    index(root, null);
  }

  function toJson(node) {
    if (node.kind === 'group') {
      return { combinator: node.combinator, not: node.not, rules: node.rules.map(toJson) };
    }
    var rule = { field: node.field, operator: node.operator };
    if (operatorOf(node).arity !== 'NONE') rule.value = node.value;
    return rule;
  }

  function fromJson(json) {
    if (json && Array.isArray(json.rules)) {
      return group(json.combinator === 'or' ? 'or' : 'and', json.rules.map(fromJson), json.not === true);
    }
    var f = fields[json && json.field] || fields.total_spend;
    var op = f.operators.some(function (o) { return o.op === json.operator; }) ? json.operator : defaultOperator(f);
    var node = condition(f.key, op);
    var arity = operatorOf(node).arity;
    var v = json.value;
    if (arity === 'RANGE') {
      var parts = Array.isArray(v) ? v : String(v == null ? '' : v).split(',');
      node.value = [String(parts[0] == null ? '' : parts[0]).trim(), String(parts[1] == null ? '' : parts[1]).trim()];
    } else if (arity === 'LIST') {
      var list = Array.isArray(v) ? v : String(v == null ? '' : v).split(',');
      list = list.map(function (x) { return String(x).trim(); }).filter(Boolean);
      node.value = f.type === 'COUNT' ? list.join(', ') : list;
    } else if (arity === 'ONE') {
      node.value = v == null ? '' : String(v);
    }
    return node;
  }

  // ---------- rendering ----------
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === 'text') e.textContent = v;
      else if (k === 'className') e.className = v;
      else e.setAttribute(k, v === true ? '' : v);
    });
    (children || []).forEach(function (c) { if (c) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }

  function render(focus) {
    reindex();
    var container = $('rule-root');
    container.textContent = '';
    container.appendChild(renderGroup(root, 0));
    attachSortables(container);
    if (focus) {
      var target = container.querySelector('[data-id="' + focus.id + '"] [data-action="' + focus.action + '"]');
      if (!target || target.disabled) target = container.querySelector('[data-id="' + focus.id + '"] select, [data-id="' + focus.id + '"] button:not([disabled])');
      if (target) target.focus();
    }
  }

  function label(node) {
    if (node.kind === 'group') return 'group ' + positionOf(node);
    return 'condition ' + positionOf(node) + ' (' + fields[node.field].label + ')';
  }

  function positionOf(node) {
    var entry = nodes[node.id];
    if (!entry || !entry.parent) return '';
    return String(entry.parent.rules.indexOf(node) + 1);
  }

  function moveButtons(node) {
    var entry = nodes[node.id];
    var siblings = entry.parent.rules;
    var i = siblings.indexOf(node);
    var name = label(node);
    return el('span', { className: 'rb-moves' }, [
      iconButton('up', '↑', 'Move ' + name + ' up', i === 0),
      iconButton('down', '↓', 'Move ' + name + ' down', i === siblings.length - 1),
      iconButton('indent', '→', 'Indent ' + name + ' into the block above', i === 0),
      iconButton('outdent', '←', 'Outdent ' + name + ' out of its group', entry.parent === root)
    ]);
  }

  function iconButton(action, glyph, name, disabled) {
    return el('button', { type: 'button', className: 'rb-icon', 'data-action': action, 'aria-label': name, title: name,
      disabled: disabled }, [glyph]);
  }

  function handle(node) {
    // keyboard users move blocks with the arrow buttons, so the drag handle stays out of the tab order
    return el('span', { className: 'rb-handle', 'aria-hidden': 'true', title: 'Drag to move' }, ['⠿']);
  }

  function renderGroup(node, depth) {
    var isRoot = node === root;
    var any = node.combinator === 'or';
    var head = el('div', { className: 'rb-group-head' }, [
      isRoot ? null : handle(node),
      el('span', { className: 'rb-match' }, [isRoot ? 'Match' : 'Group: match']),
      el('span', { className: 'seg', role: 'group', 'aria-label': 'Combine the rules of ' + (isRoot ? 'the audience' : label(node)) }, [
        el('button', { type: 'button', className: 'seg-btn', 'data-action': 'and', 'aria-pressed': String(!any),
          title: 'Every rule must match' }, ['ALL (AND)']),
        el('button', { type: 'button', className: 'seg-btn', 'data-action': 'or', 'aria-pressed': String(any),
          title: 'At least one rule must match' }, ['ANY (OR)'])
      ]),
      el('label', { className: 'rb-not' }, [
        el('input', { type: 'checkbox', 'data-action': 'not', checked: node.not }),
        ' NOT'
      ]),
      el('span', { className: 'rb-spacer' }),
      isRoot ? null : moveButtons(node),
      isRoot ? null : el('button', { type: 'button', className: 'rb-icon rb-remove', 'data-action': 'remove',
        'aria-label': 'Remove ' + label(node), title: 'Remove group' }, ['✕'])
    ]);
    var list = el('ol', { className: 'rb-children', 'data-group': node.id });
    node.rules.forEach(function (child) {
      var item = el('li', { className: 'rb-item', 'data-id': child.id });
      item.appendChild(child.kind === 'group' ? renderGroup(child, depth + 1) : renderCondition(child));
      list.appendChild(item);
    });
    var empty = node.rules.length === 0
      ? el('p', { className: 'rb-empty' }, [isRoot ? 'No rules yet: everyone would match nothing. Add a condition to start.' : 'This group is empty. Add a condition or drag one here.'])
      : null;
    var foot = el('div', { className: 'rb-group-foot' }, [
      el('button', { type: 'button', className: 'btn btn-secondary btn-small', 'data-action': 'add-condition',
        'aria-label': 'Add a condition to ' + (isRoot ? 'the audience' : label(node)) }, ['+ Condition']),
      depth < 9 ? el('button', { type: 'button', className: 'btn btn-ghost btn-small', 'data-action': 'add-group',
        'aria-label': 'Add a group to ' + (isRoot ? 'the audience' : label(node)) }, ['+ Group']) : null
    ]);
    var box = el('div', { className: 'rb-group' + (node.not ? ' rb-negated' : '') + (isRoot ? ' rb-root' : ''),
      'data-node': node.id, role: 'group', 'aria-label': isRoot ? 'Audience rules' : label(node) },
      [head, errorLine(node), list, empty, foot]);
    if (isRoot) box.setAttribute('data-id', node.id);
    return box;
  }

  function errorLine(node) {
    var message = errors[node.id];
    return el('p', { className: 'rb-error', id: 'err-' + node.id, role: message ? 'alert' : null, hidden: !message }, [message || '']);
  }

  function renderCondition(node) {
    var f = fields[node.field];
    var fieldSelect = el('select', { 'data-action': 'field', 'aria-label': 'Field of ' + label(node) },
      catalog.fields.map(function (x) {
        return el('option', { value: x.key, selected: x.key === node.field }, [x.label]);
      }));
    var opSelect = el('select', { 'data-action': 'operator', 'aria-label': 'Comparison of ' + label(node) },
      f.operators.map(function (o) {
        return el('option', { value: o.op, selected: o.op === node.operator }, [o.label]);
      }));
    var row = el('div', { className: 'rb-condition' + (errors[node.id] ? ' has-error' : '') }, [
      handle(node),
      el('div', { className: 'rb-inputs' }, [fieldSelect, opSelect, valueEditor(node)]),
      el('span', { className: 'rb-spacer' }),
      moveButtons(node),
      el('button', { type: 'button', className: 'rb-icon rb-remove', 'data-action': 'remove',
        'aria-label': 'Remove ' + label(node), title: 'Remove condition' }, ['✕'])
    ]);
    return el('div', { className: 'rb-condition-box', 'data-node': node.id }, [row, errorLine(node)]);
  }

  function valueEditor(node) {
    var f = fields[node.field];
    var arity = operatorOf(node).arity;
    var name = 'Value of ' + label(node);
    if (arity === 'NONE') return el('span', { className: 'rb-novalue muted small' }, ['no value needed']);
    if (arity === 'RANGE') {
      return el('span', { className: 'rb-range' }, [
        single(f, node.value[0], name + ', from', 0), el('span', { className: 'muted small' }, ['and']),
        single(f, node.value[1], name + ', to', 1)
      ]);
    }
    if (arity === 'LIST' && f.type !== 'COUNT') return listPicker(node, f, name);
    if (arity === 'LIST') {
      return el('input', { type: 'text', className: 'rb-value', 'data-action': 'value', value: node.value,
        'aria-label': name, placeholder: 'e.g. 1, 2, 3', inputmode: 'numeric', 'aria-describedby': 'err-' + node.id });
    }
    return single(f, node.value, name, null);
  }

  function single(f, value, name, slot) {
    var attrs = { className: 'rb-value', 'data-action': 'value', 'aria-label': name, value: value };
    if (slot !== null) attrs['data-slot'] = String(slot);
    if (f.type === 'MONEY') {
      attrs.type = 'number'; attrs.min = '0'; attrs.step = '0.01'; attrs.inputmode = 'decimal'; attrs.placeholder = '10000';
      return el('span', { className: 'affix' }, [el('span', { className: 'affix-text', 'aria-hidden': 'true' }, ['₹']), el('input', attrs)]);
    }
    if (f.type === 'COUNT' || f.type === 'DAYS') {
      attrs.type = 'number'; attrs.min = '0'; attrs.step = '1'; attrs.inputmode = 'numeric'; attrs.placeholder = f.type === 'DAYS' ? '90' : '3';
      var input = el('input', attrs);
      return f.type === 'DAYS'
        ? el('span', { className: 'affix affix-after' }, [input, el('span', { className: 'affix-text', 'aria-hidden': 'true' }, ['days'])])
        : input;
    }
    if (f.type === 'DATE') { attrs.type = 'date'; return el('input', attrs); }
    attrs.type = 'text';
    attrs.autocomplete = 'off';
    if (f.key === 'city') attrs.list = 'city-options';
    if (f.type === 'TAGS') attrs.list = 'tag-options';
    return el('input', attrs);
  }

  function listPicker(node, f, name) {
    var chips = node.value.map(function (v, i) {
      return el('span', { className: 'tag pick-chip' }, [v, el('button', { type: 'button', className: 'pick-remove',
        'data-action': 'list-remove', 'data-index': String(i), 'aria-label': 'Remove ' + v }, ['×'])]);
    });
    var input = el('input', { type: 'text', className: 'pick-input', 'data-action': 'list-add', 'aria-label': name + ': type and press Enter',
      placeholder: f.type === 'TAGS' ? 'Add a tag…' : 'Add a value…', autocomplete: 'off',
      list: f.key === 'city' ? 'city-options' : (f.type === 'TAGS' ? 'tag-options' : null) });
    return el('span', { className: 'picker' }, chips.concat([input]));
  }

  // ---------- editing ----------
  function changed(structural, focus) {
    savedSegmentId = null; // a launch after a rule change saves the new rules
    if ($('segment-source')) $('segment-source').hidden = true;
    clearErrors();
    // an edit answers whatever the last launch attempt complained about; a new attempt checks again
    launchError([]);
    $('move-refused').hidden = true;
    if (structural) render(focus);
    schedulePreview();
  }

  function clearErrors() {
    errors = {};
    document.querySelectorAll('#rule-root .rb-error').forEach(function (p) { p.hidden = true; p.textContent = ''; p.removeAttribute('role'); });
    document.querySelectorAll('#rule-root .has-error').forEach(function (n) { n.classList.remove('has-error'); });
  }

  function nodeOf(target) {
    var box = target.closest('[data-node]');
    return box ? nodes[box.getAttribute('data-node')].node : null;
  }

  function itemNode(target) {
    var item = target.closest('[data-id]');
    return item ? nodes[item.getAttribute('data-id')].node : null;
  }

  function move(node, action) {
    var entry = nodes[node.id];
    var parent = entry.parent;
    if (!parent) return false;
    var siblings = parent.rules;
    var i = siblings.indexOf(node);
    if (action === 'up' && i > 0) {
      siblings.splice(i, 1); siblings.splice(i - 1, 0, node);
    } else if (action === 'down' && i < siblings.length - 1) {
      siblings.splice(i, 1); siblings.splice(i + 1, 0, node);
    } else if (action === 'indent' && i > 0) {
      var above = siblings[i - 1];
      siblings.splice(i, 1);
      if (above.kind === 'group') {
        above.rules.push(node);
      } else {
        // the new group takes its parent's combinator, so (A AND B) inside an AND matches exactly as before
        siblings.splice(i - 1, 1, group(parent.combinator, [above, node]));
      }
    } else if (action === 'outdent' && parent !== root) {
      var grand = nodes[parent.id].parent;
      siblings.splice(i, 1);
      grand.rules.splice(grand.rules.indexOf(parent) + 1, 0, node);
      if (parent.rules.length === 0) grand.rules.splice(grand.rules.indexOf(parent), 1);
      // a group left holding one item is just that item (unless it negates it): it dissolves, so no empty-looking
      // "Group: match ALL" stays behind; the meaning check below still guards the move
      else if (parent.rules.length === 1 && !parent.not) grand.rules.splice(grand.rules.indexOf(parent), 1, parent.rules[0]);
    } else {
      return false;
    }
    return true;
  }

  var moveWords = { up: 'Moved up', down: 'Moved down', indent: 'Indented', outdent: 'Outdented' };
  var REFUSED = 'Not moved: that would change who matches, because the groups combine their rules differently'
    + ' (ALL vs ANY, or NOT). Switch a group between ALL and ANY first if you mean to change the audience.';

  function doMove(node, action) {
    var before = snapshot();
    if (!move(node, action)) return;
    if (meaning(root) !== before.meaning) {
      before.restore();
      render({ id: node.id, action: action });
      refuseMove();
      return;
    }
    changed(true, { id: node.id, action: action });
    $('move-status').textContent = moveWords[action] + ': now ' + label(node) + ' of ' + (nodes[node.id].parent === root ? 'the audience' : label(nodes[node.id].parent));
  }

  function refuseMove() {
    $('move-refused').textContent = REFUSED;
    $('move-refused').hidden = false;
    $('move-status').textContent = REFUSED;
  }

  // Every group's children as they are now, and what the tree means, so a move can be taken back.
  function snapshot() {
    var saved = Object.keys(nodes).map(function (id) { return nodes[id].node; })
      .filter(function (n) { return n.kind === 'group'; })
      .map(function (g) { return { group: g, rules: g.rules.slice() }; });
    return {
      meaning: meaning(root),
      restore: function () { saved.forEach(function (s) { s.group.rules = s.rules; }); }
    };
  }

  // A normal form of the tree: a group of one is its rule, a group inside one with the same
  // combinator is flattened into it, and order does not count. Equal forms match the same
  // customers, so a move that keeps the form can never change the audience.
  function meaning(node) { return key(normal(node)); }

  function normal(node) {
    if (node.kind !== 'group') return JSON.stringify(toJson(node));
    var kids = [];
    node.rules.forEach(function (child) {
      var n = normal(child);
      if (typeof n !== 'string' && !n.not && n.op === node.combinator) kids = kids.concat(n.kids);
      else kids.push(n);
    });
    if (kids.length === 1 && !node.not) return kids[0];
    return { op: kids.length === 1 ? 'one' : node.combinator, not: node.not, kids: kids };
  }

  function key(n) {
    if (typeof n === 'string') return n;
    return (n.not ? 'NOT ' : '') + n.op + '(' + n.kids.map(key).sort().join(', ') + ')';
  }

  $('rule-root').addEventListener('click', function (event) {
    var button = event.target.closest('button[data-action]');
    if (!button) return;
    var action = button.getAttribute('data-action');
    var node = nodeOf(button);
    if (action === 'and' || action === 'or') {
      node.combinator = action; changed(true, { id: node.id, action: action });
    } else if (action === 'add-condition') {
      var c = condition('total_spend'); node.rules.push(c); changed(true, { id: c.id, action: 'field' });
      focusField(c);
    } else if (action === 'add-group') {
      var g = group(node.combinator === 'and' ? 'or' : 'and', [condition('total_spend')]); node.rules.push(g);
      changed(true); focusField(g.rules[0]);
    } else if (action === 'remove') {
      var target = itemNode(button);
      var parent = nodes[target.id].parent;
      parent.rules.splice(parent.rules.indexOf(target), 1);
      changed(true, { id: parent.id, action: 'add-condition' });
    } else if (action === 'list-remove') {
      node.value.splice(Number(button.getAttribute('data-index')), 1); changed(true, { id: node.id, action: 'list-add' });
      focusSelector(node, '[data-action="list-add"]');
    } else if (moveWords[action]) {
      doMove(itemNode(button), action);
    }
  });

  function focusField(node) { focusSelector(node, 'select[data-action="field"]'); }

  function focusSelector(node, selector) {
    var target = document.querySelector('#rule-root [data-node="' + node.id + '"] ' + selector);
    if (target) target.focus();
  }

  $('rule-root').addEventListener('change', function (event) {
    var t = event.target;
    var action = t.getAttribute('data-action');
    var node = nodeOf(t);
    if (action === 'not') {
      node.not = t.checked; changed(true, { id: node.id, action: 'not' });
      focusSelector(node, 'input[data-action="not"]');
    } else if (action === 'field') {
      var before = fields[node.field];
      node.field = t.value;
      var f = fields[node.field];
      var keep = f.operators.some(function (o) { return o.op === node.operator; }) && before.type === f.type;
      if (!keep) { node.operator = defaultOperator(f); node.value = emptyValue(f, node.operator); }
      changed(true); focusField(node);
    } else if (action === 'operator') {
      var oldArity = operatorOf(node).arity;
      node.operator = t.value;
      if (operatorOf(node).arity !== oldArity) node.value = emptyValue(fields[node.field], node.operator);
      changed(true); focusSelector(node, 'select[data-action="operator"]');
    }
  });

  $('rule-root').addEventListener('input', function (event) {
    var t = event.target;
    if (t.getAttribute('data-action') !== 'value') return;
    var node = nodeOf(t);
    var slot = t.getAttribute('data-slot');
    if (slot !== null) node.value[Number(slot)] = t.value; else node.value = t.value;
    changed(false);
  });

  $('rule-root').addEventListener('keydown', function (event) {
    var t = event.target;
    if (t.getAttribute('data-action') === 'list-add' && (event.key === 'Enter' || event.key === ',')) {
      event.preventDefault();
      addListValue(t);
      return;
    }
    if (t.getAttribute('data-action') === 'list-add' && event.key === 'Backspace' && t.value === '') {
      var n = nodeOf(t);
      if (n.value.length) { n.value.pop(); changed(true); focusSelector(n, '[data-action="list-add"]'); }
      return;
    }
    if (event.altKey && !event.ctrlKey && !event.metaKey) {
      var action = { ArrowUp: 'up', ArrowDown: 'down', ArrowRight: 'indent', ArrowLeft: 'outdent' }[event.key];
      var item = itemNode(t);
      if (action && item && item !== root) { event.preventDefault(); doMove(item, action); }
    }
  });

  $('rule-root').addEventListener('focusout', function (event) {
    var t = event.target;
    if (t.getAttribute && t.getAttribute('data-action') === 'list-add' && t.value.trim()) addListValue(t);
  });

  function addListValue(input) {
    var node = nodeOf(input);
    var values = input.value.split(',').map(function (v) { return v.trim(); }).filter(Boolean);
    values.forEach(function (v) { if (node.value.indexOf(v) < 0) node.value.push(v); });
    input.value = '';
    if (values.length) { changed(true); focusSelector(node, '[data-action="list-add"]'); }
  }

  // ---------- drag and drop (SortableJS, nested lists) ----------
  function attachSortables(container) {
    if (!window.Sortable) return;
    container.querySelectorAll('ol.rb-children').forEach(function (list) {
      window.Sortable.create(list, {
        group: 'rules', handle: '.rb-handle', animation: 150, fallbackOnBody: true, swapThreshold: 0.65,
        emptyInsertThreshold: 24, ghostClass: 'rb-ghost', chosenClass: 'rb-chosen', onEnd: syncFromDom
      });
    });
  }

  function syncFromDom() {
    var before = snapshot();
    var rootBox = document.querySelector('#rule-root .rb-root');
    (function rebuild(box) {
      var g = nodes[box.getAttribute('data-node')].node;
      var list = box.querySelector(':scope > ol.rb-children');
      g.rules = Array.prototype.map.call(list.children, function (li) {
        var child = nodes[li.getAttribute('data-id')].node;
        if (child.kind === 'group') rebuild(li.querySelector(':scope > .rb-group'));
        return child;
      });
    })(rootBox);
    pruneEmptyGroups(root);
    if (meaning(root) !== before.meaning) {
      before.restore();
      render();
      refuseMove();
      return;
    }
    changed(true);
  }

  function pruneEmptyGroups(g) {
    g.rules = g.rules.filter(function (child) {
      if (child.kind !== 'group') return true;
      pruneEmptyGroups(child);
      return child.rules.length > 0;
    });
  }

  // ---------- errors from the server, at their block ----------
  function showRuleErrors(list, prefix) {
    var unplaced = [];
    list.forEach(function (error) {
      var path = error.field || '';
      if (prefix && path.indexOf(prefix) === 0) path = path.substring(prefix.length);
      else if (prefix && path !== prefix.replace(/\.$/, '')) { unplaced.push(error); return; }
      var node = root;
      var rest = path;
      var m;
      while ((m = /^rules\[(\d+)\]\.?/.exec(rest)) && node.kind === 'group' && node.rules[Number(m[1])]) {
        node = node.rules[Number(m[1])];
        rest = rest.substring(m[0].length);
      }
      var what = rest.replace(/\[\d+\]$/, '');
      var words = { value: 'Value', field: 'Field', operator: 'Comparison', combinator: 'Combinator', rules: 'This group', not: 'NOT', '': '' }[what];
      var text = ((words === undefined ? what : words) + ' ' + error.message).trim();
      errors[node.id] = errors[node.id] ? errors[node.id] + '; ' + text : capitalise(text);
    });
    Object.keys(errors).forEach(function (id) {
      var p = $('err-' + id);
      if (!p) return;
      p.textContent = errors[id]; p.hidden = false; p.setAttribute('role', 'alert');
      var box = p.closest('[data-node]');
      var row = box && box.querySelector('.rb-condition');
      if (row) row.classList.add('has-error');
      var input = box && box.querySelector('[data-action="value"], [data-action="list-add"]');
      if (input) input.setAttribute('aria-invalid', 'true');
    });
    return unplaced;
  }

  function capitalise(s) { return s.charAt(0).toUpperCase() + s.substring(1); }

  // ---------- live audience ----------
  var previewTimer = null;
  var previewSeq = 0;

  function schedulePreview() {
    clearTimeout(previewTimer);
    $('audience-spinner').hidden = false;
    $('audience-count').classList.add('is-stale');
    $('audience-state').textContent = 'Counting…';
    previewTimer = setTimeout(runPreview, 300);
  }

  function incomplete(node) {
    if (node.kind === 'group') return node.rules.filter(incomplete).length > 0;
    var arity = operatorOf(node).arity;
    if (arity === 'RANGE') return String(node.value[0]).trim() === '' || String(node.value[1]).trim() === '';
    if (arity === 'LIST') return Array.isArray(node.value) ? node.value.length === 0 : node.value.trim() === '';
    return arity === 'ONE' && String(node.value).trim() === '';
  }

  function markIncomplete() {
    document.querySelectorAll('#rule-root .rb-condition-box').forEach(function (box) {
      var node = nodes[box.getAttribute('data-node')].node;
      box.querySelector('.rb-condition').classList.toggle('is-incomplete', incomplete(node));
    });
  }

  function runPreview() {
    var seq = ++previewSeq;
    markIncomplete();
    if (root.rules.length === 0) {
      showAudience(null, 'Add a condition to see who matches.');
      $('rule-text').textContent = 'No rules yet';
      return;
    }
    if (incomplete(root)) {
      showAudience(null, 'Enter a value in the highlighted condition to see who matches.');
      $('rule-text').textContent = 'Waiting for a value…';
      return;
    }
    window.crm.api('POST', '/api/v1/segments/preview', { rule: toJson(root) }).then(function (preview) {
      if (seq !== previewSeq) return;
      $('rule-text').textContent = preview.description;
      showAudience(preview, preview.audienceSize === 0 ? 'Nobody matches these rules yet. Try widening them.' : 'customers match right now.');
      if (preview.audienceSize > 0) runReach();
    }).catch(function (error) {
      if (seq !== previewSeq) return;
      if (error.status === 422 && error.body && error.body.errors) {
        var unplaced = showRuleErrors(error.body.errors, '');
        showAudience(null, unplaced.length ? unplaced.map(function (e) { return e.field + ' ' + e.message; }).join('; ')
          : 'Fix the highlighted rule to see who matches.');
        $('audience-state').classList.add('state-error');
      } else {
        showAudience(null, error.status === 401 ? 'Your session has ended. Reload the page to sign in again.'
          : 'The audience could not be counted (' + (error.status || 'network') + '). Edit a rule to try again.');
        $('audience-state').classList.add('state-error');
      }
    });
  }

  // "5,910 reachable on SMS": who the freeze would message now, after unsubscribes, the frequency cap and missing addresses
  var reachSeq = 0;
  var reasonWords = { unsubscribed: 'unsubscribed', frequencyCapped: 'at the frequency cap', noAddress: 'without an address' };

  function runReach() {
    var line = $('audience-reach');
    if (!composing || !line) return;
    var seq = ++reachSeq;
    var channel = $('channel').value;
    window.crm.api('POST', '/api/v1/campaigns/reach', { rule: toJson(root), channel: channel }).then(function (reach) {
      if (seq !== reachSeq) return;
      var left = Object.keys(reasonWords).filter(function (k) { return reach[k] > 0; })
        .map(function (k) { return window.crm.number(reach[k]) + ' ' + reasonWords[k]; });
      line.textContent = window.crm.number(reach.reachable) + ' reachable on ' + channelWords[channel]
        + (left.length ? ' (skipped: ' + left.join(', ') + ')' : '');
      line.setAttribute('data-reachable', String(reach.reachable));
      line.hidden = false;
    }).catch(function () {
      if (seq === reachSeq) line.hidden = true; // the count above still stands; the forecast is a convenience
    });
  }

  function showAudience(preview, state) {
    $('audience-spinner').hidden = true;
    if ($('audience-reach')) { reachSeq++; $('audience-reach').hidden = true; }
    var count = $('audience-count');
    count.classList.remove('is-stale');
    count.textContent = preview ? window.crm.number(preview.audienceSize) : '—';
    $('audience-pill-count').textContent = count.textContent;
    count.setAttribute('data-count', preview ? String(preview.audienceSize) : '');
    var stateLine = $('audience-state');
    stateLine.classList.remove('state-error');
    stateLine.textContent = state;
    var list = $('audience-sample');
    list.textContent = '';
    // five keep the card short enough that Save & launch stays on screen beside the form
    var sample = preview ? preview.sample.slice(0, 5) : [];
    sample.forEach(function (c) {
      list.appendChild(el('li', {}, [
        el('span', { className: 'avatar avatar-initials sample-avatar', 'aria-hidden': 'true' }, [initials(c.name)]),
        el('span', { className: 'sample-who' }, [el('strong', { text: c.name || c.externalId }), el('span', { className: 'small muted', text: [c.city, c.visits + (c.visits === 1 ? ' order' : ' orders')].filter(Boolean).join(' · ') })]),
        el('span', { className: 'sample-spend', text: window.crm.inr(c.totalSpend) })
      ]));
    });
    if (!sample.length) list.appendChild(el('li', { className: 'sample-empty muted small', text: preview ? 'No matching customers.' : 'The sample appears here.' }));
    var first = sample.length ? sample[0].externalId : null;
    var ids = sample.map(function (c) { return c.externalId; });
    var newSample = ids.join('\n') !== sampleIds.join('\n');
    sampleIds = ids;
    if (first !== sampleCustomerId || newSample) { sampleCustomerId = first; scheduleMessagePreview(); } else if (composing) showSmsMeter();
  }

  function initials(name) {
    return (name || '?').split(/\s+/).filter(Boolean).slice(0, 2).map(function (w) { return w.charAt(0).toUpperCase(); }).join('');
  }

  // ---------- describe your audience (AI) ----------
  function aiUnavailable(error) {
    if (error.status === 404 || error.status === 405) return 'The AI assistant is not available on this server yet. Build the rules by hand below.';
    if (error.status === 401) return 'Your session has ended. Reload the page to sign in again.';
    return 'The assistant could not answer (' + (error.status || 'network') + '): ' + error.message;
  }

  function setStatus(id, kind, parts) {
    var box = $(id);
    box.textContent = '';
    box.className = 'ai-status' + (kind ? ' ai-' + kind : '');
    (parts || []).forEach(function (p) { if (p) box.appendChild(typeof p === 'string' ? document.createTextNode(p) : p); });
  }

  function engineBadge(engine) {
    return el('span', { className: 'badge engine', title: 'Which engine answered' }, [engine === 'openai' ? 'OpenAI' : 'Local engine']);
  }

  function describe() {
    var text = $('ai-text').value.trim();
    if (!text) { setStatus('ai-status', 'error', ['Type what kind of customers you want, then press Fill in the rules.']); $('ai-text').focus(); return; }
    var button = $('ai-go');
    button.disabled = true;
    setStatus('ai-status', 'loading', [el('span', { className: 'spinner' }), 'Reading your description…']);
    window.crm.api('POST', '/api/v1/ai/segment-rules', { text: text }).then(function (answer) {
      var unknown = answer.unrecognized && answer.unrecognized.length
        ? el('span', { className: 'small' }, [' Not understood: ', el('em', { text: answer.unrecognized.join(', ') })]) : null;
      if (!answer.rule) {
        setStatus('ai-status', 'error', [engineBadge(answer.engine), ' ', answer.description || 'That could not be turned into rules safely.', unknown]);
        return;
      }
      var built = fromJson(answer.rule);
      root = built.kind === 'group' ? built : group('and', [built]);
      changed(true);
      setStatus('ai-status', 'ok', [engineBadge(answer.engine), ' Filled in: ', el('strong', { text: answer.description || '' }), '. You can still edit the rules.', unknown]);
    }).catch(function (error) {
      setStatus('ai-status', 'error', [aiUnavailable(error)]);
    }).then(function () { button.disabled = false; });
  }

  $('ai-go').addEventListener('click', describe);
  $('ai-text').addEventListener('keydown', function (event) { if (event.key === 'Enter') { event.preventDefault(); describe(); } });

  // ---------- message composer ----------
  var template = $('template');
  var messageTimer = null;
  var messageSeq = 0;

  if (composing) catalog.placeholders.forEach(function (key) {
    var token = key === 'first_name' ? '{{first_name|there}}' : '{{' + key + '}}';
    $('placeholder-chips').appendChild(el('button', { type: 'button', className: 'chip', 'data-token': token,
      'aria-label': 'Insert ' + token }, [token]));
  });
  // e-mail only ({{unsubscribe_url}}): shown for e-mail, and written into the message, never the subject
  if (composing) (catalog.emailPlaceholders || []).forEach(function (key) {
    var token = '{{' + key + '}}';
    $('placeholder-chips').appendChild(el('button', { type: 'button', className: 'chip chip-email', 'data-token': token,
      'data-email-only': 'true', 'aria-label': 'Insert ' + token + ' into the message', hidden: true }, [token]));
  });
  var subject = $('subject');
  var chipTarget = template; // the chips write into the message, or into the subject after it had the focus
  on('subject', 'focus', function () { chipTarget = subject; });
  on('template', 'focus', function () { chipTarget = template; });
  on('placeholder-chips', 'click', function (event) {
    var chip = event.target.closest('[data-token]');
    if (!chip) return;
    var token = chip.getAttribute('data-token');
    var target = isEmail() && !chip.hasAttribute('data-email-only') ? chipTarget : template;
    var start = target.selectionStart, end = target.selectionEnd, text = target.value;
    target.value = text.substring(0, start) + token + text.substring(end);
    target.focus();
    target.selectionStart = target.selectionEnd = start + token.length;
    onTemplateInput();
  });
  if (composing) {
    template.value = 'Hi {{first_name|there}}, ';
    template.addEventListener('input', onTemplateInput);
    subject.addEventListener('input', function () { fieldError('subject', ''); onTemplateInput(); });
  }

  function isEmail() { return composing && $('channel').value === 'EMAIL'; }

  // only e-mail has a subject line; it is kept while the channel changes, and sent only for e-mail
  function showSubject() {
    if (!composing) return;
    $('subject-field').hidden = !isEmail();
    document.querySelectorAll('#placeholder-chips [data-email-only]').forEach(function (chip) { chip.hidden = !isEmail(); });
    if (!isEmail()) { fieldError('subject', ''); $('subject-preview').hidden = true; }
  }

  function onTemplateInput() {
    fieldError('template', '');
    $('template-count').textContent = template.value.length + ' / 1000';
    showFallbacks();
    scheduleMessagePreview();
  }

  // what each placeholder becomes for a customer who lacks the value
  function showFallbacks() {
    var seen = {};
    var parts = [];
    var re = /\{\{\s*([a-z_]+)\s*(?:\|([^}]*))?\}\}/g;
    var m;
    var texts = isEmail() ? subject.value + ' ' + template.value : template.value;
    while ((m = re.exec(texts)) !== null) {
      if (seen[m[1]]) continue;
      seen[m[1]] = true;
      parts.push('{{' + m[1] + '}} ' + (m[2] !== undefined && m[2] !== '' ? 'falls back to “' + m[2] + '”' : 'has no fallback: empty when unknown'));
    }
    $('placeholder-fallbacks').textContent = parts.length ? 'When a customer lacks a value: ' + parts.join('; ') + '.' : '';
  }

  // SMS is billed per segment, so the composer counts them on the text a real customer would get,
  // and estimates the cost from the message rendered for each sample customer: names and cities
  // differ in length, so one customer's message says little about the whole audience's
  var estimate = null; // {min, max, customers} over the sample, for the current message
  var estimateSeq = 0;

  function showSmsMeter() {
    var meter = $('sms-meter');
    var text = $('message-preview').classList.contains('bubble-empty') ? '' : $('message-preview').textContent;
    if ($('channel').value !== 'SMS' || !text || !window.crmSms) { meter.hidden = true; return; }
    var c = window.crmSms.count(text);
    var audience = Number($('audience-count').getAttribute('data-count') || '0');
    meter.hidden = false;
    meter.setAttribute('data-segments', String(c.segments));
    meter.setAttribute('data-encoding', c.encoding);
    var line = c.characters + ' characters · ' + c.segments + (c.segments === 1 ? ' SMS' : ' SMS segments') + ' (' + c.encoding
      + ', ' + c.perSegment + ' per ' + (c.segments > 1 ? 'segment' : 'message') + ') · cost ×' + c.segments + '.';
    if (estimate && audience) {
      var range = estimate.min === estimate.max ? String(estimate.max) : estimate.min + '–' + estimate.max;
      meter.setAttribute('data-estimate', range);
      line += ' Estimate: ' + range + ' SMS per customer, from the message rendered for ' + estimate.customers
        + ' sample customer' + (estimate.customers === 1 ? '' : 's') + '; up to about ' + window.crm.number(audience * estimate.max)
        + ' SMS for ' + window.crm.number(audience) + (audience === 1 ? ' customer' : ' customers') + '.';
    } else {
      meter.removeAttribute('data-estimate');
    }
    if (c.encoding === 'Unicode') line += ' A character outside GSM-7 (such as Hindi or an emoji) makes every segment shorter.';
    meter.textContent = line;
  }

  function runCostEstimate() {
    var seq = ++estimateSeq;
    estimate = null;
    if ($('channel').value !== 'SMS' || !template.value.trim() || !sampleIds.length || !window.crmSms) { showSmsMeter(); return; }
    Promise.all(sampleIds.map(function (id) {
      return window.crm.api('POST', '/api/v1/campaigns/message-preview', { template: template.value, customerExternalId: id });
    })).then(function (previews) {
      if (seq !== estimateSeq) return;
      var counts = previews.map(function (p) { return window.crmSms.count(p.text).segments; });
      estimate = { min: Math.min.apply(null, counts), max: Math.max.apply(null, counts), customers: counts.length };
      showSmsMeter();
    }).catch(function () { if (seq === estimateSeq) showSmsMeter(); });
  }

  function scheduleMessagePreview() {
    if (!composing) return;
    clearTimeout(messageTimer);
    $('message-preview').classList.add('is-stale');
    messageTimer = setTimeout(function () { runMessagePreview(); runSubjectPreview(); runCostEstimate(); }, 300);
  }

  function runMessagePreview() {
    var seq = ++messageSeq;
    if (!template.value.trim()) {
      $('message-preview').classList.remove('is-stale');
      $('message-preview').textContent = 'Write a message to see it as a customer will.';
      $('message-preview').classList.add('bubble-empty');
      return;
    }
    window.crm.api('POST', '/api/v1/campaigns/message-preview', { template: template.value, customerExternalId: sampleCustomerId })
      .then(function (preview) {
        if (seq !== messageSeq) return;
        var bubble = $('message-preview');
        bubble.classList.remove('is-stale', 'bubble-empty');
        bubble.textContent = preview.text;
        showSmsMeter();
        $('message-preview-who').textContent = preview.customer
          ? 'Preview for ' + (preview.customer.name || preview.customer.externalId) + (preview.customer.city ? ', ' + preview.customer.city : '')
          : 'Preview (no customers yet: placeholders show their fallbacks)';
      }).catch(function (error) {
        if (seq !== messageSeq) return;
        $('message-preview').classList.remove('is-stale');
        if (error.status === 422 && error.body && error.body.errors) {
          // the last good rendering would be a message the customer can no longer get
          $('message-preview').textContent = 'Fix the message to see it as a customer will.';
          $('message-preview').classList.add('bubble-empty');
          var mine = error.body.errors.filter(function (e) { return e.field === 'template'; });
          fieldError('template', mine.length ? capitalise(mine.map(function (e) { return e.message; }).join('; ')) : error.message);
        } else {
          $('message-preview-who').textContent = 'The preview could not be rendered (' + (error.status || 'network') + ').';
        }
      });
  }

  function runSubjectPreview() {
    var box = $('subject-preview');
    if (!isEmail() || !subject.value.trim()) { box.hidden = true; return; }
    window.crm.api('POST', '/api/v1/campaigns/message-preview', { template: subject.value, customerExternalId: sampleCustomerId })
      .then(function (preview) {
        box.hidden = false;
        box.textContent = 'Subject: ' + preview.text;
      }).catch(function (error) {
        box.hidden = true;
        if (error.status === 422 && error.body && error.body.errors) {
          fieldError('subject', capitalise(error.body.errors.map(function (e) { return e.message; }).join('; ')));
        }
      });
  }

  function fieldError(id, message) {
    var input = $(id);
    var p = $(id + '-error');
    p.textContent = message;
    if (message) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid');
  }

  on('campaign-name', 'input', function () { fieldError('campaign-name', ''); });
  on('channel', 'change', function () {
    fieldError('channel', ''); showSubject(); showFallbacks(); scheduleMessagePreview();
    if ($('audience-count').getAttribute('data-count') > 0) runReach();
  });
  on('segment-name', 'input', function () { fieldError('segment-name', ''); });

  // ---------- message suggestions (AI) ----------
  function suggest() {
    var objective = $('objective').value.trim();
    if (!objective) { setStatus('suggest-status', 'error', ['Say what the message should achieve, e.g. "win back inactive customers".']); $('objective').focus(); return; }
    var button = $('suggest-go');
    button.disabled = true;
    $('suggestions').textContent = '';
    setStatus('suggest-status', 'loading', [el('span', { className: 'spinner' }), 'Writing suggestions…']);
    var body = { objective: objective };
    if (root.rules.length) body.rule = toJson(root);
    window.crm.api('POST', '/api/v1/ai/message-suggestions', body).then(function (answer) {
      setStatus('suggest-status', 'ok', [engineBadge(answer.engine), ' ', (answer.variants || []).length + ' suggestions' + (answer.intent ? ' for "' + answer.intent + '"' : '') + '. Pick one to use it; you can edit it after.']);
      (answer.variants || []).forEach(function (v, i) {
        var card = el('button', { type: 'button', className: 'suggestion', 'data-index': String(i), 'aria-label': 'Use suggestion ' + (i + 1) + ' (' + (v.tone || 'neutral') + '): ' + v.text }, [
          v.image ? el('img', { src: v.image, alt: '', className: 'suggestion-image', width: '64', height: '64' }) : null,
          el('span', { className: 'suggestion-body' }, [el('span', { className: 'badge', text: v.tone || 'suggestion' }), el('span', { className: 'suggestion-text', text: v.text })]),
          el('span', { className: 'suggestion-use', 'aria-hidden': 'true' }, ['Use'])
        ]);
        card.addEventListener('click', function () {
          template.value = v.text;
          document.querySelectorAll('.suggestion').forEach(function (s) { s.classList.remove('is-chosen'); });
          card.classList.add('is-chosen');
          onTemplateInput();
        });
        $('suggestions').appendChild(card);
      });
    }).catch(function (error) {
      setStatus('suggest-status', 'error', [aiUnavailable(error).replace('Build the rules by hand below.', 'Write the message yourself above.')]);
    }).then(function () { button.disabled = false; });
  }

  on('suggest-go', 'click', suggest);
  on('objective', 'keydown', function (event) { if (event.key === 'Enter') { event.preventDefault(); suggest(); } });

  // ---------- smart send time (AI) ----------
  var days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  var dayNames = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

  function sendTime() {
    var button = $('send-time-go');
    button.disabled = true;
    $('send-time').textContent = '';
    setStatus('send-time-status', 'loading', [el('span', { className: 'spinner' }), 'Looking at when this audience orders…']);
    window.crm.api('POST', '/api/v1/ai/send-time', { rule: toJson(root) }).then(function (answer) {
      var best = answer.best;
      var when = best ? capitalise(best.day.toLowerCase()) + ' ' + hour(best.startHour) + '–' + hour(best.endHour) : 'no clear best time';
      setStatus('send-time-status', 'ok', [engineBadge(answer.engine), ' Best window: ', el('strong', { text: when }),
        answer.orders !== undefined ? ' (from ' + window.crm.number(answer.orders) + ' orders)' : '']);
      if (best) {
        var use = el('button', { type: 'button', className: 'btn btn-primary btn-small', id: 'use-send-time' },
          ['Use ' + capitalise(best.day.toLowerCase()) + ' ' + hour(best.startHour)]);
        use.addEventListener('click', function () { scheduleAt(nextOccurrence(best.day, best.startHour)); });
        $('send-time').appendChild(el('p', {}, [use]));
      }
      $('send-time').appendChild(heatmap(answer.histogram || [], best));
      if (answer.rationale) $('send-time').appendChild(el('p', { className: 'small muted', text: answer.rationale }));
    }).catch(function (error) {
      if (error.status === 422 && error.body && error.body.errors) {
        setStatus('send-time-status', 'error', ['Fix the highlighted rules first.']);
        clearErrors(); showRuleErrors(error.body.errors, 'rule.');
      } else {
        setStatus('send-time-status', 'error', [aiUnavailable(error).replace(' Build the rules by hand below.', '')]);
      }
    }).then(function () { button.disabled = false; });
  }

  function hour(h) { return (h < 10 ? '0' : '') + h + ':00'; }

  function heatmap(histogram, best) {
    var max = 0;
    histogram.forEach(function (row) { row.forEach(function (v) { if (v > max) max = v; }); });
    var table = el('table', { className: 'heatmap' }, [el('caption', { className: 'visually-hidden', text: 'Orders by weekday and hour' })]);
    var head = el('tr', {}, [el('th', { scope: 'col' }, [el('span', { className: 'visually-hidden', text: 'Day' })])]);
    for (var h = 0; h < 24; h++) head.appendChild(el('th', { scope: 'col', className: 'hm-hour' }, [h % 6 === 0 ? String(h) : el('span', { className: 'visually-hidden', text: String(h) })]));
    table.appendChild(el('thead', {}, [head]));
    var body = el('tbody');
    histogram.forEach(function (row, d) {
      var tr = el('tr', {}, [el('th', { scope: 'row', text: days[d] })]);
      row.forEach(function (v, h2) {
        var level = max ? Math.ceil((v / max) * 5) : 0;
        var inBest = best && dayNames[d] === best.day && h2 >= best.startHour && h2 < best.endHour;
        tr.appendChild(el('td', { className: 'hm-cell hm-' + level + (inBest ? ' hm-best' : ''), title: days[d] + ' ' + hour(h2) + ': ' + v + ' orders' },
          [el('span', { className: 'visually-hidden', text: String(v) })]));
      });
      body.appendChild(tr);
    });
    table.appendChild(body);
    return el('div', { className: 'heatmap-wrap' }, [table]);
  }

  on('send-time-go', 'click', sendTime);

  // ---------- scheduling, in the brand's time zone ----------
  var zone = form.getAttribute('data-zone') || 'UTC';
  var wallFormat = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });

  // the brand's wall-clock time at an instant, as milliseconds of a UTC date with the same fields
  function wallClock(ms) {
    var p = {};
    wallFormat.formatToParts(new Date(ms)).forEach(function (part) { p[part.type] = Number(part.value); });
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  }

  // the instant a datetime-local value means in the brand's zone (twice, so a DST change settles)
  function zonedInstant(value) {
    var m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value || '');
    if (!m) return null;
    var wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
    var at = wall - (wallClock(wall) - wall);
    return wall - (wallClock(at) - at);
  }

  function localValue(wallMs) {
    return new Date(wallMs).toISOString().substring(0, 16);
  }

  // the next time it is that weekday and hour in the brand's zone, strictly after now
  function nextOccurrence(day, startHour) {
    var target = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'].indexOf(day);
    var now = wallClock(Date.now());
    var today = new Date(now);
    var candidate = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), startHour)
      + ((target - today.getUTCDay() + 7) % 7) * 86400000;
    if (candidate <= now) candidate += 7 * 86400000;
    return localValue(candidate);
  }

  function scheduleAt(value) {
    $('when-later').checked = true;
    $('send-at').value = value;
    fieldError('send-at', '');
    $('send-at').focus();
  }

  // the scheduled instant as ISO text, null for "now", or undefined after showing why the time is wrong
  function chosenTime() {
    if (!$('when-later').checked) return null;
    var at = zonedInstant($('send-at').value);
    if (at === null) { fieldError('send-at', 'Pick the date and time to send at.'); return undefined; }
    if (at <= Date.now()) { fieldError('send-at', 'Pick a time in the future.'); return undefined; }
    return new Date(at).toISOString();
  }

  function describeTime(iso) {
    if (!iso) return 'Now, as soon as you confirm';
    return new Intl.DateTimeFormat('en-IN', { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric',
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso)) + ' (' + zone + ')';
  }

  on('send-at', 'input', function () { $('when-later').checked = true; fieldError('send-at', ''); });
  on('when-now', 'change', function () { fieldError('send-at', ''); });

  // ---------- save & launch ----------
  // Enter in a one-line field must not launch a campaign; only the Save & launch button does
  form.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && event.target.tagName === 'INPUT') event.preventDefault();
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (composing) launch(); else saveSegment();
  });

  function launchError(parts) {
    var box = $('launch-error');
    box.textContent = '';
    parts.forEach(function (p) { box.appendChild(typeof p === 'string' ? document.createTextNode(p) : p); });
    box.hidden = parts.length === 0;
  }

  function showCampaignErrors(list) {
    var other = [];
    list.forEach(function (e) {
      var map = { name: 'campaign-name', template: 'template', channel: 'channel', subject: 'subject', 'segment.name': 'segment-name',
        variants: 'variants', holdoutPercent: 'holdout-percent', attributionWindowHours: 'attribution-window', scheduledAt: 'send-at' };
      if (map[e.field]) fieldError(map[e.field], capitalise(e.message));
      else if (/^variants\[\d+\]/.test(e.field)) showVariantError(e);
      else other.push(e);
    });
    return other;
  }

  // "variants[1].template unknown placeholder" becomes "Variant B: unknown placeholder" under the variants
  function showVariantError(e) {
    var index = Number(/^variants\[(\d+)\]/.exec(e.field)[1]);
    var rows = document.querySelectorAll('#variant-list .variant-row');
    var row = rows[index];
    var key = row ? row.getAttribute('data-key') : String(index + 1);
    if (row && row.querySelector('textarea')) row.querySelector('textarea').setAttribute('aria-invalid', 'true');
    var box = $('variants-error');
    box.textContent = (box.textContent ? box.textContent + ' ' : '') + 'Variant ' + key + ': ' + e.message + '.';
  }

  function launch() {
    var button = $('launch');
    var name = $('campaign-name').value.trim();
    launchError([]);
    if (!name) fieldError('campaign-name', 'Give the campaign a name.');
    if (!template.value.trim()) fieldError('template', 'Write the message.');
    var noSubject = isEmail() && !subject.value.trim();
    if (noSubject) fieldError('subject', 'Write the subject line: the e-mail is sent with it.');
    if (root.rules.length === 0) {
      launchError(['Add at least one rule to choose the audience.']);
    }
    var when = chosenTime();
    if (editing && when === null) { fieldError('send-at', 'A scheduled campaign stays scheduled: pick its time.'); when = undefined; }
    var variantProblem = $('variants-error') && $('variants-error').textContent.trim() !== '';
    if (!name || !template.value.trim() || noSubject || root.rules.length === 0 || when === undefined || variantProblem) {
      var first = form.querySelector('[aria-invalid="true"]');
      if (first) first.focus();
      return;
    }
    scheduledAt = when;
    review();
  }

  // ---------- review before sending ----------
  var channelWords = { SMS: 'SMS', WHATSAPP: 'WhatsApp', EMAIL: 'Email' };
  var addressWords = { SMS: 'no phone number', WHATSAPP: 'no phone number', EMAIL: 'no e-mail address' };

  function review() {
    var button = $('launch');
    var label = button.textContent;
    button.disabled = true;
    button.textContent = 'Preparing the review…';
    var channel = $('channel').value;
    window.crm.api('POST', '/api/v1/campaigns/review', { rule: toJson(root), template: template.value, channel: channel,
      subject: isEmail() ? subject.value : null })
      .then(function (answer) { showReview(answer, channel); })
      .catch(launchFailed)
      .then(function () { button.disabled = false; button.textContent = label; });
  }

  function showReview(answer, channel) {
    $('review-audience').textContent = window.crm.number(answer.audienceSize) + (answer.audienceSize === 1 ? ' customer' : ' customers')
      + (answer.reachable !== answer.audienceSize ? ' · ' + window.crm.number(answer.reachable) + ' reachable' : '');
    var test = window.crmExperiment ? window.crmExperiment.describe() : '';
    $('review-test-row').hidden = !test;
    $('review-test').textContent = test;
    $('review-audience').setAttribute('data-count', String(answer.audienceSize));
    $('review-channel').textContent = channelWords[channel];
    $('review-when').textContent = describeTime(scheduledAt);
    $('confirm-send').textContent = editing ? 'Save changes' : scheduledAt ? 'Confirm and schedule' : 'Confirm and send';
    $('review-subject-row').hidden = channel !== 'EMAIL';
    $('review-subject').textContent = channel === 'EMAIL' ? subject.value : '';
    $('test-to').placeholder = channel === 'EMAIL' ? 'you@brand.in' : '+91 98765 43210';
    $('test-status').textContent = '';
    var warnings = $('review-warnings');
    warnings.textContent = '';
    answer.warnings.forEach(function (w) {
      var text = {
        EMPTY_AUDIENCE: 'Nobody matches these rules right now, so nothing would be sent.',
        LARGE_AUDIENCE: 'This reaches ' + window.crm.number(answer.audienceSize) + ' customers, more than a usual campaign. Check the rules before sending.',
        MISSING_ADDRESSES: window.crm.number(answer.withoutAddress) + ' of them ' + (answer.withoutAddress === 1 ? 'has ' : 'have ')
          + addressWords[channel] + ': they are skipped and counted as suppressed (no address).',
        UNSUBSCRIBED: window.crm.number(answer.unsubscribed) + ' of them unsubscribed from ' + channelWords[channel]
          + ': they are skipped.',
        FREQUENCY_CAPPED: window.crm.number(answer.frequencyCapped) + ' of them already got as many promotional '
          + channelWords[channel] + ' messages as the frequency cap allows (see Settings): they are skipped.'
      }[w];
      warnings.appendChild(el('li', { 'data-warning': w, text: text }));
    });
    warnings.hidden = answer.warnings.length === 0;
    var samples = $('review-samples');
    samples.textContent = '';
    answer.samples.forEach(function (sample) {
      samples.appendChild(el('li', { className: 'review-sample' }, [
        el('div', { className: 'small muted', text: (sample.name || sample.externalId) + ' · ' + (sample.recipient || addressWords[channel]) }),
        sample.subject ? el('p', { className: 'subject-preview review-sample-subject', text: 'Subject: ' + sample.subject }) : null,
        el('div', { className: 'bubble', text: sample.text })
      ]));
    });
    if (!answer.samples.length) samples.appendChild(el('li', { className: 'muted small', text: 'No customer to show the message for.' }));
    $('confirm-send').disabled = answer.audienceSize === 0;
    $('review').showModal();
    $('review-title').focus();
  }

  on('review-back', 'click', function () { $('review').close(); $('launch').focus(); });

  // ---------- test send: the same vendor, marked as a test, never logged ----------
  function testSend() {
    var to = $('test-to').value.trim();
    var status = $('test-status');
    status.className = 'small';
    if (!to) { status.textContent = 'Type a phone number or e-mail address to send the test to.'; status.classList.add('state-error'); return; }
    var button = $('test-send');
    button.disabled = true;
    status.textContent = 'Sending the test…';
    window.crm.api('POST', '/api/v1/campaigns/test-send', { template: template.value, channel: $('channel').value, to: to,
      customerExternalId: sampleCustomerId, subject: isEmail() ? subject.value : null }).then(function (sent) {
      status.textContent = sent.accepted
        ? 'Test sent to ' + sent.to + ' (vendor id ' + sent.vendorMessageId + '): ' + (sent.subject ? 'subject “' + sent.subject + '”, ' : '')
          + '“' + sent.text + '”. It is not counted in any campaign.'
        : 'The vendor did not take the test: ' + sent.failure;
      if (!sent.accepted) status.classList.add('state-error');
    }).catch(function (error) {
      var list = error.status === 422 && error.body && error.body.errors ? error.body.errors : null;
      status.textContent = list ? capitalise(list.map(function (e) { return (e.field === 'to' ? 'the address ' : e.field + ' ') + e.message; }).join('; ')) + '.'
        : 'The test could not be sent (' + (error.status || 'network') + ': ' + error.message + ').';
      status.classList.add('state-error');
    }).then(function () { button.disabled = false; });
  }

  on('test-send', 'click', testSend);
  on('test-to', 'keydown', function (event) { if (event.key === 'Enter') { event.preventDefault(); testSend(); } });
  on('confirm-send', 'click', function () { send(); });

  function send() {
    var button = $('confirm-send');
    var name = $('campaign-name').value.trim();
    button.disabled = true;
    button.textContent = 'Sending…';
    // one request: the server checks the audience and the message together, then saves the segment
    // and the campaign as one step, so a refused launch leaves nothing behind
    var body = { name: name, template: template.value, channel: $('channel').value };
    if (isEmail()) body.subject = subject.value;
    if (scheduledAt) body.scheduledAt = scheduledAt;
    if (window.crmExperiment) window.crmExperiment.apply(body);
    if (savedSegmentId) body.segmentId = savedSegmentId;
    else if (editing) body.rule = toJson(root); // an edited audience stays with the campaign
    else {
      body.rule = toJson(root);
      body.segment = { name: $('segment-name').value.trim() || name, description: $('rule-text').textContent };
    }
    if (editing) { saveEdit(body); return; }
    window.crm.api('POST', '/api/v1/campaigns', body).then(function () {
      // the campaign exists now; a draft left behind would only be a confusing copy of it
      return draftId ? window.crm.api('DELETE', '/api/v1/campaign-drafts/' + draftId).catch(function () { return null; }) : null;
    }).then(function () {
      window.location.assign('/campaigns');
    }).catch(function (error) {
      button.disabled = false;
      button.textContent = 'Confirm and send';
      $('review').close();
      launchFailed(error);
    });
  }

  // one conditional write on the server: if the campaign started meanwhile, nothing of the edit is kept
  function saveEdit(body) {
    window.crm.api('PUT', '/api/v1/campaigns/' + editing.id, body).then(function (saved) {
      window.location.assign('/campaigns/' + saved.id + '?edited=1');
    }).catch(function (error) {
      var button = $('confirm-send');
      button.disabled = false;
      button.textContent = 'Save changes';
      $('review').close();
      if (error.status === 409) {
        launchError(['Not saved: “' + editing.name + '” has started (or was cancelled) meanwhile, so it can no longer change. ',
          el('a', { href: '/campaigns/' + editing.id, text: 'Open the campaign' })]);
        $('launch-error').focus();
      } else {
        launchFailed(error);
      }
    });
  }

  function launchFailed(error) {
    var list = error.status === 422 && error.body && error.body.errors ? error.body.errors : null;
    if (list) {
      clearErrors();
      var rest = showCampaignErrors(showRuleErrors(list, 'rule.'));
      launchError(['Nothing was saved: fix the highlighted fields, then press Save & launch again.'
        + (rest.length ? ' ' + rest.map(function (e) { return e.field + ' ' + e.message; }).join('; ') : '')]);
    } else {
      launchError(['Nothing was saved (' + (error.status || 'network') + ': ' + error.message + '). Try again.']);
    }
    var firstInvalid = form.querySelector('[aria-invalid="true"]');
    if (firstInvalid) firstInvalid.focus(); else $('launch-error').focus();
  }

  // ---------- drafts: save unsent, finish later ----------
  function saveDraft() {
    var button = $('save-draft');
    button.disabled = true;
    var body = { id: draftId, name: $('campaign-name').value.trim(), template: template.value, channel: $('channel').value,
      rule: root.rules.length ? toJson(root) : null, subject: subject.value || null };
    // the rest of the form as typed: a draft keeps a time that has passed, the launch checks it
    var at = $('when-later').checked ? zonedInstant($('send-at').value) : null;
    if (at !== null) body.scheduledAt = new Date(at).toISOString();
    if (window.crmExperiment) window.crmExperiment.apply(body);
    body.template = template.value; // kept beside the variants, which apply() put in its place
    window.crm.api('POST', '/api/v1/campaign-drafts', body).then(function (saved) {
      draftId = saved.id;
      launchError([]); // what a refused launch said is about the form before this save
      $('draft-status').textContent = 'Saved as the draft “' + saved.name + '” at '
        + new Intl.DateTimeFormat('en-IN', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(saved.updatedAt))
        + '. Find it under Campaigns.';
    }).catch(function (error) {
      if (error.status === 404) draftId = null; // it was discarded elsewhere: the next save starts a new one
      $('draft-status').textContent = 'The draft was not saved (' + (error.status || 'network') + ': ' + error.message + ').';
    }).then(function () { button.disabled = false; });
  }

  on('save-draft', 'click', saveDraft);

  // ---------- the segment editor: save the rules under a name ----------
  function saveSegment() {
    var button = $('save-segment');
    var name = $('segment-name').value.trim();
    launchError([]);
    if (!name) fieldError('segment-name', 'Give the segment a name.');
    if (root.rules.length === 0) launchError(['Add at least one rule to define the segment.']);
    if (!name || root.rules.length === 0) {
      var first = form.querySelector('[aria-invalid="true"]');
      if (first) first.focus();
      return;
    }
    button.disabled = true;
    var body = { name: name, description: $('segment-description').value.trim() || null, rule: toJson(root) };
    var id = startSegment && startSegment.id;
    window.crm.api(id ? 'PUT' : 'POST', '/api/v1/segments' + (id ? '/' + id : ''), body).then(function (saved) {
      window.location.assign('/segments?saved=' + saved.id);
    }).catch(function (error) {
      button.disabled = false;
      var list = error.status === 422 && error.body && error.body.errors ? error.body.errors : null;
      if (list) {
        clearErrors();
        var rest = showRuleErrors(list, 'rule.').filter(function (e) {
          if (e.field === 'name') { fieldError('segment-name', capitalise(e.message)); return false; }
          if (e.field === 'description') { fieldError('segment-description', capitalise(e.message)); return false; }
          return true;
        });
        launchError(['Not saved: fix the highlighted fields.' + (rest.length ? ' ' + rest.map(function (e) { return e.field + ' ' + e.message; }).join('; ') : '')]);
      } else {
        launchError(['Not saved (' + (error.status || 'network') + ': ' + error.message + '). Try again.']);
      }
      var firstInvalid = form.querySelector('[aria-invalid="true"]');
      if (firstInvalid) firstInvalid.focus(); else $('launch-error').focus();
    });
  }

  // ---------- starting from a saved segment ----------
  function useSegment(segment) {
    var built = fromJson(segment.rule);
    root = built.kind === 'group' ? built : group('and', [built]);
    changed(true);
    if (!composing) return;
    if (!segment.id) return;
    savedSegmentId = segment.id; // launching reuses the segment until a rule changes
    $('segment-source').textContent = 'Audience: the saved segment “' + segment.name + '”. ' + (editing
      ? 'Change a rule and the campaign keeps the changed rules as its own audience; the segment stays as it is.'
      : 'Change a rule and the launch saves it as a new segment.');
    $('segment-source').hidden = false;
  }

  on('start-segment', 'change', function (event) {
    var id = event.target.value;
    if (!id) return;
    window.crm.api('GET', '/api/v1/segments/' + id).then(useSegment).catch(function (error) {
      launchError(['That segment could not be loaded (' + (error.status || 'network') + ': ' + error.message + ').']);
    });
  });

  // ---------- suggestions for cities and tags ----------
  function fillDatalist(id, values) {
    var list = $(id);
    list.textContent = '';
    values.forEach(function (v) { list.appendChild(el('option', { value: v })); });
  }

  window.crm.api('GET', '/campaigns/new/facets').then(function (f) {
    fillDatalist('city-options', f.cities);
    fillDatalist('tag-options', f.tags);
  }).catch(function () { /* suggestions are a convenience; typing still works */ });

  // ---------- start ----------
  root = group('and', [condition('total_spend')]);
  render();
  $('launch-error').setAttribute('tabindex', '-1');
  if (composing) onTemplateInput();
  var startCampaign = form.getAttribute('data-campaign') ? JSON.parse(form.getAttribute('data-campaign')) : null;
  var startDraft = form.getAttribute('data-draft') ? JSON.parse(form.getAttribute('data-draft')) : null;

  // a draft, a copy or a scheduled campaign: everything its form held comes back
  function fillForm(setup) {
    $('campaign-name').value = setup.name.substring(0, 200);
    template.value = setup.template || '';
    $('channel').value = setup.channel;
    subject.value = setup.subject || '';
    if (window.crmExperiment) window.crmExperiment.fill(setup);
    if (setup.scheduledAt) {
      $('when-later').checked = true;
      $('send-at').value = localValue(wallClock(Date.parse(setup.scheduledAt)));
    }
    showSubject();
    onTemplateInput();
  }

  if (startDraft && composing) {
    draftId = startDraft.id;
    fillForm(startDraft);
    if (startDraft.rule) useSegment({ id: null, name: null, rule: startDraft.rule }); else schedulePreview();
    $('draft-status').textContent = 'Editing the draft “' + startDraft.name + '”.';
  } else if (startCampaign && composing) {
    // a duplicate starts as a new draft with everything of the earlier campaign but its schedule
    fillForm(startCampaign);
    useSegment({ id: null, name: null, rule: startCampaign.rule });
    $('segment-source').textContent = 'A copy of “' + startCampaign.original + '”: check the audience and the message, then launch it as a new campaign.';
    $('segment-source').hidden = false;
  } else if (editing && composing) {
    fillForm(editing);
    useSegment({ id: editing.segmentId, name: editing.segmentName, rule: editing.rule });
    $('when-now').disabled = true;
    if (!editing.segmentId) {
      $('segment-source').textContent = 'Editing “' + editing.name + '”, scheduled for ' + describeTime(editing.scheduledAt) + '.';
      $('segment-source').hidden = false;
    }
  } else if (startSegment) useSegment(startSegment); else schedulePreview();
  showSubject();
})();
