// Page weight of pages of a running instance, as a first visit loads them: the HTML and every subresource it refers to
// (stylesheets, scripts, icons, images, preloads, url()s and @imports in stylesheets), each fetched twice, once with
// "Accept-Encoding: identity" (uncompressed size) and once with "Accept-Encoding: gzip" (bytes on the wire, body only).
// Also shows, per static asset, whether its URL is fingerprinted, its Cache-Control and its Content-Encoding.
//
// Usage: node page-weight.mjs <base url> <budget bytes> <path>...   Exit status 1 when a check fails.
// A path written as info:<path> is measured and its headers checked, but it is not held to the budget.
// No dependencies: Node's http client only.
import http from 'node:http';
import https from 'node:https';

const [base, budgetArg, ...paths] = process.argv.slice(2);
const budget = Number(budgetArg);
const YEAR = 365 * 24 * 3600;
const failures = [];

function get(url, encoding) {
  return new Promise((resolve, reject) => {
    const client = url.startsWith('https:') ? https : http;
    const request = client.get(url, { headers: { 'Accept-Encoding': encoding, Accept: '*/*' }, timeout: 30000 }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`timeout: ${url}`)));
    request.on('error', reject);
  });
}

function attributes(tag) {
  const attrs = {};
  for (const m of tag.matchAll(/([\w:-]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
    attrs[m[1].toLowerCase()] = (m[3] ?? m[4] ?? m[5]).replace(/&amp;/g, '&');
  }
  return attrs;
}

// Subresources a browser fetches for the document (not links to other pages).
function htmlReferences(html) {
  const refs = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const [tag] of withoutComments.matchAll(/<(link|script|img|source|iframe|video|audio|embed|object|input)\b[^>]*>/gi)) {
    const a = attributes(tag);
    const name = tag.slice(1).split(/[\s>]/)[0].toLowerCase();
    if (name === 'link') {
      const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
      if (a.href && rel.some((r) => ['stylesheet', 'icon', 'apple-touch-icon', 'preload', 'modulepreload', 'manifest', 'prefetch'].includes(r))) {
        refs.push(a.href);
      }
    } else {
      if (a.src) refs.push(a.src);
      if (a.data && name === 'object') refs.push(a.data);
      if (a.poster) refs.push(a.poster);
      if (a.srcset) a.srcset.split(',').forEach((part) => refs.push(part.trim().split(/\s+/)[0]));
    }
  }
  for (const m of withoutComments.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) refs.push(m[1]); // style attributes
  return refs.filter((r) => r && !r.startsWith('data:') && !r.startsWith('#'));
}

function cssReferences(css) {
  const refs = [];
  for (const m of css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) refs.push(m[1]);
  for (const m of css.matchAll(/@import\s+['"]([^'"]+)['"]/g)) refs.push(m[1]);
  return refs.filter((r) => !r.startsWith('data:') && !r.startsWith('#'));
}

function kind(contentType, url) {
  const type = (contentType ?? '').split(';')[0];
  if (type === 'text/html') return 'html';
  if (type === 'text/css') return 'css';
  if (/javascript/.test(type)) return 'js';
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('font/') || /\.woff2?$/.test(url)) return 'font';
  return type || 'other';
}

function maxAge(cacheControl) {
  const m = /max-age=(\d+)/.exec(cacheControl ?? '');
  return m ? Number(m[1]) : null;
}

function human(seconds) {
  if (seconds == null) return '-';
  if (seconds >= 86400) return `${Math.round(seconds / 86400)}d`;
  return `${seconds}s`;
}

// Short names for the summary: the full query of each page is printed above its own table.
const queries = [];
function summaryName(path) {
  if (!path.includes('?')) return path;
  queries.push(path);
  return path.replace(/\?.*/, `?… (${queries.length})`);
}

function table(header, body) {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => String(r[i]).length)));
  const line = (cells) => '| ' + cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' | ') + ' |';
  console.log(line(header));
  console.log('|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|');
  body.forEach((r) => console.log(line(r)));
}

async function measure(url) {
  const plain = await get(url, 'identity');
  const zipped = await get(url, 'gzip');
  return {
    url,
    status: plain.status,
    kind: kind(plain.headers['content-type'], url),
    uncompressed: plain.body.length,
    compressed: zipped.body.length,
    encoding: zipped.headers['content-encoding'] ?? 'none',
    identityEncoding: plain.headers['content-encoding'] ?? 'none',
    cacheControl: zipped.headers['cache-control'] ?? '',
    vary: zipped.headers['vary'] ?? '',
    body: plain.body.toString('utf8'),
  };
}

const summary = [];
for (const arg of paths) {
  const informational = arg.startsWith('info:');
  const path = informational ? arg.slice('info:'.length) : arg;
  const pageUrl = new URL(path, base).href;
  const pageHost = new URL(pageUrl).host;
  const page = await measure(pageUrl);
  const resources = [page];
  const seen = new Set([pageUrl]);
  const queue = htmlReferences(page.body).map((ref) => new URL(ref, pageUrl).href);
  const otherHosts = new Set();
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    seen.add(url);
    const host = new URL(url).host;
    if (host !== pageHost) {
      otherHosts.add(host); // listed and counted as a failure, never fetched
      continue;
    }
    const resource = await measure(url);
    resources.push(resource);
    if (resource.kind === 'css') cssReferences(resource.body).forEach((ref) => queue.push(new URL(ref, url).href));
  }

  console.log(`\n${path}`);
  const rows = resources.map((r) => {
    const name = r.url.slice(new URL(r.url).origin.length);
    const fingerprinted = r.kind === 'html' ? '' : /-[0-9a-f]{32}\.\w+$/.test(new URL(r.url).pathname) ? 'yes' : 'no';
    return [name.length > 60 ? name.slice(0, 59) + '…' : name, r.status, r.kind, r.uncompressed, r.compressed, r.encoding,
      r.cacheControl || '-', fingerprinted];
  });
  const total = resources.reduce((s, r) => s + r.uncompressed, 0);
  const totalCompressed = resources.reduce((s, r) => s + r.compressed, 0);
  rows.push(['total', '', '', total, totalCompressed, '', '', '']);
  table(['resource', 'status', 'type', 'bytes', 'gzip bytes', 'gzip', 'cache-control', 'fingerprinted'], rows);
  const byKind = {};
  for (const r of resources) {
    byKind[r.kind] ??= [0, 0];
    byKind[r.kind][0] += r.uncompressed;
    byKind[r.kind][1] += r.compressed;
  }
  console.log('by type: ' + Object.entries(byKind).map(([k, [u, c]]) => `${k} ${u} B (gzip ${c} B)`).join(', '));
  console.log(`other hosts: ${otherHosts.size ? [...otherHosts].join(', ') : 'none'}`);

  // Checks.
  if (totalCompressed > budget && !informational) failures.push(`${path}: ${totalCompressed} bytes transferred (gzip), over the budget of ${budget}`);
  if (otherHosts.size) failures.push(`${path}: requests to other hosts: ${[...otherHosts].join(', ')}`);
  for (const r of resources) {
    const name = r.url.slice(new URL(r.url).origin.length);
    if (r.status !== 200) failures.push(`${name}: status ${r.status}`);
    if (r.identityEncoding !== 'none') failures.push(`${name}: compressed although the client only accepts identity`);
    if (['html', 'css', 'js'].includes(r.kind) && r.uncompressed >= 2048 && r.encoding !== 'gzip') {
      failures.push(`${name}: not gzip-compressed although the client accepts gzip`);
    }
    if (r.encoding === 'gzip' && !/accept-encoding/i.test(r.vary)) failures.push(`${name}: compressed without Vary: Accept-Encoding`);
    if (['css', 'js'].includes(r.kind)) {
      if (!/-[0-9a-f]{32}\.\w+$/.test(new URL(r.url).pathname)) failures.push(`${name}: URL not fingerprinted`);
      if ((maxAge(r.cacheControl) ?? 0) < YEAR) failures.push(`${name}: cache lifetime ${human(maxAge(r.cacheControl))}, under a year`);
    }
  }
  summary.push([summaryName(path), resources.length, total, (total / 1024).toFixed(1), totalCompressed,
    (totalCompressed / 1024).toFixed(1), totalCompressed <= budget ? 'yes' : informational ? 'no (info only)' : 'NO', otherHosts.size ? [...otherHosts].join(' ') : 'none']);
}

console.log('\nSummary (bytes = response bodies; gzip bytes = bodies as sent to a client that accepts gzip)');
table(['page', 'requests', 'bytes', 'KB', 'gzip bytes', 'gzip KB', `gzip within ${(budget / 1024).toFixed(0)} KB`, 'other hosts'], summary);
queries.forEach((q, i) => console.log(`(${i + 1}) ${q}`));
if (failures.length) {
  console.log('\nFAILED:\n  ' + failures.join('\n  '));
  process.exit(1);
}
console.log('\nAll checks passed: within budget, no other hosts, CSS and JS fingerprinted and cached for a year, text compressed when gzip is accepted.');
