/* Briefing's search page: reads the sharded index under search/ (written by
   org.briefing.search.SearchIndexer) piece by piece, with no server and no request outside the site.

   Terms are made exactly as SearchTerms.java makes them (folding, the Porter stemmer, stop words);
   a shared word list pins the two together in SearchTermsTest and the browser test. A query loads
   manifest.json once, then for each word only the shard that holds it, and for each result on
   screen one small compressed file with its title, line and text.

   Hand-written (no dependency); MIT, as the project. */
(function () {
  'use strict';

  // ---- Terms: the same rules as org.briefing.search.SearchTerms ---------------------------------

  var STOP_WORDS = new Set([
    'a', 'about', 'after', 'all', 'also', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'been', 'before',
    'but', 'by', 'can', 'could', 'did', 'do', 'does', 'for', 'from', 'had', 'has', 'have', 'he', 'her',
    'his', 'if', 'in', 'into', 'is', 'it', 'its', 'more', 'no', 'not', 'of', 'on', 'or', 'other', 'our',
    'out', 'over', 'said', 'says', 'she', 'so', 'some', 'than', 'that', 'the', 'their', 'them', 'then',
    'there', 'these', 'they', 'this', 'those', 'to', 'up', 'was', 'we', 'were', 'what', 'when', 'which',
    'while', 'who', 'will', 'with', 'would', 'you']);
  var WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019][\p{L}\p{M}\p{N}]+)*/gu;
  var MARKS = /\p{M}+/gu;
  var LATIN = /^[a-z]+$/;
  var LETTER = /^\p{L}$/u;
  var DIGIT = /^\p{Nd}$/u;
  var SPECIAL = { '\u00df': 'ss', '\u00e6': 'ae', '\u0153': 'oe', '\u00f8': 'o', '\u0111': 'd', '\u00f0': 'd',
    '\u00fe': 'th', '\u0142': 'l', '\u0131': 'i' };

  function fold(word) {
    var bare = word.toLowerCase().normalize('NFD').replace(MARKS, '');
    var out = '';
    for (var i = 0; i < bare.length; i++) {
      var c = bare.charAt(i);
      out += Object.prototype.hasOwnProperty.call(SPECIAL, c) ? SPECIAL[c] : c;
    }
    return out.normalize('NFC');
  }

  function plain(word) {
    var folded = fold(word);
    if (folded.endsWith("'s") || folded.endsWith('\u2019s')) {
      folded = folded.substring(0, folded.length - 2);
    }
    return folded.replace(/['\u2019]/g, '');
  }

  function stemOf(word) {
    return LATIN.test(word) ? porter(word) : word;
  }

  var words = new Map();

  /** A word as written, folded and stemmed once: result texts repeat the same words. */
  function wordOf(raw) {
    var word = words.get(raw);
    if (word === undefined) {
      var folded = plain(raw);
      word = { plain: folded, term: folded.length ? stemOf(folded) : '',
        stop: folded.length > 0 && (STOP_WORDS.has(folded) || (folded.length < 2 && !DIGIT.test(folded.charAt(0)))) };
      words.set(raw, word);
    }
    return word;
  }

  /**
   * Every word of text as {term, stop, start, end}, in order; given isHit, only up to the first
   * word for which it holds and after more words (a snippet needs no more).
   */
  function tokens(text, isHit, after) {
    var found = [];
    var stopAt = -1;
    WORD.lastIndex = 0;
    var match;
    while ((match = WORD.exec(text)) !== null && (stopAt < 0 || found.length < stopAt)) {
      var word = wordOf(match[0]);
      var end = match.index + match[0].length;
      if (word.plain.length === 0) {
        continue;
      }
      if ((word.plain === 'al' || word.plain === 'el') && end + 1 < text.length && text.charAt(end) === '-'
          && LETTER.test(text.charAt(end + 1))) {
        continue;
      }
      var token = { term: word.term, stop: word.stop, start: match.index, end: end };
      found.push(token);
      if (isHit && stopAt < 0 && isHit(token)) { stopAt = found.length + after; }
    }
    return found;
  }

  /** The index's terms of text: every word but stop words. */
  function terms(text) {
    return tokens(text).filter(function (t) { return !t.stop; }).map(function (t) { return t.term; });
  }

  // ---- The Porter stemmer: a line-for-line copy of org.briefing.search.PorterStemmer -------------

  function porter(word) {
    if (word.length <= 2) {
      return word;
    }
    var b = word.split('');
    var k = b.length - 1;
    var j = 0;

    function consonant(i) {
      switch (b[i]) {
        case 'a': case 'e': case 'i': case 'o': case 'u': return false;
        case 'y': return i === 0 || !consonant(i - 1);
        default: return true;
      }
    }
    function measure() {
      var n = 0;
      var i = 0;
      for (;;) {
        if (i > j) { return n; }
        if (!consonant(i)) { break; }
        i++;
      }
      i++;
      for (;;) {
        for (;;) {
          if (i > j) { return n; }
          if (consonant(i)) { break; }
          i++;
        }
        i++;
        n++;
        for (;;) {
          if (i > j) { return n; }
          if (!consonant(i)) { break; }
          i++;
        }
        i++;
      }
    }
    function vowelInStem() {
      for (var i = 0; i <= j; i++) {
        if (!consonant(i)) { return true; }
      }
      return false;
    }
    function doubleConsonant(i) {
      return i >= 1 && b[i] === b[i - 1] && consonant(i);
    }
    function cvc(i) {
      if (i < 2 || !consonant(i) || consonant(i - 1) || !consonant(i - 2)) { return false; }
      return b[i] !== 'w' && b[i] !== 'x' && b[i] !== 'y';
    }
    function ends(suffix) {
      var length = suffix.length;
      if (length > k + 1) { return false; }
      for (var i = 0; i < length; i++) {
        if (b[k - length + 1 + i] !== suffix.charAt(i)) { return false; }
      }
      j = k - length;
      return true;
    }
    function setTo(ending) {
      for (var i = 0; i < ending.length; i++) {
        b[j + 1 + i] = ending.charAt(i);
      }
      k = j + ending.length;
    }
    function replaceIfMeasured(ending) {
      if (measure() > 0) { setTo(ending); }
    }
    function replaceFirst(rules) {
      for (var i = 0; i < rules.length; i++) {
        if (ends(rules[i][0])) {
          replaceIfMeasured(rules[i][1]);
          return;
        }
      }
    }

    // step 1ab
    if (b[k] === 's') {
      if (ends('sses')) { k -= 2; } else if (ends('ies')) { setTo('i'); } else if (b[k - 1] !== 's') { k--; }
    }
    if (ends('eed')) {
      if (measure() > 0) { k--; }
    } else if ((ends('ed') || ends('ing')) && vowelInStem()) {
      k = j;
      if (ends('at')) { setTo('ate'); } else if (ends('bl')) { setTo('ble'); } else if (ends('iz')) { setTo('ize'); } else if (doubleConsonant(k)) {
        k--;
        var last = b[k];
        if (last === 'l' || last === 's' || last === 'z') { k++; }
      } else if (measure() === 1 && cvc(k)) {
        j = k;
        setTo('e');
      }
    }
    if (k > 0) {
      // step 1c
      if (ends('y') && vowelInStem()) { b[k] = 'i'; }
      replaceFirst(STEP2);
      replaceFirst(STEP3);
      // step 4
      for (var s = 0; s < STEP4.length; s++) {
        if (ends(STEP4[s])) {
          if (STEP4[s] === 'ion' && (j < 0 || (b[j] !== 's' && b[j] !== 't'))) { break; }
          if (measure() > 1) { k = j; }
          break;
        }
      }
      // step 5
      j = k;
      if (b[k] === 'e') {
        var m = measure();
        if (m > 1 || (m === 1 && !cvc(k - 1))) { k--; }
      }
      if (b[k] === 'l' && doubleConsonant(k) && measure() > 1) { k--; }
    }
    return b.slice(0, k + 1).join('');
  }

  var STEP2 = [['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'],
    ['bli', 'ble'], ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'],
    ['ization', 'ize'], ['ation', 'ate'], ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'],
    ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'], ['iviti', 'ive'], ['biliti', 'ble'],
    ['logi', 'log']];
  var STEP3 = [['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', '']];
  var STEP4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion', 'ou', 'ism',
    'ate', 'iti', 'ous', 'ive', 'ize'];

  // ---- The index: manifest, shards, postings and result files ------------------------------------

  var KINDS = ['stories', 'articles', 'actors', 'places', 'outlets'];
  var STORY = 0;
  var ARTICLE = 1;
  var ACTOR = 2;
  var PLACE = 3;
  var OUTLET = 4;
  var PAGE = 10;

  function Index(url) {
    this.url = url;
    this.files = new Map();
    this.manifest = null;
  }

  Index.prototype.fetchBytes = function (path) {
    var self = this;
    if (!this.files.has(path)) {
      this.files.set(path, fetch(this.url + path).then(function (response) {
        if (!response.ok) { throw new Error(path + ': ' + response.status); }
        return response.arrayBuffer();
      }).then(function (buffer) { return new Uint8Array(buffer); }));
    }
    return this.files.get(path).catch(function (error) {
      self.files.delete(path);
      throw error;
    });
  };

  Index.prototype.load = function () {
    var self = this;
    return fetch(this.url + 'manifest.json').then(function (response) {
      if (!response.ok) { throw new Error('manifest.json: ' + response.status); }
      return response.json();
    }).then(function (manifest) {
      self.manifest = manifest;
      self.kinds = manifest.kinds.map(function (kind) {
        var starts = [];
        var days = [];
        var n = kind.undated;
        var day = 0;
        for (var i = 0; i < kind.days.length; i += 2) {
          day = i === 0 ? kind.days[0] : day + kind.days[i];
          days.push(day);
          starts.push(n);
          n += kind.days[i + 1];
        }
        return { count: kind.count, undated: kind.undated, days: days, starts: starts };
      });
    });
  };

  /** The stories' spans, loaded only for a date filter. */
  Index.prototype.loadSpans = function () {
    var self = this;
    return this.fetchBytes('spans.bin').then(function (spans) { self.spans = spans; });
  };

  /** The file of the shard that holds key, or null when no shard can. */
  function shardFile(names, letter, key) {
    var lo = 0;
    var hi = names.length - 1;
    var found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (names[mid] <= key) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    if (found < 0) { return null; }
    var name = names[found];
    if (/^[a-z0-9]*$/.test(name)) { return letter + name; }
    var hex = letter + '_';
    for (var i = 0; i < name.length; i++) {
      hex += ('000' + name.charCodeAt(i).toString(16)).slice(-4);
    }
    return hex;
  }

  function Reader(bytes) {
    this.bytes = bytes;
    this.at = 0;
  }
  Reader.prototype.number = function () {
    var value = 0;
    var scale = 1;
    for (;;) {
      var b = this.bytes[this.at++];
      value += (b & 0x7f) * scale;
      if (b < 0x80) { return value; }
      scale *= 128;
    }
  };

  var decoder = new TextDecoder();

  /** The postings of key in a shard: for each kind, its bytes (see Postings.java), or null. */
  function entryOf(shard, key) {
    var reader = new Reader(shard);
    var count = reader.number();
    for (var i = 0; i < count; i++) {
      var length = reader.number();
      var name = decoder.decode(shard.subarray(reader.at, reader.at + length));
      reader.at += length;
      var lists = [];
      for (var k = 0; k < KINDS.length; k++) {
        var header = reader.number();
        var size = Math.floor(header / 2);
        lists.push({ dense: header % 2 === 1, bytes: shard.subarray(reader.at, reader.at + size) });
        reader.at += size;
      }
      if (name === key) { return lists; }
    }
    return null;
  }

  /** Documents and weights of one posting list, in number order (see Postings.java). */
  function decode(list) {
    var bytes = list.bytes;
    if (list.dense) {
      var all = new Int32Array(bytes.length * 2);
      var allWeights = new Uint8Array(bytes.length * 2);
      var held = 0;
      for (var d = 0; d < bytes.length * 2; d++) {
        var w = (bytes[d >> 1] >> ((d & 1) * 4)) & 7;
        if (w > 0) {
          all[held] = d;
          allWeights[held++] = w;
        }
      }
      return { documents: all.subarray(0, held), weights: allWeights.subarray(0, held) };
    }
    var documents = new Int32Array(bytes.length);
    var weights = new Uint8Array(bytes.length);
    var count = 0;
    var previous = -1;
    var at = 0;
    while (at < bytes.length) {
      var value = 0;
      var scale = 1;
      var b;
      do {
        b = bytes[at++];
        value += (b & 0x7f) * scale;
        scale *= 128;
      } while (b >= 0x80);
      previous += Math.floor(value / 8);
      documents[count] = previous;
      weights[count++] = value % 8;
    }
    return { documents: documents.subarray(0, count), weights: weights.subarray(0, count) };
  }

  Index.prototype.postings = function (space, key) {
    var names = space === 'terms' ? this.manifest.terms : this.manifest.filters;
    var file = shardFile(names, space === 'terms' ? 't' : 'f', key);
    if (file === null) { return Promise.resolve(null); }
    return this.fetchBytes(space + '/' + file + '.bin').then(function (shard) { return entryOf(shard, key); });
  };

  Index.prototype.result = function (kind, n) {
    var path = 'docs/' + KINDS[kind] + '/' + Math.floor(n / 1000) + '/' + n + '.bin';
    var self = this;
    if (!this.files.has(path)) {
      this.files.set(path, fetch(this.url + path).then(function (response) {
        if (!response.ok) { throw new Error(path + ': ' + response.status); }
        return new Response(response.body.pipeThrough(new DecompressionStream('deflate'))).json();
      }));
    }
    return this.files.get(path).catch(function (error) {
      self.files.delete(path);
      throw error;
    });
  };

  /** The numbers [from, to) of a kind's documents dated on or after day a and on or before day b. */
  Index.prototype.numbersBetween = function (kind, a, b) {
    var info = this.kinds[kind];
    var from = info.count;
    var to = info.undated;
    for (var i = 0; i < info.days.length; i++) {
      var end = i + 1 < info.starts.length ? info.starts[i + 1] : info.count;
      if (info.days[i] >= a && from === info.count) { from = info.starts[i]; }
      if (info.days[i] <= b) { to = end; }
    }
    return [Math.min(from, to), to];
  };

  /** Whether story n's reports span any day from a to b. */
  Index.prototype.storyOverlaps = function (n, a, b) {
    var info = this.kinds[STORY];
    if (n < info.undated) { return false; }
    if (!this.storyDays) {
      var starts = [];
      for (var i = 0; i < info.days.length; i++) {
        var end = i + 1 < info.starts.length ? info.starts[i + 1] : info.count;
        for (var s = info.starts[i]; s < end; s++) { starts.push(info.days[i]); }
      }
      var reader = new Reader(this.spans);
      var ends = starts.map(function (start) { return start + reader.number(); });
      this.storyDays = { starts: starts, ends: ends };
    }
    var d = n - info.undated;
    return this.storyDays.starts[d] <= b && this.storyDays.ends[d] >= a;
  };

  // ---- Queries --------------------------------------------------------------------------------

  /** Words and "phrases" of a query: the terms to look up, and each phrase as a list of terms. */
  function parseQuery(text) {
    var phrases = [];
    var loose = text.replace(/"([^"]*)"?/g, function (whole, inner) {
      var words = tokens(inner).map(function (t) { return t.term; });
      if (words.length > 1) { phrases.push(words); }
      return ' ' + inner + ' ';
    });
    var wanted = [];
    terms(loose).forEach(function (term) {
      if (wanted.indexOf(term) < 0) { wanted.push(term); }
    });
    return { terms: wanted, phrases: phrases };
  }

  function union(lists, count) {
    var seen = new Uint8Array(count);
    lists.forEach(function (list) {
      for (var i = 0; i < list.length; i++) { seen[list[i]] = 1; }
    });
    return seen;
  }

  /** The numbers of ranked for which keep(n) holds, in their order. */
  function keep(ranked, test) {
    var out = new Int32Array(ranked.length);
    var count = 0;
    for (var i = 0; i < ranked.length; i++) {
      if (test(ranked[i])) { out[count++] = ranked[i]; }
    }
    return out.subarray(0, count);
  }

  /**
   * The documents of kind holding every term, best first (ties: newest first), as their numbers.
   * Typed arrays throughout: a common word holds most of a large archive's articles.
   */
  function rank(index, lists, kind) {
    var count = index.kinds[kind].count;
    var decoded = lists.map(function (entry) { return decode(entry[kind]); });
    if (decoded.some(function (d) { return d.documents.length === 0; })) { return new Int32Array(0); }
    decoded.sort(function (x, y) { return x.documents.length - y.documents.length; });
    function idf(d) {
      var df = d.documents.length;
      return Math.log(1 + (count - df + 0.5) / (df + 0.5));
    }
    var documents = decoded[0].documents;
    var scores = new Float64Array(documents.length);
    var first = idf(decoded[0]);
    for (var i = 0; i < documents.length; i++) { scores[i] = first * decoded[0].weights[i]; }
    for (var l = 1; l < decoded.length; l++) {
      var other = decoded[l];
      var weight = idf(other);
      var kept = 0;
      var j = 0;
      for (var a = 0; a < documents.length; a++) {
        var n = documents[a];
        while (j < other.documents.length && other.documents[j] < n) { j++; }
        if (j < other.documents.length && other.documents[j] === n) {
          documents[kept] = n;
          scores[kept++] = scores[a] + weight * other.weights[j];
        }
      }
      documents = documents.subarray(0, kept);
      scores = scores.subarray(0, kept);
    }
    // One numeric sort: the score (to a thousandth) above the document number, both descending.
    var keys = new Float64Array(documents.length);
    for (var k = 0; k < documents.length; k++) { keys[k] = -(Math.round(scores[k] * 1000) * 2097152 + documents[k]); }
    keys.sort();
    var ranked = new Int32Array(keys.length);
    for (var r = 0; r < keys.length; r++) { ranked[r] = (-keys[r]) % 2097152; }
    return ranked;
  }

  function dayOf(iso) {
    if (!iso) { return null; }
    var time = Date.parse(iso + 'T00:00:00Z');
    return isNaN(time) ? null : Math.floor(time / 86400000);
  }

  /** The filter keys of the actors (or places) whose names match text: the five best. */
  function resolveNames(index, kind, text) {
    var wanted = terms(text);
    if (wanted.length === 0) { return Promise.resolve({ keys: [], names: [] }); }
    return Promise.all(wanted.map(function (term) { return index.postings('terms', term); })).then(function (lists) {
      if (lists.some(function (l) { return l === null; })) { return { keys: [], names: [] }; }
      var best = Array.from(rank(index, lists, kind).subarray(0, 5));
      return Promise.all(best.map(function (n) { return index.result(kind, n); })).then(function (results) {
        return { keys: results.map(function (r) { return r.f; }), names: results.map(function (r) { return r.t; }) };
      });
    });
  }

  function filterDocuments(index, keys) {
    return Promise.all(keys.map(function (key) { return index.postings('filters', key); })).then(function (lists) {
      return [STORY, ARTICLE].map(function (kind) {
        return union(lists.filter(function (l) { return l !== null; }).map(function (l) { return decode(l[kind]).documents; }),
          index.kinds[kind].count);
      });
    });
  }

  /** Whether the words of a result hold every phrase, word after word. */
  function holdsPhrases(result, phrases) {
    if (phrases.length === 0) { return true; }
    var words = tokens(result.t + '\n' + result.x).map(function (t) { return t.term; });
    return phrases.every(function (phrase) {
      outer: for (var i = 0; i + phrase.length <= words.length; i++) {
        for (var j = 0; j < phrase.length; j++) {
          if (words[i + j] !== phrase[j]) { continue outer; }
        }
        return true;
      }
      return false;
    });
  }

  // ---- The page -------------------------------------------------------------------------------

  var HEADINGS = ['Stories', 'Articles', 'Actors', 'Places', 'Outlets'];
  var ONE = ['story', 'article', 'actor', 'place', 'outlet'];

  function counted(count, kind) {
    return count + ' ' + (count === '1' ? ONE[kind] : HEADINGS[kind].toLowerCase());
  }

  function Page(root) {
    this.root = root;
    this.siteRoot = root.getAttribute('data-root');
    this.index = new Index(root.getAttribute('data-index'));
    this.form = document.getElementById('search-form');
    this.status = document.getElementById('search-status');
    this.results = document.getElementById('search-results');
    this.generation = 0;
    this.timings = {};
  }

  Page.prototype.start = function () {
    var self = this;
    document.getElementById('search-needs-script').hidden = true;
    this.form.hidden = false;
    this.root.setAttribute('data-state', 'loading');
    this.form.addEventListener('submit', function (event) {
      event.preventDefault();
      var params = new URLSearchParams();
      ['q', 'outlet', 'actor', 'place', 'from', 'to'].forEach(function (name) {
        var value = self.form.elements[name].value.trim();
        if (value) { params.set(name, value); }
      });
      history.pushState(null, '', '?' + params.toString());
      self.run();
    });
    window.addEventListener('popstate', function () { self.fillForm(); self.run(); });
    this.index.load().then(function () {
      var select = self.form.elements.outlet;
      self.index.manifest.outlets.forEach(function (outlet) {
        var option = document.createElement('option');
        option.value = outlet.name;
        option.textContent = outlet.name;
        select.appendChild(option);
      });
      self.fillForm();
      self.run();
    }).catch(function (error) {
      self.say('The search index could not be loaded (' + error.message + ').');
      self.root.setAttribute('data-state', 'failed');
    });
  };

  Page.prototype.fillForm = function () {
    var params = new URLSearchParams(location.search);
    var self = this;
    ['q', 'outlet', 'actor', 'place', 'from', 'to'].forEach(function (name) {
      self.form.elements[name].value = params.get(name) || '';
    });
    // "aleppo · Search · Briefing": a bookmark or a tab says what was searched.
    this.title = this.title || document.title;
    var q = params.get('q');
    document.title = q ? q + ' · ' + this.title : this.title;
  };

  Page.prototype.say = function (text) {
    this.status.textContent = text;
  };

  Page.prototype.run = function () {
    var self = this;
    var generation = ++this.generation;
    var fields = this.form.elements;
    var query = parseQuery(fields.q.value);
    this.results.textContent = '';
    if (!fields.q.value.trim()) {
      this.say('');
      this.root.setAttribute('data-state', 'ready');
      return Promise.resolve();
    }
    if (query.terms.length === 0) {
      this.say('Those words are too common to search for; add a name or a less common word.');
      this.root.setAttribute('data-state', 'done');
      return Promise.resolve();
    }
    this.root.setAttribute('data-state', 'searching');
    this.say('Searching…');
    var index = this.index;
    var started = performance.now();
    var filters = [];
    var notes = [];
    var outlet = fields.outlet.value;
    if (outlet) {
      var found = index.manifest.outlets.filter(function (o) { return o.name === outlet; });
      filters.push(Promise.resolve({ keys: found.map(function (o) { return o.filter; }), names: [outlet], label: 'outlet' }));
    }
    [['actor', ACTOR], ['place', PLACE]].forEach(function (pair) {
      var text = fields[pair[0]].value.trim();
      if (text) {
        filters.push(resolveNames(index, pair[1], text).then(function (r) { r.label = pair[0]; r.asked = text; return r; }));
      }
    });
    var from = dayOf(fields.from.value);
    var to = dayOf(fields.to.value);
    var dated = from !== null || to !== null;
    var lookups = Promise.all(query.terms.map(function (term) { return index.postings('terms', term); }));
    var resolved = Promise.all(filters).then(function (resolvedFilters) {
      return Promise.all(resolvedFilters.map(function (f) {
        notes.push(f.names.length ? f.label + ': ' + f.names.join(', ') : 'no ' + f.label + ' matches “' + f.asked + '”');
        return filterDocuments(index, f.keys);
      }));
    });
    var spans = dated ? index.loadSpans() : Promise.resolve();
    return Promise.all([lookups, resolved, spans]).then(function (both) {
      if (generation !== self.generation) { return null; }
      var shardsArrived = performance.now();
      var lists = both[0];
      var allowed = both[1];
      var filtered = allowed.length > 0 || dated;
      var groups = [];
      for (var kind = 0; kind < KINDS.length; kind++) {
        var ranked = lists.some(function (l) { return l === null; }) ? new Int32Array(0) : rank(index, lists, kind);
        if (filtered) {
          if (kind !== STORY && kind !== ARTICLE) { ranked = new Int32Array(0); }
          allowed.forEach(function (perKind) {
            var members = perKind[kind];
            if (members) { ranked = keep(ranked, function (n) { return members[n] === 1; }); }
          });
          if (dated && (kind === STORY || kind === ARTICLE)) {
            var a = from === null ? -Infinity : from;
            var b = to === null ? Infinity : to;
            if (kind === ARTICLE) {
              var range = index.numbersBetween(ARTICLE, a, b);
              ranked = keep(ranked, function (n) { return n >= range[0] && n < range[1]; });
            } else {
              ranked = keep(ranked, function (n) { return index.storyOverlaps(n, a, b); });
            }
          }
        }
        groups.push({ kind: kind, candidates: ranked, cursor: 0, shown: [], list: null, section: null });
      }
      var rankedAt = performance.now();
      return Promise.all(groups.map(function (group) { return self.fill(group, query, PAGE); })).then(function () {
        if (generation !== self.generation) { return; }
        var fragmentsArrived = performance.now();
        self.render(groups, query, notes);
        var rendered = performance.now();
        self.timings = { started: started, shardsArrived: shardsArrived, ranked: rankedAt - shardsArrived,
          fragmentsArrived: fragmentsArrived, render: rendered - fragmentsArrived, total: rendered - started };
        self.root.setAttribute('data-state', 'done');
      });
    }).catch(function (error) {
      if (generation !== self.generation) { return; }
      self.say('The search failed: ' + error.message + '.');
      self.root.setAttribute('data-state', 'failed');
    });
  };

  /** Loads results of a group until it shows want more, verifying phrases on their text. */
  Page.prototype.fill = function (group, query, want) {
    var self = this;
    var target = group.shown.length + want;
    var checked = 0;
    function step() {
      if (group.shown.length >= target || group.cursor >= group.candidates.length || checked >= 5 * want) {
        return Promise.resolve();
      }
      var batch = Array.from(group.candidates.subarray(group.cursor,
        group.cursor + (query.phrases.length ? want : target - group.shown.length)));
      group.cursor += batch.length;
      checked += batch.length;
      return Promise.all(batch.map(function (n) { return self.index.result(group.kind, n); })).then(function (results) {
        results.forEach(function (result) {
          if (group.shown.length < target && holdsPhrases(result, query.phrases)) { group.shown.push(result); }
        });
        return step();
      });
    }
    return step();
  };

  /** How many results a group has: exact, or "at least" while phrases are still being checked. */
  function countOf(group, query) {
    if (query.phrases.length === 0) { return String(group.candidates.length); }
    return group.cursor >= group.candidates.length ? String(group.shown.length) : 'at least ' + group.shown.length;
  }

  Page.prototype.render = function (groups, query, notes) {
    var self = this;
    var parts = [];
    groups.forEach(function (group) {
      if (group.shown.length === 0) { return; }
      var section = document.createElement('section');
      section.className = 'result-group result-' + KINDS[group.kind];
      var heading = document.createElement('h2');
      heading.textContent = HEADINGS[group.kind] + ' (' + countOf(group, query) + ')';
      section.appendChild(heading);
      var list = document.createElement('ol');
      section.appendChild(list);
      group.list = list;
      group.section = section;
      group.heading = heading;
      group.shown.forEach(function (result) { list.appendChild(self.item(result, query)); });
      self.moreButton(group, query);
      self.results.appendChild(section);
      parts.push(counted(countOf(group, query), group.kind));
    });
    var filterNote = notes.length ? ' (' + notes.join('; ') + ')' : '';
    this.say(parts.length ? 'Found ' + parts.join(', ') + filterNote + '.' : 'Nothing matches' + filterNote + '.');
  };

  Page.prototype.moreButton = function (group, query) {
    var self = this;
    if (group.cursor >= group.candidates.length && group.shown.length === group.list.children.length) {
      return;
    }
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'more';
    button.textContent = 'More ' + HEADINGS[group.kind].toLowerCase();
    button.addEventListener('click', function () {
      var before = group.shown.length;
      button.disabled = true;
      self.fill(group, query, PAGE).then(function () {
        button.remove();
        for (var i = before; i < group.shown.length; i++) { group.list.appendChild(self.item(group.shown[i], query)); }
        group.heading.textContent = HEADINGS[group.kind] + ' (' + countOf(group, query) + ')';
        var first = group.list.children[before];
        if (first) { first.querySelector('a').focus(); }
        self.say('Showing ' + counted(String(group.shown.length), group.kind) + '.');
        self.moreButton(group, query);
      });
    });
    group.section.appendChild(button);
  };

  Page.prototype.item = function (result, query) {
    var item = document.createElement('li');
    var link = document.createElement('a');
    link.className = 'result-title';
    link.href = this.siteRoot + result.u;
    marked(link, result.t, query, false);
    item.appendChild(link);
    var meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = result.m + (result.o.length ? ' · ' + result.o.join(', ') : '');
    item.appendChild(meta);
    if (result.x) {
      var snippet = document.createElement('p');
      snippet.className = 'snippet';
      marked(snippet, result.x, query, true);
      if (snippet.textContent) { item.appendChild(snippet); }
    }
    return item;
  };

  /**
   * Puts text into element with the query's words in <mark>: all of it, or as a snippet, the
   * thirty words around the first match (the opening words when nothing matches).
   */
  function marked(element, text, query, asSnippet) {
    var wanted = new Set(query.terms);
    var words = asSnippet ? tokens(text, function (w) { return !w.stop && wanted.has(w.term); }, 20) : tokens(text);
    var hits = new Array(words.length).fill(false);
    words.forEach(function (w, i) { hits[i] = !w.stop && wanted.has(w.term); });
    query.phrases.forEach(function (phrase) {
      for (var i = 0; i + phrase.length <= words.length; i++) {
        var all = true;
        for (var j = 0; j < phrase.length && all; j++) { all = words[i + j].term === phrase[j]; }
        if (all) { for (var m = 0; m < phrase.length; m++) { hits[i + m] = true; } }
      }
    });
    var first = 0;
    var last = words.length;
    if (asSnippet) {
      var at = hits.indexOf(true);
      first = Math.max(0, (at < 0 ? 0 : at) - 10);
      last = Math.min(words.length, first + 30);
    }
    if (words.length === 0) {
      element.textContent = asSnippet ? '' : text;
      return;
    }
    var start = asSnippet ? words[first].start : 0;
    var end = asSnippet ? words[last - 1].end : text.length;
    var position = start;
    if (asSnippet && first > 0) { element.appendChild(document.createTextNode('… ')); }
    for (var i = first; i < last; i++) {
      if (!hits[i]) { continue; }
      var runEnd = i;
      while (runEnd + 1 < last && hits[runEnd + 1]) { runEnd++; }
      element.appendChild(document.createTextNode(text.substring(position, words[i].start)));
      var mark = document.createElement('mark');
      mark.textContent = text.substring(words[i].start, words[runEnd].end);
      element.appendChild(mark);
      position = words[runEnd].end;
      i = runEnd;
    }
    element.appendChild(document.createTextNode(text.substring(position, end)));
    if (asSnippet && last < words.length) { element.appendChild(document.createTextNode(' …')); }
  }

  // For the browser test: the same word list through both stemmers.
  window.briefingSearch = { tokens: tokens, terms: terms, porter: porter, fold: fold };

  function start() {
    var root = document.getElementById('search');
    if (!root) { return; }
    var page = new Page(root);
    window.briefingSearch.page = page;
    if (typeof DecompressionStream === 'undefined' || typeof fetch === 'undefined') {
      root.setAttribute('data-state', 'failed');
      return;
    }
    page.start();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
