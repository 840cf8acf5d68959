// Times lunr in node (the V8 of Chromium) when its index is too large for a browser tab to load:
//   node --max-old-space-size=16000 lunr-query.js LUNR_FOLDER QUERY...   prints {"loaded": ms, "cold": [...], "warm": [...]}
'use strict';
const fs = require('fs');
const path = require('path');
const lunr = require('lunr');

const [folder, ...queries] = process.argv.slice(2);
const start = performance.now();
const text = fs.readFileSync(path.join(folder, 'index.js'), 'utf8');
const index = lunr.Index.load(JSON.parse(text.slice(text.indexOf('=') + 1, text.lastIndexOf(';'))));
const loaded = performance.now() - start;
const time = (q) => { const t = performance.now(); index.search(q); return performance.now() - t; };
const cold = queries.map(time);
const warm = queries.map(time);
console.log(JSON.stringify({ loaded, cold, warm }));
