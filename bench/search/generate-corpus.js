// Writes a deterministic archive of N articles (default 30,000) of 400-1,500 words for the search benchmark.
// Sentences come from the sample archive (site-content/), with about one word in six replaced by a word from a
// Zipf-distributed vocabulary of 60,000 made-up words, names and places (some accented, some Cyrillic), so the
// archive has the long tail of words a real one has. Same seed, same archive, byte for byte.
//   node generate-corpus.js OUT_FOLDER [COUNT]
'use strict';
const fs = require('fs');
const path = require('path');

const out = process.argv[2];
const count = parseInt(process.argv[3] || '30000', 10);
if (!out) {
  console.error('usage: node generate-corpus.js OUT_FOLDER [COUNT]');
  process.exit(2);
}

// mulberry32: a small seeded generator, so the corpus is the same on every run.
let seed = 20261126;
function random() {
  seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

// Sentences of the sample archive.
const sample = path.join(__dirname, '..', '..', 'site-content', 'articles');
const sentences = [];
(function walk(folder) {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      walk(full);
    } else if (entry.name.endsWith('.md')) {
      const body = fs.readFileSync(full, 'utf8').split(/^---$/m).slice(2).join('---');
      const text = body.split('\n')
        .filter((l) => l.trim() && !l.startsWith('#') && !l.startsWith('[^') && !l.startsWith('|') && !l.startsWith('!['))
        .join(' ')
        .replace(/\[\^\d+\]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`>]/g, '');
      for (const s of text.split(/(?<=[.!?])\s+(?=[A-Z"“‘])/)) {
        if (s.split(' ').length >= 6) {
          sentences.push(s.trim());
        }
      }
    }
  }
})(sample);

// A vocabulary of made-up words, ranked: word r is drawn with probability ~ 1/r.
const syllables = ['ba', 'ker', 'lin', 'do', 'mar', 'ton', 'sel', 'vi', 'ra', 'gan', 'hol', 'mey', 'tru', 'pen', 'cor',
  'dal', 'fen', 'wick', 'bur', 'ston', 'ash', 'ley', 'mor', 'ant', 'ish', 'el', 'ow', 'ric', 'ham', 'ford', 'pol', 'zan',
  'qui', 'ver', 'nos', 'tal', 'bri', 'ge', 'mu', 'sha'];
const accented = ['é', 'á', 'ö', 'ü', 'ñ', 'ç', 'ł', 'ø', 'å', 'ș'];
const cyrillic = ['ка', 'ро', 'ми', 'на', 'ле', 'то', 'ск', 'ва', 'бо', 'жи', 'цы', 'пу'];
const vocabulary = [];
const seen = new Set();
while (vocabulary.length < 60000) {
  let word;
  const kind = random();
  if (kind < 0.04) {
    word = Array.from({ length: between(2, 4) }, () => pick(cyrillic)).join('');
  } else {
    word = Array.from({ length: between(1, 4) }, () => pick(syllables)).join('');
    if (kind < 0.1) {
      const i = between(0, word.length - 1);
      word = word.slice(0, i) + pick(accented) + word.slice(i + 1);
    }
    if (kind > 0.8) {
      word = word[0].toUpperCase() + word.slice(1);
    }
  }
  if (!seen.has(word)) {
    seen.add(word);
    vocabulary.push(word);
  }
}
const harmonic = [];
let sum = 0;
for (let r = 1; r <= vocabulary.length; r++) {
  sum += 1 / r;
  harmonic.push(sum);
}
function zipfWord() {
  const x = random() * sum;
  let lo = 0;
  let hi = harmonic.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (harmonic[mid] < x) lo = mid + 1; else hi = mid;
  }
  return vocabulary[lo];
}

function sentence() {
  return pick(sentences).split(' ').map((w) => {
    if (random() >= 0.17) return w;
    const m = /^([“"‘(]*)(.*?)([.,;:!?”"’)]*)$/.exec(w);
    return m[1] + zipfWord() + m[3];
  }).join(' ');
}

function title() {
  const words = sentence().replace(/[“”"‘’.,;:!?()]/g, '').split(' ').filter(Boolean);
  const start = between(0, Math.max(0, words.length - 6));
  const t = words.slice(start, start + between(3, 7)).join(' ');
  return t[0].toUpperCase() + t.slice(1) + ' ' + zipfWord();
}

const yaml = (s) => '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
const slugify = (s) => s.normalize('NFKD').replace(/[^\x00-\x7f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'article';
function write(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

fs.rmSync(out, { recursive: true, force: true });
const sections = [['news', 'News and analysis'], ['history', 'History'], ['international', 'International'],
  ['workplace', 'Workplace news'], ['campaigns', 'Reports and campaigns'], ['comment', 'Comment'], ['obituaries', 'Obituaries'],
  ['editorial', 'Editorial']];
write(path.join(out, 'site.yml'), 'title: The Generated Broadsheet\nlanguage: en\nsections:\n' +
  sections.map(([id, t]) => `  - id: ${id}\n    title: ${t}\n`).join(''));

const topics = [];
for (let i = 0; i < 80; i++) {
  const name = `${vocabulary[i * 7 + 3]} ${vocabulary[i * 11 + 5]}`;
  const id = `${slugify(name)}-${i}`;
  topics.push(id);
  write(path.join(out, 'topics', `${id}.md`), `---\ntitle: ${yaml(name[0].toUpperCase() + name.slice(1))}\n---\n`);
}
const authors = [];
for (let i = 0; i < 400; i++) {
  authors.push(`${vocabulary[i * 3 + 1]} ${vocabulary[i * 5 + 2]}`.replace(/(^|\s)(\S)/g, (m, s, c) => s + c.toUpperCase()));
}

// A weekly issue from January 1996, twenty articles each; one article in twenty is web-only.
const perIssue = 20;
const start = Date.UTC(1996, 0, 3);
let textBytes = 0;
for (let n = 0; n < count; n++) {
  const issueNumber = Math.floor(n / perIssue) + 1;
  const date = new Date(start + (issueNumber - 1) * 7 * 86400000).toISOString().slice(0, 10);
  if (n % perIssue === 0) {
    write(path.join(out, 'issues', `${date}.md`), `---\ntitle: Issue ${issueNumber}\ndate: ${date}\nnumber: ${issueNumber}\n---\n`);
  }
  const t = title();
  const words = between(400, 1500);
  const paragraphs = [];
  let written = 0;
  while (written < words) {
    if (paragraphs.length > 0 && random() < 0.08) {
      paragraphs.push('## ' + title());
    }
    const p = [];
    for (let k = between(2, 5); k > 0 && written < words; k--) {
      const s = sentence();
      written += s.split(' ').length;
      p.push(s);
    }
    paragraphs.push(p.join(' '));
  }
  const webOnly = n % perIssue === perIssue - 1;
  const front = ['---', `title: ${yaml(t)}`];
  if (random() < 0.5) front.push(`subtitle: ${yaml(sentence().slice(0, 120))}`);
  front.push(`authors: [${Array.from(new Set([pick(authors), ...(random() < 0.15 ? [pick(authors)] : [])])).map(yaml).join(', ')}]`);
  if (webOnly) {
    front.push(`date: ${date}`);
  } else {
    front.push(`issue: ${date}`);
  }
  front.push(`section: ${pick(sections)[0]}`);
  front.push(`topics: [${Array.from(new Set(Array.from({ length: between(1, 3) }, () => pick(topics)))).join(', ')}]`);
  front.push('---');
  const text = front.join('\n') + '\n' + paragraphs.join('\n\n') + '\n';
  textBytes += Buffer.byteLength(text);
  write(path.join(out, 'articles', date.slice(0, 4), date.slice(5, 7), `${slugify(t)}-${n}.md`), text);
}
console.log(`${count} articles, ${(textBytes / 1048576).toFixed(1)} MiB of Markdown, in ${out}`);
