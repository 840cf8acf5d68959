// Builds a lunr index of the generated archive's articles (title boosted, names, body) and writes it as a classic
// script (window.lunrIndex = ...), so it can be loaded from file://. Run by run.js with a larger heap:
//   node --max-old-space-size=16000 lunr-build.js CORPUS_ARTICLES_FOLDER OUT_FOLDER
'use strict';
const fs = require('fs');
const path = require('path');
const lunr = require('lunr');

const [folder, out] = process.argv.slice(2);
const files = [];
(function walk(f) {
  for (const e of fs.readdirSync(f, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(f, e.name);
    if (e.isDirectory()) walk(full); else if (e.name.endsWith('.md')) files.push(full);
  }
})(folder);
const index = lunr(function () {
  this.ref('id');
  this.field('title', { boost: 10 });
  this.field('meta');
  this.field('body');
  files.forEach((file, id) => {
    const [, front, ...body] = fs.readFileSync(file, 'utf8').split(/^---$/m);
    const title = (/^title: (.*)$/m.exec(front) || [])[1] || '';
    this.add({ id, title, meta: front.replace(/^title: .*$/m, ''), body: body.join('---').replace(/[#*_]/g, '') });
  });
});
fs.mkdirSync(out, { recursive: true });
const fd = fs.openSync(path.join(out, 'index.js'), 'w');
fs.writeSync(fd, 'window.lunrIndex=');
fs.writeSync(fd, JSON.stringify(index));
fs.writeSync(fd, ';\n');
fs.closeSync(fd);
fs.copyFileSync(require.resolve('lunr/lunr.js'), path.join(out, 'lunr.js'));
console.log(`lunr: ${files.length} articles indexed`);
