// The search benchmark, in one run: generates the 30,000-article archive (once), builds it with broadsheet, measures
// Broadsheet's index against the articles' text, times first results and queries from file:// in headless Chromium,
// then indexes the same articles with Pagefind and lunr and times them the same way. Prints a Markdown table.
//   cd bench/search && npm install && node run.js [--count 30000] [--skip-others] [--reuse]
// --reuse keeps a site and a Pagefind index already built by an earlier run (with their build times) and measures again.
'use strict';
const fs = require('fs');
const path = require('path');
const http = require('http');
const { execFileSync } = require('child_process');
const { chromium } = require('playwright-core');

const args = process.argv.slice(2);
const count = args.includes('--count') ? parseInt(args[args.indexOf('--count') + 1], 10) : 30000;
const skipOthers = args.includes('--skip-others');
const reuse = args.includes('--reuse');
const here = __dirname;
const repo = path.resolve(here, '..', '..');
const work = path.join(here, 'work');
const corpus = path.join(work, `corpus-${count}`);
const site = path.join(work, `site-${count}`);
const chromiumPath = process.env.BROADSHEET_CHROMIUM || '/usr/bin/chromium';

// Queries: a common word, two words, a prefix as typed, a phrase, a rare word, a word with a filter.
const QUERIES = ['strike', 'general strike', 'organis', '"the right to organise"', 'tolpuddle', 'miners union',
  'housing', 'dockers', 'petrograd 1917', 'wages'];

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN; };
const ms = (x) => (Number.isNaN(x) ? 'crashed' : `${x.toFixed(x < 10 ? 1 : 0)} ms`);
const mib = (bytes) => `${(bytes / 1048576).toFixed(1)} MiB`;

function folderBytes(folder, filter = () => true) {
  let total = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) total += folderBytes(full, filter);
    else if (filter(full)) total += fs.statSync(full).size;
  }
  return total;
}

function markdownFiles(folder, out = []) {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) markdownFiles(full, out);
    else if (entry.name.endsWith('.md')) out.push(full);
  }
  return out;
}

/** Runs a build step, or with --reuse takes the output and the time of an earlier run. */
function built(label, output, fn) {
  const record = output + '.seconds';
  if (reuse && fs.existsSync(record)) {
    return { seconds: parseFloat(fs.readFileSync(record, 'utf8')) };
  }
  const step = timed(label, fn);
  fs.writeFileSync(record, String(step.seconds));
  return step;
}

function timed(label, fn) {
  const start = Date.now();
  const result = fn();
  const seconds = (Date.now() - start) / 1000;
  console.error(`${label}: ${seconds.toFixed(1)} s`);
  return { result, seconds };
}

async function launch() {
  return chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--headless', '--disable-gpu'] });
}

/** Broadsheet from disk: first results when the page is opened with ?q=, then each query typed on the open page. */
async function measureBroadsheet(browser) {
  const root = 'file://' + site + '/search.html';
  const first = [];
  const firstShown = [];
  for (const q of QUERIES.slice(0, 5)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${root}?q=${encodeURIComponent(q)}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.BroadsheetSearch && window.BroadsheetSearch.firstShownAt, null, { timeout: 30000 });
    first.push(await page.evaluate(() => window.BroadsheetSearch.firstResultsAt));
    firstShown.push(await page.evaluate(() => window.BroadsheetSearch.firstShownAt));
    await context.close();
  }
  const page = await browser.newPage();
  await page.goto(root, { waitUntil: 'load' });
  await page.waitForFunction(() => window.BroadsheetSearch && window.BroadsheetSearch.firstShownAt);
  const cold = [];
  const warm = [];
  const coldShown = [];
  const counts = {};
  for (const [round, shownRound] of [[cold, coldShown], [warm, []]]) {
    for (const q of QUERIES) {
      const result = await page.evaluate((query) => new Promise((resolve) => {
        const form = document.querySelector('form[data-search-index]');
        const input = form.elements.q;
        const start = performance.now();
        let listed = null;
        form.addEventListener('broadsheet:results', function done(event) {
          if (event.detail.query === query) {
            form.removeEventListener('broadsheet:results', done);
            listed = { ms: performance.now() - start, count: event.detail.count };
          }
        });
        form.addEventListener('broadsheet:shown', function done(event) {
          if (event.detail.query === query) {
            form.removeEventListener('broadsheet:shown', done);
            resolve({ ms: listed.ms, count: listed.count, shown: performance.now() - start });
          }
        });
        input.value = query;
        input.dispatchEvent(new Event('input'));
      }), q);
      round.push(result.ms);
      shownRound.push(result.shown);
      counts[q] = result.count;
    }
  }
  await page.close();
  return { first, firstShown, cold, warm, coldShown, counts };
}

function serve(folder) {
  const types = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json' };
  const server = http.createServer((req, res) => {
    const file = path.join(folder, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!file.startsWith(folder) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Pagefind needs a server (it fetches its index and runs WebAssembly): over HTTP on 127.0.0.1. */
async function measurePagefind(browser) {
  const out = path.join(work, `pagefind-${count}`);
  const bin = path.join(here, 'node_modules', '.bin', 'pagefind');
  const build = built('pagefind', out, () => fs.rmSync(out, { recursive: true, force: true }) || execFileSync(bin, ['--site', site, '--glob', 'articles/**/*.html', '--output-path', out], { stdio: ['ignore', 'ignore', 'inherit'] }));
  const ui = /pagefind-(ui|modular-ui|component-ui|highlight)|\.css$/;
  const size = folderBytes(out, (f) => !ui.test(path.basename(f)));
  fs.writeFileSync(path.join(out, 'bench.html'), '<!DOCTYPE html><title>pagefind</title>');
  const server = await serve(work);
  const base = `http://127.0.0.1:${server.address().port}/pagefind-${count}/`;
  const search = async (page, q) => page.evaluate(async (query) => {
    const start = performance.now();
    const pf = window.pf || (window.pf = await import('./pagefind.js'));
    const found = await pf.search(query);
    await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
    return { ms: performance.now() - start, at: performance.now(), count: found.results.length };
  }, q);
  const first = [];
  for (const q of QUERIES.slice(0, 5)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(base + 'bench.html');
    first.push((await search(page, q)).at);
    await context.close();
  }
  const page = await browser.newPage();
  await page.goto(base + 'bench.html');
  const cold = [];
  const warm = [];
  for (const round of [cold, warm]) {
    for (const q of QUERIES) round.push((await search(page, q)).ms);
  }
  await page.close();
  server.close();
  const version = require('./node_modules/pagefind/package.json').version;
  return { name: `Pagefind ${version}`, size, buildSeconds: build.seconds, first, cold, warm, note: 'over HTTP (needs fetch and WebAssembly; fails from file://)' };
}

/** lunr: one serialized index of the same fields, loaded as a classic script so it runs from file:// too. */
async function measureLunr(browser) {
  const out = path.join(work, `lunr-${count}`);
  // lunr keeps the whole index in memory while it builds: node's default heap of 4 GB is not enough for 30,000 articles.
  const build = built('lunr', out, () => execFileSync('node', ['--max-old-space-size=16000', path.join(here, 'lunr-build.js'),
    path.join(corpus, 'articles'), out], { stdio: ['ignore', 'inherit', 'inherit'] }));
  fs.writeFileSync(path.join(out, 'bench.html'), '<!DOCTYPE html><title>lunr</title><script src="lunr.js"></script><script src="index.js"></script>' +
    '<script>window.idx=lunr.Index.load(window.lunrIndex);window.readyAt=performance.now();</script>');
  const size = fs.statSync(path.join(out, 'index.js')).size;
  const name = `lunr ${require('lunr/package.json').version}`;
  const lunrQuery = (q) => q.replace(/"/g, '').split(/\s+/).filter(Boolean).map((w) => '+' + w + (/^organis$/.test(w) ? '*' : '')).join(' ');
  const page = await browser.newPage();
  let loaded;
  try {
    await page.goto('file://' + out + '/bench.html', { waitUntil: 'load', timeout: 300000 });
    loaded = await page.evaluate(() => window.readyAt);
  } catch (error) {
    // A tab cannot hold an index this large: time the same queries in node, on the same V8, instead.
    console.error(`lunr in Chromium: ${error.message.split('\n')[0]}; timing it in node`);
    const result = JSON.parse(execFileSync('node', ['--max-old-space-size=16000', path.join(here, 'lunr-query.js'), out,
      ...QUERIES.map(lunrQuery)]).toString());
    return { name, size, buildSeconds: build.seconds, first: [NaN], cold: result.cold, warm: result.warm,
      note: `the page crashed loading its index from file://; in node: loads in ${(result.loaded / 1000).toFixed(1)} s, then queries as shown; no snippets; phrases as all words` };
  }
  const cold = [];
  const warm = [];
  for (const round of [cold, warm]) {
    for (const q of QUERIES) {
      round.push(await page.evaluate((query) => {
        const start = performance.now();
        idx.search(query);
        return performance.now() - start;
      }, lunrQuery(q)));
    }
  }
  await page.close();
  return { name, size, buildSeconds: build.seconds, first: [loaded], cold, warm, note: 'one index loaded whole; no snippets; phrases as all words' };
}

async function main() {
  if (!fs.existsSync(path.join(corpus, 'site.yml'))) {
    timed('corpus', () => execFileSync('node', [path.join(here, 'generate-corpus.js'), corpus, String(count)], { stdio: 'inherit' }));
  }
  execFileSync('dotnet', ['build', '-c', 'Release', path.join(repo, 'generator')], { stdio: ['ignore', 'ignore', 'inherit'] });
  const dll = path.join(repo, 'generator', 'bin', 'Release', 'net10.0', 'broadsheet.dll');
  const build = built('broadsheet build', site, () => execFileSync('dotnet', [dll, 'build', '--source', corpus, '--output', site], { stdio: ['ignore', 'inherit', 'inherit'] }));

  const files = markdownFiles(path.join(corpus, 'articles'));
  const text = files.reduce((s, f) => s + fs.statSync(f).size, 0);
  const index = folderBytes(path.join(site, 'search'));
  const parts = {};
  for (const f of fs.readdirSync(path.join(site, 'search'))) {
    const kind = f.split('-')[0].replace('.js', '');
    parts[kind] = (parts[kind] || 0) + fs.statSync(path.join(site, 'search', f)).size;
  }

  const browser = await launch();
  const chromeVersion = `Chromium ${browser.version()}`;
  const ours = await measureBroadsheet(browser);
  const rows = [{
    name: 'Broadsheet', size: index, buildSeconds: build.seconds, first: ours.first, cold: ours.cold, warm: ours.warm,
    note: 'from file://, classic scripts',
  }];
  const report = (r) => console.error(`${r.name}: ${mib(r.size)}, first ${median(r.first).toFixed(0)} ms, query ${median(r.cold).toFixed(1)} / ${median(r.warm).toFixed(1)} ms`);
  report(rows[0]);
  if (!skipOthers) {
    rows.push(await measurePagefind(browser));
    report(rows[1]);
    rows.push(await measureLunr(browser));
    report(rows[2]);
  }
  await browser.close();

  const lines = [];
  lines.push(`${count} articles, ${mib(text)} of Markdown (front matter and body); ${chromeVersion}, headless; node ${process.version}.`);
  lines.push('');
  lines.push('| engine | index size | % of text | build | first results | query, new words (median) | query, again (median) | notes |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const r of rows) {
    lines.push(`| ${r.name} | ${mib(r.size)} | ${(100 * r.size / text).toFixed(1)} % | ${r.buildSeconds.toFixed(0)} s | ${ms(median(r.first))} | ${ms(median(r.cold))} | ${ms(median(r.warm))} | ${r.note} |`);
  }
  lines.push('');
  lines.push(`Broadsheet's index by file kind: ${Object.entries(parts).sort().map(([k, v]) => `${k} ${mib(v)}`).join(', ')}; ` +
    `build is the whole site (${build.seconds.toFixed(0)} s, every page written and link-checked), not only the index.`);
  lines.push(`Broadsheet per query (new words, ms): ${QUERIES.map((q, i) => `${q} ${ours.cold[i].toFixed(1)} (${ours.counts[q]} results)`).join('; ')}.`);
  lines.push(`First results per page opened (ms): ${ours.first.map((x) => x.toFixed(0)).join(', ')}; with bylines and snippets: ${ours.firstShown.map((x) => x.toFixed(0)).join(', ')}.`);
  lines.push(`Broadsheet with bylines and snippets too (new words, median): ${ms(median(ours.coldShown))}; per query: ${ours.coldShown.map((x) => x.toFixed(1)).join(', ')}.`);
  console.log(lines.join('\n'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
