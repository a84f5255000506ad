// Prints the score table of the Lighthouse reports bench/lighthouse wrote (<name>-<run>.report.json; with several runs
// the median-performance run stands for the page), what kept a category below 100, and what each page loaded
// (requests, bytes, hosts). Usage: node summarize.mjs <report dir> <name|path>...
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const [dir, ...pages] = process.argv.slice(2);
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const rows = [];
const notes = [];
const network = [];
const missing = [];

for (const entry of pages) {
  const [name, fullPath] = entry.split('|');
  const path = fullPath.replace(/\?.*/, '?…'); // the query is printed above the table
  const runs = readdirSync(dir)
    .filter((f) => new RegExp(`^${name}-\\d+\\.report\\.json$`).test(f))
    .sort((a, b) => parseInt(a.slice(name.length + 1), 10) - parseInt(b.slice(name.length + 1), 10))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
  for (const run of runs) {
    if (run.runtimeError) missing.push(`${path}: runtime error ${run.runtimeError.code}: ${run.runtimeError.message}`);
  }
  const scored = runs.filter((run) => !run.runtimeError && run.categories.performance?.score != null);
  if (!scored.length) {
    rows.push([path, ...categories.map(() => 'n/a'), '']);
    if (!runs.length) missing.push(`${path}: no report (see ${name}-<run>.log)`);
    continue;
  }
  // The run with the median performance score stands for the page (the other categories do not vary between runs).
  scored.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
  const lhr = scored[Math.floor((scored.length - 1) / 2)];
  rows.push([path, ...categories.map((id) => {
    const score = lhr.categories[id]?.score;
    return score == null ? 'n/a' : String(Math.round(score * 100));
  }), runs.map((run) => (run.categories?.performance?.score == null ? 'n/a' : Math.round(run.categories.performance.score * 100))).join(' ')]);

  // Audits that cost points: weighted, scored below 1 (metrics for performance, pass/fail audits elsewhere).
  for (const id of categories) {
    const category = lhr.categories[id];
    if (!category || category.score === 1) continue;
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
        const value = audit.displayValue ? ` (${audit.displayValue})` : '';
        // Room ids are capabilities: room pages carry <meta name="robots" content="noindex"> on purpose.
        const intended = ref.id === 'is-crawlable' && path.startsWith('/rooms/') ? ' (intended: room pages are noindex)' : '';
        notes.push(`${path} ${id}: ${ref.id} score ${audit.score}${value}${intended}`);
      }
    }
  }

  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const pageHost = new URL(lhr.finalDisplayedUrl ?? lhr.finalUrl).host;
  const hosts = new Set();
  let transfer = 0;
  let resource = 0;
  for (const request of requests) {
    if (!/^https?:/.test(request.url)) continue;
    hosts.add(new URL(request.url).host);
    transfer += request.transferSize ?? 0;
    resource += request.resourceSize ?? 0;
  }
  const others = [...hosts].filter((host) => host !== pageHost);
  network.push([path, String(requests.length), kb(resource), kb(transfer), others.length ? others.join(' ') : 'none']);
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function table(header, body) {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) => '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
  console.log(line(header));
  console.log('|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|');
  body.forEach((r) => console.log(line(r)));
}

table(['page', ...categories, 'performance per run'], rows);
console.log();
if (missing.length) console.log('FAILED:\n  ' + missing.join('\n  ') + '\n');
if (notes.length) console.log('Below 100 because of:\n  ' + notes.join('\n  ') + '\n');
else if (!missing.length) console.log('Nothing below 100.\n');
console.log('What the browser loaded (Lighthouse network-requests; transferred = compressed, with headers):');
table(['page', 'requests', 'uncompressed', 'transferred', 'other hosts'], network);
if (missing.length) process.exitCode = 1;
