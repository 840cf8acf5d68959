/* Broadsheet search: answers queries in the browser from the index the build writes under search/.
   The index is a set of classic scripts that each call BroadsheetSearch.load(name, data), injected as <script>
   elements, so search works from file:// as well as from a server: no fetch, no XHR, no modules, no WebAssembly.
   The tokenizer and the stemmer are the same as generator/Render/Search/SearchTokenizer.cs and EnglishStemmer.cs. */
(function () {
  'use strict';

  // ---- Messages: the theme's strings in the site's language, which search.html puts beside the script ----

  var STRINGS = (function () {
    var element = document.getElementById('search-strings');
    try {
      return element ? JSON.parse(element.textContent) : {};
    } catch (e) {
      return {};
    }
  })();

  /** The message `key` with `values` in its places {0}, {1}…; a message with plural forms takes the one for values[0]. */
  function say(key, values) {
    var text = STRINGS[key];
    if (text && typeof text === 'object') {
      text = text[new Intl.PluralRules(STRINGS.language || 'en').select(values[0])] || text.other;
    }
    return String(text === undefined ? key : text).replace(/\{(\d)\}/g, function (all, i) {
      return values[+i] === undefined ? '' : values[+i];
    });
  }

  // ---- Tokens: as SearchTokenizer.cs ----

  var SPAN = /[\p{L}\p{M}\p{Nd}]+(?:['\u2019][\p{L}\p{M}\p{Nd}]+)*/gu;
  var DROPPED = /[\p{M}'\u2019]/gu;
  var WORD = /[\p{L}\p{Nd}]+/gu;
  var PLAIN = /^[A-Za-z0-9]+$/;
  var FOLDS = /[\u00df\u00e6\u0153\u00f8\u0111\u00f0\u0142\u0127\u00fe\u0131\u03c2]/g;
  var FOLD = {
    '\u00df': 'ss', '\u00e6': 'ae', '\u0153': 'oe', '\u00f8': 'o', '\u0111': 'd', '\u00f0': 'd',
    '\u0142': 'l', '\u0127': 'h', '\u00fe': 'th', '\u0131': 'i', '\u03c2': '\u03c3'
  };
  var MAX_TOKEN = 40;

  function isIdeograph(cp) {
    return (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) ||
      (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x2fa1f);
  }

  function pushToken(token, out) {
    if (token.length > 0 && token.length <= MAX_TOKEN) {
      out.push(token);
    }
  }

  /** The tokens of one span of word characters. */
  function spanTokens(span, out) {
    if (PLAIN.test(span)) {
      pushToken(span.toLowerCase(), out);
      return;
    }
    var folded = span.normalize('NFKD').replace(DROPPED, '').toLowerCase().replace(FOLDS, function (c) { return FOLD[c]; });
    var words = folded.match(WORD) || [];
    for (var i = 0; i < words.length; i++) {
      var current = '';
      for (var ch of words[i]) {
        if (isIdeograph(ch.codePointAt(0))) {
          pushToken(current, out);
          current = '';
          out.push(ch);
        } else {
          current += ch;
        }
      }
      pushToken(current, out);
    }
  }

  function tokenize(text) {
    var out = [];
    var spans = text.match(SPAN) || [];
    for (var i = 0; i < spans.length; i++) {
      spanTokens(spans[i], out);
    }
    return out;
  }

  // ---- Stems: Porter2, as EnglishStemmer.cs ----

  var EXCEPTIONS = {
    skis: 'ski', skies: 'sky', dying: 'die', lying: 'lie', tying: 'tie', idly: 'idl', gently: 'gentl', ugly: 'ugli',
    early: 'earli', only: 'onli', singly: 'singl', sky: 'sky', news: 'news', howe: 'howe', atlas: 'atlas',
    cosmos: 'cosmos', bias: 'bias', andes: 'andes'
  };
  var AFTER_1A = ['inning', 'outing', 'canning', 'herring', 'earring', 'proceed', 'exceed', 'succeed'];
  var STEP_1B = ['eedly', 'ingly', 'edly', 'eed', 'ing', 'ed'];
  var STEP_2 = [
    ['ational', 'ate'], ['fulness', 'ful'], ['iveness', 'ive'], ['ization', 'ize'], ['ousness', 'ous'],
    ['biliti', 'ble'], ['lessli', 'less'], ['tional', 'tion'],
    ['alism', 'al'], ['aliti', 'al'], ['ation', 'ate'], ['entli', 'ent'], ['fulli', 'ful'], ['iviti', 'ive'], ['ousli', 'ous'],
    ['abli', 'able'], ['alli', 'al'], ['anci', 'ance'], ['ator', 'ate'], ['enci', 'ence'], ['izer', 'ize'],
    ['bli', 'ble'], ['ogi', 'og'], ['li', '']
  ];
  var STEP_3 = [
    ['ational', 'ate'], ['tional', 'tion'], ['alize', 'al'], ['icate', 'ic'], ['iciti', 'ic'], ['ative', ''],
    ['ical', 'ic'], ['ness', ''], ['ful', '']
  ];
  var STEP_4 = ['ement', 'ance', 'ence', 'able', 'ible', 'ment', 'ant', 'ent', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize',
    'ion', 'al', 'er', 'ic'];
  var LOWER_AZ = /^[a-z]+$/;

  function isVowel(c) {
    return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y';
  }

  function afterVowelThenNonVowel(w, from) {
    var i = from;
    while (i < w.length && !isVowel(w[i])) {
      i++;
    }
    i++;
    while (i < w.length && isVowel(w[i])) {
      i++;
    }
    return Math.min(i + 1, w.length);
  }

  function endsShort(w, end) {
    if (end >= 3 && !isVowel(w[end - 1]) && w[end - 1] !== 'w' && w[end - 1] !== 'x' && w[end - 1] !== 'Y' &&
        isVowel(w[end - 2]) && !isVowel(w[end - 3])) {
      return true;
    }
    return end === 2 && !isVowel(w[1]) && isVowel(w[0]);
  }

  function hasVowel(w, end) {
    for (var i = 0; i < end; i++) {
      if (isVowel(w[i])) {
        return true;
      }
    }
    return false;
  }

  function findSuffix(w, list) {
    for (var i = 0; i < list.length; i++) {
      var suffix = typeof list[i] === 'string' ? list[i] : list[i][0];
      if (w.endsWith(suffix)) {
        return list[i];
      }
    }
    return null;
  }

  function stem(word) {
    if (word.length <= 2 || !LOWER_AZ.test(word)) {
      return word;
    }
    if (Object.prototype.hasOwnProperty.call(EXCEPTIONS, word)) {
      return EXCEPTIONS[word];
    }
    var w = '';
    for (var i = 0; i < word.length; i++) {
      w += word[i] === 'y' && (i === 0 || isVowel(w[i - 1])) ? 'Y' : word[i];
    }
    var p1;
    if (w.startsWith('gener') || w.startsWith('arsen')) {
      p1 = 5;
    } else if (w.startsWith('commun')) {
      p1 = 6;
    } else {
      p1 = afterVowelThenNonVowel(w, 0);
    }
    var p2 = p1 >= w.length ? w.length : afterVowelThenNonVowel(w, p1);

    // Step 1a
    if (w.endsWith('sses')) {
      w = w.slice(0, -2);
    } else if (w.endsWith('ied') || w.endsWith('ies')) {
      w = w.length - 3 >= 2 ? w.slice(0, -3) + 'i' : w.slice(0, -3) + 'ie';
    } else if (w.endsWith('us') || w.endsWith('ss')) {
      // kept
    } else if (w.endsWith('s') && hasVowel(w, w.length - 2)) {
      w = w.slice(0, -1);
    }
    if (AFTER_1A.indexOf(w) >= 0) {
      return w;
    }

    // Step 1b
    var suffix = findSuffix(w, STEP_1B);
    if (suffix !== null) {
      var start = w.length - suffix.length;
      if (suffix === 'eed' || suffix === 'eedly') {
        if (start >= p1) {
          w = w.slice(0, start) + 'ee';
        }
      } else if (hasVowel(w, start)) {
        w = w.slice(0, start);
        if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) {
          w += 'e';
        } else if (w.length >= 2 && w[w.length - 1] === w[w.length - 2] && 'bdfgmnprt'.indexOf(w[w.length - 1]) >= 0) {
          w = w.slice(0, -1);
        } else if (p1 === w.length && endsShort(w, w.length)) {
          w += 'e';
        }
      }
    }

    // Step 1c
    if (w.length >= 3 && (w[w.length - 1] === 'y' || w[w.length - 1] === 'Y') && !isVowel(w[w.length - 2])) {
      w = w.slice(0, -1) + 'i';
    }

    // Step 2
    var pair = findSuffix(w, STEP_2);
    if (pair !== null && w.length - pair[0].length >= p1) {
      var s2 = w.length - pair[0].length;
      if (pair[0] === 'ogi') {
        if (s2 > 0 && w[s2 - 1] === 'l') {
          w = w.slice(0, s2) + pair[1];
        }
      } else if (pair[0] === 'li') {
        if (s2 > 0 && 'cdeghkmnrt'.indexOf(w[s2 - 1]) >= 0) {
          w = w.slice(0, s2);
        }
      } else {
        w = w.slice(0, s2) + pair[1];
      }
    }

    // Step 3
    pair = findSuffix(w, STEP_3);
    if (pair !== null && w.length - pair[0].length >= p1) {
      var s3 = w.length - pair[0].length;
      if (!(pair[0] === 'ative' && s3 < p2)) {
        w = w.slice(0, s3) + pair[1];
      }
    }

    // Step 4
    suffix = findSuffix(w, STEP_4);
    if (suffix !== null && w.length - suffix.length >= p2) {
      var s4 = w.length - suffix.length;
      if (!(suffix === 'ion' && !(s4 > 0 && (w[s4 - 1] === 's' || w[s4 - 1] === 't')))) {
        w = w.slice(0, s4);
      }
    }

    // Step 5
    var last = w.length - 1;
    if (w[last] === 'e' && (last >= p2 || (last >= p1 && !endsShort(w, last)))) {
      w = w.slice(0, last);
    } else if (w[last] === 'l' && last >= p2 && last > 0 && w[last - 1] === 'l') {
      w = w.slice(0, last);
    }
    return w.replace(/Y/g, 'y');
  }

  // ---- Numbers: as VarChars.cs ----

  var DIGIT = new Int16Array(128).fill(-1);
  (function () {
    var d = 0;
    for (var c = 0x21; c <= 0x7e; c++) {
      if (c !== 0x22 && c !== 0x27 && c !== 0x5c && c !== 0x3c) {
        DIGIT[c] = d++;
      }
    }
  })();
  var LAST_BASE = 60;
  var MORE_BASE = 30;

  function decodeNumbers(text) {
    var out = [];
    var value = 0;
    for (var i = 0; i < text.length; i++) {
      var d = DIGIT[text.charCodeAt(i)];
      if (d >= LAST_BASE) {
        value = value * MORE_BASE + d - LAST_BASE;
      } else {
        out.push(value * LAST_BASE + d);
        value = 0;
      }
    }
    return out;
  }

  // ---- Loading the index ----

  var store = {};
  var waiting = {};
  var folder = '';

  /** Called by every file of the index as it loads. */
  function load(name, data) {
    store[name] = data;
  }

  function need(name) {
    if (store[name]) {
      return Promise.resolve(store[name]);
    }
    if (!waiting[name]) {
      waiting[name] = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = folder + name + '.js';
        script.onload = function () {
          if (store[name]) {
            resolve(store[name]);
          } else {
            reject(new Error(script.src + ' did not load'));
          }
        };
        script.onerror = function () {
          delete waiting[name];
          reject(new Error('could not load ' + script.src));
        };
        document.head.appendChild(script);
      });
    }
    return waiting[name];
  }

  /** As ShardKeys.FileName: a–z and 0–9 as they are, anything else as '_' and its hex code; the empty key is '_'. */
  function fileName(key) {
    if (key === '') {
      return '_';
    }
    var name = '';
    for (var ch of key) {
      name += /[a-z0-9]/.test(ch) ? ch : '_' + ch.codePointAt(0).toString(16);
    }
    return name;
  }

  /** The index, read once from index.js: each article's filter values and body length, and the shard keys. */
  function Index(data) {
    this.data = data;
    this.count = data.count;
    this.keys = data.shards;
    this.keySet = new Set(data.shards);
    var numbers = decodeNumbers(data.docs);
    this.year = new Int32Array(this.count);
    this.section = new Int32Array(this.count);
    this.topics = [];
    this.authors = [];
    var at = 0;
    for (var i = 0; i < this.count; i++) {
      this.year[i] = data.minYear + numbers[at++];
      this.section[i] = numbers[at++] - 1;
      this.topics.push(numbers.slice(at + 1, at + 1 + numbers[at]));
      at += 1 + numbers[at];
      this.authors.push(numbers.slice(at + 1, at + 1 + numbers[at]));
      at += 1 + numbers[at];
    }
    this.length = decodeNumbers(data.lengths);
    var total = 0;
    for (var j = 0; j < this.length.length; j++) {
      total += this.length[j];
    }
    this.averageLength = Math.max(1, total / Math.max(1, this.count));
    this.postings = new Map();
    this.positions = new Map();
  }

  /** The shard that holds a term: the longest key that starts it. */
  Index.prototype.keyOf = function (term) {
    var chars = Array.from(term);
    for (var n = Math.min(chars.length, 6); n >= 0; n--) {
      var key = chars.slice(0, n).join('');
      if (this.keySet.has(key)) {
        return key;
      }
    }
    return null;
  };

  /** Every shard that may hold a term starting with the prefix. */
  Index.prototype.keysForPrefix = function (prefix) {
    var keys = [];
    var own = this.keyOf(prefix);
    if (own !== null) {
      keys.push(own);
    }
    var i = lowerBound(this.keys, prefix);
    for (; i < this.keys.length && this.keys[i].startsWith(prefix); i++) {
      if (this.keys[i] !== own) {
        keys.push(this.keys[i]);
      }
    }
    return keys;
  };

  function lowerBound(sorted, value, step) {
    step = step || 1;
    var lo = 0;
    var hi = sorted.length / step;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (sorted[mid * step] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo * step;
  }

  function shardName(key) {
    return 't-' + fileName(key);
  }

  /** The encoded postings of a term from its loaded shard, or null. */
  Index.prototype.encoded = function (term) {
    var key = this.keyOf(term);
    var shard = key === null ? null : store[shardName(key)];
    if (!shard) {
      return null;
    }
    var i = lowerBound(shard.terms, term, 2);
    return i < shard.terms.length && shard.terms[i] === term ? shard.terms[i + 1] : null;
  };

  /** A term's postings: article ids, ascending, and for each its field code. */
  Index.prototype.postingsOf = function (term) {
    if (this.postings.has(term)) {
      return this.postings.get(term);
    }
    var text = this.encoded(term);
    var result = null;
    if (text !== null) {
      // Straight into typed arrays: a common term has tens of thousands of postings.
      var docs = new Int32Array(text.length >> 1);
      var codes = new Int32Array(text.length >> 1);
      var count = 0;
      var doc = -1;
      var value = 0;
      var second = false;
      for (var i = 0; i < text.length; i++) {
        var d = DIGIT[text.charCodeAt(i)];
        if (d >= LAST_BASE) {
          value = value * MORE_BASE + d - LAST_BASE;
          continue;
        }
        value = value * LAST_BASE + d;
        if (second) {
          codes[count++] = value;
        } else {
          doc += value + 1;
          docs[count] = doc;
        }
        second = !second;
        value = 0;
      }
      result = { docs: docs.subarray(0, count), codes: codes.subarray(0, count) };
    }
    this.postings.set(term, result);
    return result;
  };

  /** A term's word positions, per posting: positions[starts[i] .. starts[i + 1]). */
  Index.prototype.positionsOf = function (term) {
    if (this.positions.has(term)) {
      return this.positions.get(term);
    }
    var shard = store['p-' + fileName(this.keyOf(term))];
    var i = lowerBound(shard, term, 2);
    var numbers = decodeNumbers(shard[i + 1]);
    var starts = [0];
    var positions = [];
    for (var at = 0; at < numbers.length;) {
      var count = numbers[at++];
      var position = -1;
      for (var k = 0; k < count; k++) {
        position += numbers[at++] + 1;
        positions.push(position);
      }
      starts.push(positions.length);
    }
    var result = { starts: starts, positions: positions };
    this.positions.set(term, result);
    return result;
  };

  /** Stems whose words start with the prefix, most frequent first: terms themselves, and word forms stemmed otherwise. */
  Index.prototype.expansions = function (prefix) {
    var found = new Set();
    var keys = this.keysForPrefix(prefix);
    for (var k = 0; k < keys.length; k++) {
      var shard = store[shardName(keys[k])];
      if (!shard) {
        continue;
      }
      for (var i = lowerBound(shard.terms, prefix, 2); i < shard.terms.length && shard.terms[i].startsWith(prefix); i += 2) {
        found.add(shard.terms[i]);
      }
      for (var j = lowerBound(shard.forms, prefix, 2); j < shard.forms.length && shard.forms[j].startsWith(prefix); j += 2) {
        found.add(shard.forms[j + 1]);
      }
    }
    return Array.from(found);
  };

  // ---- Queries ----

  var TITLE_WEIGHT = 6;
  var META_WEIGHT = 2;
  var K1 = 1.2;
  var B = 0.75;
  var PREFIX_WEIGHT = 0.5;
  var MAX_EXPANSIONS = 20;

  /** Words (each may match the start of a longer word) and "quoted phrases" (exact words, next to each other). */
  function parseQuery(query, stemming) {
    var words = [];
    var phrases = [];
    var parts = query.match(/"[^"]*"?|[^\s"]+/g) || [];
    function term(token) {
      return stemming ? stem(token) : token;
    }
    parts.forEach(function (part) {
      var quoted = part[0] === '"';
      var tokens = tokenize(quoted ? part.replace(/"/g, '') : part);
      if (quoted && tokens.length > 1) {
        phrases.push(tokens.map(term));
      }
      tokens.forEach(function (token) {
        words.push({ token: token, term: term(token), prefix: !quoted && token.length >= 2 });
      });
    });
    return { words: words, phrases: phrases };
  }

  /** The shards a query needs before it can be answered. */
  function shardsFor(index, query) {
    var names = new Set();
    query.words.forEach(function (word) {
      var key = index.keyOf(word.term);
      if (key !== null) {
        names.add(shardName(key));
      }
      if (word.prefix) {
        index.keysForPrefix(word.token).forEach(function (k) { names.add(shardName(k)); });
      }
    });
    (index.data.positions ? query.phrases : []).forEach(function (phrase) {
      phrase.forEach(function (term) {
        var key = index.keyOf(term);
        if (key !== null) {
          names.add('p-' + fileName(key));
        }
      });
    });
    return Array.from(names);
  }

  /** For each word, the terms it matches with their weight: its own stem, then stems of longer words it starts. */
  function matchesFor(index, query) {
    return query.words.map(function (word) {
      var terms = new Map();
      terms.set(word.term, 1);
      if (word.prefix) {
        index.expansions(word.token)
          .filter(function (t) { return t !== word.term; })
          .map(function (t) { return { term: t, df: (index.encoded(t) || '').length }; })
          .sort(function (a, b) { return b.df - a.df || (a.term < b.term ? -1 : 1); })
          .slice(0, MAX_EXPANSIONS)
          .forEach(function (e) { terms.set(e.term, PREFIX_WEIGHT); });
      }
      return terms;
    });
  }

  /** Shards of stems that prefix expansion found in other shards. */
  function moreShardsFor(index, matches) {
    var names = new Set();
    matches.forEach(function (terms) {
      terms.forEach(function (weight, term) {
        var key = index.keyOf(term);
        if (key !== null && !store[shardName(key)]) {
          names.add(shardName(key));
        }
      });
    });
    return Array.from(names);
  }

  function passes(index, doc, filters) {
    if (filters.section >= 0 && index.section[doc] !== filters.section) {
      return false;
    }
    if (filters.topic >= 0 && index.topics[doc].indexOf(filters.topic) < 0) {
      return false;
    }
    if (filters.author >= 0 && index.authors[doc].indexOf(filters.author) < 0) {
      return false;
    }
    return index.year[doc] >= filters.from && index.year[doc] <= filters.to;
  }

  /** Ranks the articles that match every word (BM25F: title above names above body) and every phrase. */
  function rank(index, query, matches, filters) {
    var n = index.count;
    var score = new Float64Array(n);
    var matched = new Uint8Array(n);
    var highlight = new Set();
    for (var w = 0; w < matches.length; w++) {
      var best = new Float64Array(n);
      var touched = [];
      matches[w].forEach(function (weight, term) {
        var postings = index.postingsOf(term);
        if (postings === null) {
          return;
        }
        highlight.add(term);
        var idf = Math.log(1 + (n - postings.docs.length + 0.5) / (postings.docs.length + 0.5));
        for (var i = 0; i < postings.docs.length; i++) {
          var doc = postings.docs[i];
          if (matched[doc] !== w) {
            continue;
          }
          var code = postings.codes[i];
          var x = (code & 2 ? TITLE_WEIGHT : 0) + (code & 1 ? META_WEIGHT : 0) +
            (code >> 2) / (1 - B + B * index.length[doc] / index.averageLength);
          var s = weight * idf * x * (K1 + 1) / (x + K1);
          if (best[doc] === 0) {
            touched.push(doc);
          }
          if (s > best[doc]) {
            best[doc] = s;
          }
        }
      });
      for (var t = 0; t < touched.length; t++) {
        matched[touched[t]] = w + 1;
        score[touched[t]] += best[touched[t]];
      }
    }
    var results = [];
    for (var doc = 0; doc < n; doc++) {
      if (matched[doc] === matches.length && passes(index, doc, filters) && query.phrases.every(function (p) { return hasPhrase(index, doc, p); })) {
        results.push(doc);
      }
    }
    results.sort(function (a, b) { return score[b] - score[a] || a - b; });
    return { docs: results, highlight: highlight };
  }

  /** Whether the words of a phrase stand together; without word positions (a very large archive), all its words are enough. */
  function hasPhrase(index, doc, phrase) {
    if (!index.data.positions) {
      return true;
    }
    var lists = [];
    for (var i = 0; i < phrase.length; i++) {
      var postings = index.postingsOf(phrase[i]);
      if (postings === null) {
        return false;
      }
      var at = lowerBound(postings.docs, doc);
      if (postings.docs[at] !== doc) {
        return false;
      }
      var positions = index.positionsOf(phrase[i]);
      lists.push(positions.positions.slice(positions.starts[at], positions.starts[at + 1]));
    }
    return lists[0].some(function (start) {
      for (var k = 1; k < lists.length; k++) {
        if (lists[k].indexOf(start + k) < 0) {
          return false;
        }
      }
      return true;
    });
  }

  // ---- The page ----

  var PAGE = 20;

  function Search(form, index) {
    this.form = form;
    this.index = index;
    this.input = form.elements.q;
    this.status = document.getElementById('search-status');
    this.list = document.getElementById('search-results');
    this.more = document.getElementById('search-more');
    this.generation = 0;
    this.results = [];
    this.shown = 0;
    this.highlight = new Set();
  }

  Search.prototype.filters = function () {
    var el = this.form.elements;
    var index = this.index.data;
    function position(list, id) {
      for (var i = 0; i < list.length; i++) {
        if (list[i][0] === id) {
          return i;
        }
      }
      return id ? -2 : -1;
    }
    return {
      topic: position(index.topics, el.topic ? el.topic.value : ''),
      section: position(index.sections, el.section ? el.section.value : ''),
      author: position(index.authors, el.author ? el.author.value : ''),
      from: el.from && el.from.value ? parseInt(el.from.value, 10) : -Infinity,
      to: el.to && el.to.value ? parseInt(el.to.value, 10) : Infinity,
      any: ['topic', 'section', 'author', 'from', 'to'].some(function (n) { return el[n] && el[n].value; })
    };
  };

  /** Runs the query in the form; resolves when its first results are on the page. */
  Search.prototype.run = function () {
    var self = this;
    var generation = ++this.generation;
    var started = performance.now();
    var text = this.input.value;
    var query = parseQuery(text, this.index.data.stem);
    var filters = this.filters();
    this.remember();
    this.list.setAttribute('aria-busy', 'true');
    if (query.words.length === 0 && !filters.any) {
      return this.show(generation, text, [], new Set(), started, 'empty');
    }
    return Promise.all(shardsFor(this.index, query).map(need))
      .then(function () {
        var matches = matchesFor(self.index, query);
        return Promise.all(moreShardsFor(self.index, matches).map(need)).then(function () { return matches; });
      })
      .then(function (matches) {
        if (generation !== self.generation) {
          return null;
        }
        var ranked = rank(self.index, query, matches, filters);
        return self.show(generation, text, ranked.docs, ranked.highlight, started, ranked.docs.length ? 'results' : 'none');
      })
      .catch(function (error) {
        if (generation === self.generation) {
          self.status.textContent = say('broken', [error.message]);
          self.list.setAttribute('aria-busy', 'false');
        }
      });
  };

  /** Lists the results at once (titles are in index.js); resolves when their bylines and snippets are in too. */
  Search.prototype.show = function (generation, text, docs, highlight, started, state) {
    var self = this;
    this.results = docs;
    this.highlight = highlight;
    this.shown = 0;
    var details = this.render(PAGE);
    var count = docs.length;
    var total = self.index.count;
    var quoted = /^".*"$/.test(text.trim()) ? text.trim() : say('quoted', [text.trim()]);
    var filtered = self.filters().any;
    if (state === 'empty') {
      self.status.textContent = say('prompt', [total]);
    } else if (state === 'none') {
      self.status.textContent = !text.trim() ? say('none_at_all', []) : say(filtered ? 'none_filtered' : 'none', [quoted]);
    } else if (text.trim()) {
      self.status.textContent = say(filtered ? 'matches_filtered' : 'matches', [count, quoted]);
    } else {
      self.status.textContent = say(filtered ? 'count_filtered' : 'count', [count]);
    }
    if (!window.BroadsheetSearch.firstResultsAt) {
      // For the benchmark: when the first answer was on the page, from the moment the page was opened.
      window.BroadsheetSearch.firstResultsAt = performance.now();
    }
    self.form.dispatchEvent(new CustomEvent('broadsheet:results', { detail: { query: text, count: count, ms: performance.now() - started } }));
    return details.then(function () {
      if (generation !== self.generation) {
        return;
      }
      self.list.setAttribute('data-state', state);
      self.list.setAttribute('data-query', text);
      self.list.setAttribute('aria-busy', 'false');
      if (!window.BroadsheetSearch.firstShownAt) {
        window.BroadsheetSearch.firstShownAt = performance.now();
      }
      self.form.dispatchEvent(new CustomEvent('broadsheet:shown', { detail: { query: text, count: count, ms: performance.now() - started } }));
    });
  };

  /** Lists the next results by title at once; resolves when the files with the rest of what they show are in. */
  Search.prototype.render = function (howMany) {
    var self = this;
    var generation = this.generation;
    var from = this.shown;
    var docs = this.results.slice(from, from + howMany);
    var chunk = this.index.data.chunk;
    if (from === 0) {
      this.list.textContent = '';
    }
    var items = docs.map(function (doc) {
      var item = self.result(doc);
      self.list.appendChild(item);
      return item;
    });
    this.shown = from + docs.length;
    this.more.parentNode.hidden = this.shown >= this.results.length;
    var chunks = Array.from(new Set(docs.map(function (d) { return 'd-' + Math.floor(d / chunk); })));
    return Promise.all(chunks.map(need)).then(function () {
      if (generation === self.generation) {
        docs.forEach(function (doc, i) {
          self.details(items[i], doc, store['d-' + Math.floor(doc / chunk)][doc % chunk]);
        });
      }
    });
  };

  /** A result as index.js alone can show it: its title, linked. */
  Search.prototype.result = function (doc) {
    var item = document.createElement('li');
    item.className = 'search-result';
    var heading = document.createElement('h2');
    var link = document.createElement('a');
    var path = this.index.data.paths[doc];
    link.href = path[0] === '/' ? path.slice(1) : 'articles/' + path + '.html';
    this.marked(link, this.index.data.titles[doc]);
    heading.appendChild(link);
    item.appendChild(heading);
    return item;
  };

  /** Adds the thumbnail, standfirst, byline, date, section and opening words of a result, from its d-N.js. */
  Search.prototype.details = function (item, doc, shown) {
    var index = this.index;
    if (shown[4]) {
      item.classList.add('with-thumb');
      item.insertBefore(this.thumbnail(shown), item.firstChild);
    }
    if (shown[0]) {
      item.appendChild(this.paragraph('standfirst', shown[0]));
    }
    var meta = [];
    if (shown[1]) {
      meta.push(say('by', [shown[1]]));
    }
    if (shown[2]) {
      meta.push(shown[2]);
    }
    if (index.section[doc] >= 0) {
      meta.push(index.data.sections[index.section[doc]][1]);
    }
    // A page of the paper's own (About, Contact) has no byline, date or section.
    if (meta.length > 0) {
      var line = document.createElement('p');
      line.className = 'meta';
      line.textContent = meta.join(' \u00b7 ');
      item.appendChild(line);
    }
    if (shown[3]) {
      item.appendChild(this.paragraph('snippet', shown[3]));
    }
  };

  /** The result's thumbnail: WebP where the browser reads it, else JPEG, with its size so the list does not move. */
  Search.prototype.thumbnail = function (shown) {
    var picture = document.createElement('picture');
    picture.className = 'thumb';
    if (shown[5]) {
      var source = document.createElement('source');
      source.type = 'image/webp';
      source.srcset = shown[5];
      picture.appendChild(source);
    }
    var img = document.createElement('img');
    img.src = shown[4];
    img.width = Number(shown[6]);
    img.height = Number(shown[7]);
    img.alt = shown[8];
    img.loading = 'lazy';
    img.decoding = 'async';
    picture.appendChild(img);
    return picture;
  };

  Search.prototype.paragraph = function (className, text) {
    var p = document.createElement('p');
    p.className = className;
    this.marked(p, text);
    return p;
  };

  /** Writes text into an element with the words that matched the query in <mark>. */
  Search.prototype.marked = function (element, text) {
    var highlight = this.highlight;
    var stemming = this.index.data.stem;
    var at = 0;
    var match;
    SPAN.lastIndex = 0;
    while ((match = SPAN.exec(text)) !== null) {
      var tokens = [];
      spanTokens(match[0], tokens);
      var hit = tokens.some(function (t) { return highlight.has(stemming ? stem(t) : t); });
      if (hit) {
        element.appendChild(document.createTextNode(text.slice(at, match.index)));
        var mark = document.createElement('mark');
        mark.textContent = match[0];
        element.appendChild(mark);
        at = match.index + match[0].length;
      }
    }
    element.appendChild(document.createTextNode(text.slice(at)));
  };

  /** Keeps the query in the page's address, so a search can be bookmarked, shared and reloaded. */
  Search.prototype.remember = function () {
    var params = new URLSearchParams();
    var el = this.form.elements;
    ['q', 'topic', 'section', 'author', 'from', 'to'].forEach(function (name) {
      if (el[name] && el[name].value) {
        params.set(name, el[name].value);
      }
    });
    var search = params.toString();
    try {
      history.replaceState(null, '', search ? '?' + search : location.pathname.split('/').pop());
    } catch (e) {
      // Some browsers refuse to change the address of a page read from disk; the search still works.
    }
  };

  Search.prototype.start = function () {
    var self = this;
    var el = this.form.elements;
    var params = new URLSearchParams(location.search);
    ['q', 'topic', 'section', 'author', 'from', 'to'].forEach(function (name) {
      if (el[name] && params.has(name)) {
        el[name].value = params.get(name);
      }
    });
    this.input.addEventListener('input', function () { self.run(); });
    ['topic', 'section', 'author', 'from', 'to'].forEach(function (name) {
      if (el[name]) {
        el[name].addEventListener('change', function () { self.run(); });
      }
    });
    this.form.addEventListener('submit', function (event) {
      event.preventDefault();
      self.run().then(function () { self.focusResult(0); });
    });
    this.input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' && self.focusResult(0)) {
        event.preventDefault();
      }
    });
    this.list.addEventListener('keydown', function (event) {
      var links = Array.prototype.slice.call(self.list.querySelectorAll('h2 a'));
      var i = links.indexOf(document.activeElement);
      if (i < 0 || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) {
        return;
      }
      event.preventDefault();
      if (event.key === 'ArrowUp' && i === 0) {
        self.input.focus();
      } else {
        self.focusResult(event.key === 'ArrowDown' ? Math.min(i + 1, links.length - 1) : i - 1);
      }
    });
    this.more.addEventListener('click', function () {
      var first = self.shown;
      self.render(PAGE).then(function () { self.focusResult(first); });
    });
    this.list.setAttribute('aria-busy', 'false');
    return this.run();
  };

  Search.prototype.focusResult = function (i) {
    var links = this.list.querySelectorAll('h2 a');
    if (i < links.length) {
      links[i].focus();
      return true;
    }
    return false;
  };

  function start() {
    var form = document.querySelector('form[data-search-index]');
    if (!form) {
      return;
    }
    var url = form.getAttribute('data-search-index');
    folder = url.slice(0, url.lastIndexOf('/') + 1);
    need('index').then(function (data) {
      var search = new Search(form, new Index(data));
      window.BroadsheetSearch.page = search;
      return search.start();
    }).catch(function (error) {
      var status = document.getElementById('search-status');
      if (status) {
        status.textContent = say('broken', [error.message]);
      }
    });
  }

  window.BroadsheetSearch = { load: load, tokenize: tokenize, stem: stem, decodeNumbers: decodeNumbers };
  // A deferred script runs before the index.js tag after it: start once the page and its deferred scripts are in.
  if (document.readyState === 'loading' || (document.currentScript && document.currentScript.defer)) {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
