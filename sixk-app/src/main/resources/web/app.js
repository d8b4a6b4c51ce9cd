// sixk web app: plain DOM, no framework, no remote resource. Every string that comes from a
// filing is inserted with textContent or as a text node, never as HTML.
'use strict';

const view = document.getElementById('view');

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

async function api(path) {
  const r = await fetch(path, {headers: {Accept: 'application/json'}});
  const body = await r.json().catch(() => ({message: r.statusText}));
  if (!r.ok) throw new Error(body.message || r.statusText);
  return body;
}

function params(hash) {
  const i = hash.indexOf('?');
  return new URLSearchParams(i < 0 ? '' : hash.slice(i + 1));
}

function showError(e) {
  view.replaceChildren(el('p', {class: 'error', text: 'Error: ' + e.message}));
}

// Highlighted snippets arrive escaped with <b>…</b> around matches: split on the tags, decode the
// five entities the escaper writes, and build text nodes.
function snippet(s) {
  const p = el('p', {class: 'snippet'});
  let bold = false;
  for (const part of s.split(/(<b>|<\/b>)/)) {
    if (part === '<b>') { bold = true; continue; }
    if (part === '</b>') { bold = false; continue; }
    const text = part.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&#x2F;/g, '/').replace(/&amp;/g, '&');
    p.append(bold ? el('b', {text}) : document.createTextNode(text));
  }
  return p;
}

async function searchPage(hash) {
  const p = params(hash);
  const q = p.get('q') || '';
  document.getElementById('q').value = q;
  const limit = 10, page = Number(p.get('page') || 0);
  const query = new URLSearchParams({q, offset: String(page * limit), limit: String(limit)});
  for (const f of ['form', 'event', 'company', 'cik', 'from', 'to']) if (p.get(f)) query.set(f, p.get(f));
  const r = await api('/api/search?' + query);
  const facets = el('aside', {class: 'facets'});
  for (const [name, counts] of Object.entries(r.facets)) {
    const key = name === 'company' ? 'company' : name;
    if (!Object.keys(counts).length || name === 'year' || name === 'country') {
      if (!Object.keys(counts).length) continue;
    }
    facets.append(el('h3', {text: name}));
    for (const [value, n] of Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, 12)) {
      const next = new URLSearchParams(p);
      const on = next.get(key) === value;
      if (name === 'year') { next.set('from', value + '-01-01'); next.set('to', value + '-12-31'); }
      else if (name === 'country') { next.set('q', (q ? q + ' AND ' : '') + 'country:"' + value + '"'); }
      else if (on) next.delete(key); else next.set(key, value);
      next.delete('page');
      facets.append(el('a', {href: '#/search?' + next, class: on ? 'on' : null, text: `${value} (${n})`}));
    }
  }
  const results = el('section', {id: 'results'}, el('p', {class: 'meta', text: `${r.total} filings match (${r.millis.toFixed(1)} ms)`}));
  for (const h of r.hits) {
    const title = h.headline || h.company || h.id;
    results.append(el('article', {class: 'hit'},
      el('h2', {}, el('a', {href: '#/filing/' + encodeURIComponent(h.id), class: 'hit-link', text: title})),
      el('div', {class: 'meta'}, [h.form, h.filed, h.company].filter(Boolean).join(' · ') + ' ',
        h.cik ? el('a', {href: '#/company/' + encodeURIComponent(h.cik), text: 'timeline'}) : null),
      el('div', {}, ...h.events.map(e => el('span', {class: 'tag', text: e}))),
      ...h.snippets.map(snippet)));
  }
  const pager = el('div', {class: 'pager'});
  if (page > 0) { const prev = new URLSearchParams(p); prev.set('page', page - 1); pager.append(el('a', {href: '#/search?' + prev, text: '← previous'})); }
  if ((page + 1) * limit < r.total) { const next = new URLSearchParams(p); next.set('page', page + 1); pager.append(el('a', {href: '#/search?' + next, text: 'next →'})); }
  results.append(pager);
  view.replaceChildren(el('div', {class: 'layout'}, facets, results));
}

// The document text with every span of an entity or an event's evidence marked. Spans may nest or
// overlap: the text is cut at every span boundary and each piece carries the classes of the spans over it.
function markedText(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(Math.max(0, Math.min(text.length, s.start))); cuts.add(Math.max(0, Math.min(text.length, s.end))); }
  const points = [...cuts].sort((a, b) => a - b);
  const pre = el('div', {class: 'text', id: 'doc-text'});
  const anchored = new Set();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const over = spans.filter(s => s.start <= a && s.end >= b && s.end > s.start);
    const piece = text.slice(a, b);
    if (!over.length) { pre.append(document.createTextNode(piece)); continue; }
    const m = el('mark', {class: [...new Set(over.map(s => s.cls))].join(' '), title: over.map(s => s.title).join('; ')}, piece);
    for (const s of over) if (s.anchor && !anchored.has(s.anchor)) { m.id = s.anchor; anchored.add(s.anchor); }
    pre.append(m);
  }
  return pre;
}

function dl(pairs) {
  const d = el('dl');
  for (const [k, v] of pairs) if (v !== null && v !== undefined && v !== '') d.append(el('dt', {text: k}), el('dd', {text: String(v)}));
  return d;
}

function factText(facts) {
  return Object.entries(facts || {}).map(([k, v]) => k + ': ' + (v && typeof v === 'object'
    ? [v.qualifier, v.value, v.currency].filter(x => x !== null && x !== undefined).join(' ') : v)).join(' · ');
}

async function filingPage(id) {
  const {record: r} = await api('/api/filings/' + encodeURIComponent(id));
  // The company key: its CIK, or for a filing without a header (paper) its registrant name.
  const cik = r.header && r.header.filers && r.header.filers.length ? r.header.filers[0].cik : (r.cover && r.cover.registrant_name);
  let current = null;
  const docPanel = el('section', {class: 'panel', id: 'document'});
  const tabs = el('div', {class: 'doc-tabs'});
  r.documents.forEach((d, n) => {
    if (!d.chars) return;
    tabs.append(el('button', {type: 'button', 'data-n': n, onclick: () => showDocument(n), text: `${n}: ${d.type || 'document'}`}));
  });
  async function showDocument(n, scrollTo) {
    if (current !== n) {
      const res = await fetch(`/api/filings/${encodeURIComponent(id)}/documents/${n}`);
      const text = await res.text();
      const spans = [];
      r.entities.forEach(e => { if (e.document === n) spans.push({start: e.span[0], end: e.span[1], cls: e.kind, title: e.kind + ': ' + e.text}); });
      r.events.forEach((e, i) => { if (e.evidence.document === n) spans.push({start: e.evidence.span[0], end: e.evidence.span[1], cls: 'evidence', title: e.type, anchor: 'ev-' + i}); });
      for (const b of tabs.querySelectorAll('button')) b.classList.toggle('on', Number(b.dataset.n) === n);
      const filed = el('a', {href: '#', text: 'view as filed (sanitized)', onclick: ev => {
        ev.preventDefault();
        // A sandboxed frame with no permissions: even if anything survived sanitizing, it could not run.
        docPanel.append(el('iframe', {class: 'filed', sandbox: '', src: `/api/filings/${encodeURIComponent(id)}/documents/${n}?format=html`}));
      }});
      docPanel.replaceChildren(tabs, el('p', {class: 'meta'}, filed), markedText(text, spans));
      current = n;
    }
    if (scrollTo) {
      const m = document.getElementById(scrollTo);
      if (m) { m.scrollIntoView({block: 'center'}); m.classList.add('flash'); setTimeout(() => m.classList.remove('flash'), 1500); }
    }
  }
  const side = el('section', {class: 'panel'});
  side.append(el('h1', {text: (r.cover && r.cover.registrant_name) || id, style: null}));
  if (cik) side.append(el('p', {}, el('a', {href: '#/company/' + encodeURIComponent(cik), id: 'company-link', text: 'Company timeline →'})));
  side.append(dl([['form', r.form], ['accession', r.accession], ['filed', r.header && r.header.filed_as_of],
    ['report month', r.cover && r.cover.report_month], ['file number', r.cover && r.cover.commission_file_number],
    ['annual report', r.cover && r.cover.annual_report_form], ['office', r.cover && r.cover.principal_office && r.cover.principal_office.text]]));
  side.append(el('h2', {text: 'Events'}));
  if (!r.events.length) side.append(el('p', {class: 'meta', text: 'none read'}));
  r.events.forEach((e, i) => side.append(el('div', {class: 'event', 'data-type': e.type, onclick: () => showDocument(e.evidence.document, 'ev-' + i)},
    el('strong', {text: e.type}), ` (${e.confidence.toFixed(2)}) `, el('div', {class: 'meta', text: factText(e.facts)}))));
  if (r.signatures.length) {
    side.append(el('h2', {text: 'Signatures'}));
    for (const s of r.signatures) side.append(el('div', {text: [s.name, s.title, s.date].filter(Boolean).join(', ')}));
  }
  side.append(el('h2', {text: 'Entities'}));
  const kinds = {};
  for (const e of r.entities) kinds[e.kind] = (kinds[e.kind] || 0) + 1;
  side.append(el('div', {class: 'legend'}, ...Object.entries(kinds).map(([k, n]) => el('span', {}, el('mark', {class: k, text: k}), ' ' + n))));
  if (r.warnings.length) {
    side.append(el('h2', {text: 'Warnings'}));
    for (const w of r.warnings) side.append(el('div', {class: 'meta', text: w.code + ': ' + w.message}));
  }
  view.replaceChildren(el('div', {class: 'filing'}, side, docPanel));
  const first = r.events.length ? r.events[0].evidence.document : r.documents.findIndex(d => d.chars > 0);
  await showDocument(Math.max(0, first));
}

const COLORS = ['#18324f', '#e2a829', '#2f9e44', '#d9480f', '#7048e8', '#1098ad', '#c2255c', '#5c940d', '#495057'];

async function companyPage(cik) {
  const t = await api('/api/companies/' + encodeURIComponent(cik) + '/timeline');
  const dates = t.filings.map(f => f.filed).filter(Boolean).map(d => Date.parse(d));
  const lo = Math.min(...dates), hi = Math.max(...dates), span = Math.max(hi - lo, 86400000 * 30);
  const types = [...new Set(t.events.map(e => e.type))];
  const W = 1000, H = 80 + types.length * 28, left = 190, right = 20;
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('id', 'timeline');
  const x = d => left + (Date.parse(d) - lo) / span * (W - left - right);
  function add(tag, attrs, text) {
    const e = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    svg.append(e);
    return e;
  }
  add('line', {x1: left, y1: H - 30, x2: W - right, y2: H - 30, stroke: '#999'});
  add('text', {x: left, y: H - 10, 'font-size': 12}, new Date(lo).toISOString().slice(0, 10));
  add('text', {x: W - right, y: H - 10, 'font-size': 12, 'text-anchor': 'end'}, new Date(lo + span).toISOString().slice(0, 10));
  types.forEach((type, i) => add('text', {x: 10, y: 40 + i * 28, 'font-size': 13, fill: COLORS[i % COLORS.length]}, type));
  for (const f of t.filings) if (f.filed) add('line', {x1: x(f.filed), y1: H - 36, x2: x(f.filed), y2: H - 24, stroke: '#666'});
  for (const e of t.events) {
    if (!e.filed) continue;
    const i = types.indexOf(e.type);
    const c = add('circle', {cx: x(e.filed), cy: 36 + i * 28, r: 7, fill: COLORS[i % COLORS.length], class: 'event-dot'});
    const title = document.createElementNS(ns, 'title');
    title.textContent = `${e.filed} ${e.type}: ${e.sentence || ''}`;
    c.append(title);
    c.addEventListener('click', () => { location.hash = '#/filing/' + encodeURIComponent(e.filing_id); });
  }
  const list = el('table', {class: 'events'}, el('tr', {}, el('th', {text: 'filed'}), el('th', {text: 'form'}), el('th', {text: 'headline'}), el('th', {text: 'events'})));
  for (const f of t.filings) list.append(el('tr', {}, el('td', {text: f.filed || ''}), el('td', {text: f.form || ''}),
    el('td', {}, el('a', {href: '#/filing/' + encodeURIComponent(f.id), text: f.headline || f.id})), el('td', {text: f.event_types || ''})));
  view.replaceChildren(el('h1', {text: (t.company || 'CIK ' + t.cik) + ' — timeline'}), el('div', {class: 'timeline'}, svg), list);
}

async function eventsPage(hash) {
  const p = params(hash);
  const query = new URLSearchParams();
  for (const f of ['type', 'from', 'to']) if (p.get(f)) query.set(f, p.get(f));
  const r = await api('/api/events?' + query);
  const form = el('form', {id: 'event-filter'},
    el('input', {name: 'type', placeholder: 'type (dividend, milestone_payment …)', value: p.get('type') || ''}),
    el('input', {name: 'from', placeholder: 'from YYYY-MM-DD', value: p.get('from') || ''}),
    el('input', {name: 'to', placeholder: 'to YYYY-MM-DD', value: p.get('to') || ''}),
    el('button', {type: 'submit', text: 'Filter'}));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const next = new URLSearchParams();
    for (const f of ['type', 'from', 'to']) if (form.elements[f].value) next.set(f, form.elements[f].value);
    location.hash = '#/events?' + next;
  });
  const csv = new URLSearchParams(query); csv.set('format', 'csv');
  const table = el('table', {class: 'events'}, el('tr', {}, ...['filed', 'company', 'type', 'amount', 'counterparty', 'period', 'sentence'].map(h => el('th', {text: h}))));
  for (const e of r.events) table.append(el('tr', {},
    el('td', {text: e.filed || ''}), el('td', {}, el('a', {href: '#/filing/' + encodeURIComponent(e.filing_id), text: e.company || e.filing_id})),
    el('td', {text: e.type}), el('td', {text: e.amount_value !== null ? `${e.amount_value} ${e.amount_currency || ''}` : ''}),
    el('td', {text: e.counterparty || ''}), el('td', {text: e.period || ''}), el('td', {text: e.sentence || ''})));
  view.replaceChildren(el('h1', {text: 'Events'}), form, el('p', {}, el('a', {href: '/api/events?' + csv, download: 'events.csv', text: 'Download CSV'}),
    ` ${r.events.length} events`), table);
}

async function route() {
  const hash = location.hash || '#/';
  try {
    if (hash.startsWith('#/filing/')) await filingPage(decodeURIComponent(hash.slice(9).split('?')[0]));
    else if (hash.startsWith('#/company/')) await companyPage(decodeURIComponent(hash.slice(10).split('?')[0]));
    else if (hash.startsWith('#/events')) await eventsPage(hash);
    else await searchPage(hash);
  } catch (e) { showError(e); }
}

document.getElementById('search-form').addEventListener('submit', ev => {
  ev.preventDefault();
  location.hash = '#/search?' + new URLSearchParams({q: document.getElementById('q').value});
});
window.addEventListener('hashchange', route);
route();
