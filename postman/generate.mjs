// Builds the Postman collection from the CRM's OpenAPI document, so the two never drift apart.
// Usage: node postman/generate.mjs <openapi.json> > postman/mini-crm.postman_collection.json
// (scripts/postman.sh fetches the document from a running CRM and runs this.)
//
// Every operation becomes one request, bodies are the documented examples, and every request
// carries tests: no 5xx, a documented status, and problem+json for every rejection. Requests run
// in an order that lets later ones use what earlier ones created (ids are captured into variables).
import { readFileSync } from 'node:fs';

const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const METHOD_ORDER = ['POST', 'GET', 'PUT', 'PATCH', 'DELETE'];
// Tags in the order a story runs: data in, read it, segment it, campaign, receipts, AI, the rest.
const TAG_ORDER = ['Ingestion', 'Demo data', 'Customers', 'Segments', 'Campaigns', 'Delivery receipts', 'AI'];
const tagRank = (tag) => (TAG_ORDER.indexOf(tag) + 1 || TAG_ORDER.length + 1);

/** "/api/v1/segments/{id}" → the variable "segmentId"; other parameters keep their own name. */
function variableFor(path, name) {
  const segments = path.split('/');
  const at = segments.indexOf(`{${name}}`);
  if (name === 'id' && at > 0) {
    return segments[at - 1].replace(/ies$/, 'y').replace(/s$/, '').replace(/-(\w)/g, (_, c) => c.toUpperCase()) + 'Id';
  }
  return name;
}

/** "Needs an API key with the 'read' scope." from the operation's security requirement. */
function scopeNote(op) {
  const scopes = (op.security || []).flatMap((s) => s.apiKey || []);
  return scopes.length ? `Needs an API key with the '${scopes.join("' or '")}' scope.` : undefined;
}

function exampleOf(content) {
  const media = content && (content['application/json'] || Object.values(content)[0]);
  if (!media) return undefined;
  if (media.example !== undefined) return media.example;
  const first = media.examples && Object.values(media.examples)[0];
  return first ? first.value : undefined;
}

const variables = new Map([['baseUrl', 'http://localhost:8080']]);
const captured = new Set();
const creators = new Map();
const operations = [];
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(item)) {
    if (!METHOD_ORDER.includes(method.toUpperCase())) continue;
    operations.push({ path, method: method.toUpperCase(), op, tag: (op.tags || ['Other'])[0] });
  }
}
// Deletions run last, so nothing later depends on what they remove.
const isDelete = (o) => (o.method === 'DELETE' ? 1 : 0);
operations.sort((a, b) => isDelete(a) - isDelete(b) || tagRank(a.tag) - tagRank(b.tag) || a.tag.localeCompare(b.tag)
  || METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method)
  || a.path.split('/').length - b.path.split('/').length || a.path.localeCompare(b.path));

function request({ path, method, op }) {
  const params = op.parameters || [];
  for (const p of params.filter((p) => p.in === 'path')) {
    const name = variableFor(path, p.name);
    if (!variables.has(name)) variables.set(name, String(p.example ?? p.schema?.example ?? '1'));
  }
  // A PUT edits a fresh resource of its own, created from the PUT's own body in a variable of its own
  // (a scheduled campaign can be edited only while it is scheduled; the story's campaign has started).
  const collectionPath = path.replace(/\/\{\w+\}$/, '');
  const editable = method === 'PUT' && creators.has(collectionPath);
  const editVariable = `${variableFor(path, 'id')}ToEdit`;
  let rawPath = path.replace(/\{(\w+)\}/g, (_, n) => `{{${variableFor(path, n)}}}`);
  if (editable) {
    rawPath = rawPath.replace(/\{\{\w+\}\}$/, `{{${editVariable}}}`);
    variables.set(editVariable, '1');
  }
  const headers = [];
  const example = exampleOf(op.requestBody?.content);
  let body = example === undefined ? undefined
    : (typeof example === 'string' ? example : JSON.stringify(example, null, 2));
  // An id that an earlier request created replaces the example's number, e.g. "segmentId": {{segmentId}}.
  for (const name of captured) {
    if (body !== undefined) body = body.replace(new RegExp(`"${name}"\\s*:\\s*\\d+`, 'g'), `"${name}": {{${name}}}`);
  }
  if (body !== undefined) headers.push({ key: 'Content-Type', value: 'application/json' });
  const signed = (op.security || []).some((s) => 'vendorSignature' in s);
  const success = Object.keys(op.responses || {}).filter((c) => c.startsWith('2'));
  const tests = [
    `pm.test('no server error', () => pm.expect(pm.response.code).to.be.below(500));`,
    `pm.test('a documented success status', () => pm.expect(pm.response.code).to.be.oneOf(${JSON.stringify(success.map(Number))}));`,
    `if (pm.response.code >= 400) pm.test('rejections are problem+json', () => pm.expect(pm.response.headers.get('Content-Type')).to.include('application/problem+json'));`,
  ];
  if (method === 'POST' && !path.includes('{') && body !== undefined) creators.set(path, { path, body });
  if (method === 'POST' && !path.includes('{')) {
    const name = variableFor(`${path}/{id}`, 'id');
    captured.add(name);
    tests.push(`if (pm.response.code < 300) { const id = pm.response.text() && pm.response.json().id; if (id !== undefined) pm.collectionVariables.set('${name}', id); }`);
  }
  const events = [{ listen: 'test', script: { type: 'text/javascript', exec: tests } }];
  const creator = (method === 'DELETE' && creators.get(collectionPath)) || (editable && body !== undefined && { path: collectionPath, body });
  if (creator) {
    // Deletes (or edits) a fresh resource of its own, so that nothing created earlier (and in use) blocks it.
    const name = editable ? editVariable : variableFor(path, 'id');
    events.push({ listen: 'prerequest', script: { type: 'text/javascript', exec: [
      `pm.sendRequest({ url: pm.variables.replaceIn('{{baseUrl}}${creator.path}'), method: 'POST',`,
      `  header: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + pm.variables.get('apiKey') },`,
      `  body: { mode: 'raw', raw: pm.variables.replaceIn(${JSON.stringify(creator.body)}) } },`,
      `  (err, res) => { if (!err && res.code < 300) pm.collectionVariables.set('${name}', res.json().id); });`,
    ] } });
  }
  if (signed) {
    // The vendor signs '<epoch seconds>.<raw body>' with HMAC-SHA256 under the shared receipt secret.
    events.push({ listen: 'prerequest', script: { type: 'text/javascript', exec: [
      `const ts = Math.floor(Date.now() / 1000).toString();`,
      `pm.request.headers.upsert({ key: 'X-Vendor-Timestamp', value: ts });`,
      `const sig = CryptoJS.HmacSHA256(ts + '.' + pm.request.body.raw, pm.environment.get('receiptSecret') || pm.collectionVariables.get('receiptSecret')).toString(CryptoJS.enc.Hex);`,
      `pm.request.headers.upsert({ key: 'X-Vendor-Signature', value: sig });`,
    ] } });
  }
  const query = params.filter((p) => p.in === 'query' && p.example !== undefined)
    .map((p) => ({ key: p.name, value: String(p.example) }));
  return {
    name: `${method} ${path}`,
    event: events,
    request: {
      description: [op.summary, op.description, scopeNote(op)].filter(Boolean).join('\n\n'),
      method,
      header: headers,
      ...(signed ? { auth: { type: 'noauth' } } : {}),
      ...(body !== undefined ? { body: { mode: 'raw', raw: body, options: { raw: { language: 'json' } } } } : {}),
      url: {
        raw: `{{baseUrl}}${rawPath}` + (query.length ? '?' + query.map((q) => `${q.key}=${q.value}`).join('&') : ''),
        host: ['{{baseUrl}}'],
        path: rawPath.split('/').filter(Boolean),
        ...(query.length ? { query } : {}),
      },
    },
  };
}

const folders = [];
for (const op of operations) {
  const name = op.method === 'DELETE' ? 'Clean-up' : op.tag;
  let folder = folders.find((f) => f.name === name);
  if (!folder) folders.push(folder = { name, item: [] });
  folder.item.push(request(op));
}
// No value: the secret is the install's own (CRM_VENDOR_RECEIPT_SECRET); set it in your environment.
variables.set('receiptSecret', '');

const collection = {
  info: {
    name: spec.info?.title || 'Mini CRM API',
    description: 'Generated from the OpenAPI document by postman/generate.mjs; regenerate with scripts/postman.sh.',
    schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json',
  },
  auth: { type: 'bearer', bearer: [{ key: 'token', value: '{{apiKey}}', type: 'string' }] },
  item: folders,
  variable: [...variables].map(([key, value]) => ({ key, value })),
};
process.stdout.write(JSON.stringify(collection, null, 2) + '\n');
