/**
 * The playground page: parses pasted page text (or a bundled fixture) with the library, in the browser, and
 * shows the detected outlet with its evidence, the fields, the input with each field's source span and the body
 * with each entity and date mention highlighted. Plain DOM. Bundled by scripts/build-playground.mjs.
 */
import fixtures from 'virtual:fixtures';
import type { Article, Detection, ParseOptions, SafeParseResult } from '../../src/index.js';
import { defaultRegistry } from '../../src/index.js';

// ---------------------------------------------------------------------------------------------------------
// Colours

/** The field groups of `provenance` (keys such as `tags.0` fall under `tags`), in reading order. */
const FIELD_GROUPS = ['headline', 'published', 'dateline', 'authors', 'section', 'tags', 'image', 'body'] as const;
const ENTITY_TYPES = ['person', 'organization', 'place', 'event', 'document', 'law'] as const;
const GROUP_LABELS: Record<string, string> = {
  seeds: 'Seed pages (real)',
  turan: 'Turan',
  azernews: 'Azernews',
  ednews: 'EDnews',
  newsaz: 'News.az',
  foreign: 'Other outlets (refused)',
};

const fieldGroup = (key: string): string => key.split('.')[0] ?? key;
const colourClass = (group: string): string =>
  (FIELD_GROUPS as readonly string[]).includes(group) ? `c-${group}` : 'c-other';

// ---------------------------------------------------------------------------------------------------------
// DOM helpers

type Child = Node | string | null | undefined | false;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from the page`);
  return node as T;
}

const swatch = (cls: string): HTMLElement => h('span', { class: `swatch ${cls}`, 'aria-hidden': 'true' });

// ---------------------------------------------------------------------------------------------------------
// Highlighting: a text cut at every span boundary; each piece inside spans becomes one <mark>, coloured by the
// innermost span covering it and naming every span that covers it.

interface Highlight {
  start: number;
  end: number;
  /** Stable id, shared by every piece of one span (`field:headline`, `entity:2:0`, `date:1`). */
  id: string;
  label: string;
  cls: string;
}

function highlighted(text: string, highlights: readonly Highlight[]): DocumentFragment {
  const spans = highlights
    .map((s) => ({ ...s, start: Math.max(0, Math.min(s.start, text.length)), end: Math.min(s.end, text.length) }))
    .filter((s) => s.end > s.start);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out = document.createDocumentFragment();
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const piece = text.slice(from, to);
    const covering = spans.filter((s) => s.start <= from && s.end >= to);
    if (covering.length === 0) {
      out.append(piece);
      continue;
    }
    const inner = covering.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
    out.append(
      h(
        'mark',
        {
          class: inner.cls,
          title: covering.map((s) => s.label).join('\n'),
          'data-ids': covering.map((s) => s.id).join(' '),
          'data-groups': [...new Set(covering.map((s) => s.id.split(':')[1]))].join(' '),
        },
        piece,
      ),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Formatting

const outletName = (id: string): string =>
  defaultRegistry.get(id)?.name ?? defaultRegistry.known.find((k) => k.id === id)?.name ?? id;

const none = (): HTMLElement => h('span', { class: 'none' }, '—');

const clip = (value: string, max: number): string => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

function text(value: string | null | undefined): Child {
  return value === null || value === undefined || value === '' ? none() : value;
}

function list(values: readonly string[]): Child {
  return values.length === 0 ? none() : values.join(', ');
}

function spanNote(article: Article, key: string): Child {
  const span = article.provenance[key];
  return span ? h('span', { class: 'where' }, `input ${span.start}–${span.end}, line ${span.line}`) : null;
}

function fieldRows(article: Article): [string, string, Child, string | null][] {
  const p = article.published;
  const d = article.dateline;
  const img = article.image;
  return [
    ['outlet', 'Outlet', `${outletName(article.outlet)} (${article.outlet})`, null],
    ['language', 'Language', article.language, null],
    ['headline', 'Headline', text(article.headline), 'headline'],
    [
      'published',
      'Published',
      p
        ? h('span', {}, h('strong', {}, p.iso), ` · ${p.precision} · from ${p.source ?? 'page'} · “${p.text}”`)
        : none(),
      'published',
    ],
    ['dateline', 'Dateline', d ? [d.place, d.date, d.agency].map((v) => v ?? '?').join(' · ') : none(), 'dateline'],
    ['authors', 'Authors', list(article.authors), 'authors'],
    ['section', 'Section', text(article.section), 'section'],
    ['tags', 'Tags', list(article.tags), 'tags'],
    [
      'image',
      'Image',
      img
        ? [img.caption && `caption: ${img.caption}`, img.credit && `credit: ${img.credit}`].filter(Boolean).join(' · ')
        : none(),
      'image',
    ],
    ['paywalled', 'Paywalled', article.paywalled ? 'yes' : 'no', null],
    ['paragraphs', 'Paragraphs', String(article.paragraphs.length), 'body'],
    ['related', 'Related', String(article.related.length), null],
    ['entities', 'Entities', String(article.entities.length), null],
    ['dates', 'Dates', String(article.dates.length), null],
    [
      'parser',
      'Parser',
      `${article.parser.id} ${article.parser.version}, confidence ${article.parser.confidence.toFixed(2)}`,
      null,
    ],
  ];
}

// ---------------------------------------------------------------------------------------------------------
// Rendering

function renderDetection(detections: readonly Detection[], chosen: string | null): void {
  const root = byId('detection');
  root.replaceChildren();
  const shown = detections.filter((d) => d.score > 0 || d.evidence.length > 0);
  const silent = detections.filter((d) => !shown.includes(d)).map((d) => outletName(d.outlet));
  if (shown.length === 0) root.append(h('p', { class: 'none' }, 'No outlet’s signals were found in this text.'));
  for (const d of shown) {
    const evidence = h(
      'ul',
      { class: 'evidence' },
      ...d.evidence.map((e) =>
        h(
          'li',
          {},
          h('code', {}, e.signal),
          ` ${e.kind}, weight ${e.weight.toFixed(2)}, at ${e.offset}: `,
          h('q', {}, clip(e.text, 90)),
        ),
      ),
    );
    const summary = h(
      'summary',
      {},
      h('span', { class: 'outlet-name' }, outletName(d.outlet)),
      h('meter', { min: '0', max: '1', value: String(d.score), 'aria-label': `${outletName(d.outlet)} score` }),
      h('span', { class: 'score' }, d.score.toFixed(2)),
      d.parsable ? null : h('span', { class: 'badge' }, 'refused'),
      d.outlet === chosen ? h('span', { class: 'badge chosen' }, 'chosen') : null,
    );
    const details = h('details', { class: 'candidate', 'data-outlet': d.outlet }, summary, evidence);
    if (d === shown[0]) details.open = true;
    root.append(details);
  }
  if (silent.length > 0 && shown.length > 0)
    root.append(h('p', { class: 'hint silent' }, `No signals of ${silent.join(', ')}.`));
}

function renderFields(article: Article | null): void {
  const root = byId('fields');
  root.replaceChildren();
  byId('fields-empty').hidden = article !== null;
  if (!article) return;
  for (const [key, label, value, group] of fieldRows(article)) {
    const keys = group ? Object.keys(article.provenance).filter((k) => fieldGroup(k) === group) : [];
    const dt = h(
      'dt',
      { 'data-group': group ?? undefined },
      keys.length > 0 ? swatch(colourClass(group!)) : null,
      label,
    );
    const dd = h('dd', { id: `field-${key}` }, value, keys.length > 0 ? spanNote(article, keys[0]!) : null);
    root.append(dt, dd);
  }
}

function renderSource(input: string, article: Article | null): void {
  const view = byId('source-view');
  const legend = byId('source-legend');
  const spans: Highlight[] = article
    ? Object.entries(article.provenance).map(([key, s]) => ({
        start: s.start,
        end: s.end,
        id: `field:${fieldGroup(key)}:${key}`,
        label: `${key} (input ${s.start}–${s.end}, line ${s.line})`,
        cls: colourClass(fieldGroup(key)),
      }))
    : [];
  view.replaceChildren(highlighted(input, spans));
  const present = new Set(spans.map((s) => s.id.split(':')[1]!));
  const groups = [
    ...FIELD_GROUPS.filter((g) => present.has(g)),
    ...[...present].filter((g) => !FIELD_GROUPS.includes(g as never)),
  ];
  legend.replaceChildren(...groups.map((g) => h('li', { 'data-group': g }, swatch(colourClass(g)), g)));
}

function renderBody(article: Article | null): void {
  const view = byId('body-view');
  const legend = byId('body-legend');
  if (!article) {
    view.replaceChildren();
    view.hidden = true;
    legend.replaceChildren(h('li', { class: 'none' }, 'no body: the page was not parsed'));
    return;
  }
  view.hidden = false;
  const spans: Highlight[] = [
    ...article.entities.flatMap((e, i) =>
      e.mentions.map((m, j) => ({
        start: m.start,
        end: m.end,
        id: `entity:${e.type}:${i}:${j}`,
        label: `${e.type}: ${e.name}${m.text !== e.name ? ` (“${m.text}”)` : ''}`,
        cls: `e-${e.type}`,
      })),
    ),
    ...article.dates.map((d, i) => ({
      start: d.start,
      end: d.end,
      id: `date:date:${i}`,
      label: `date: ${d.iso} (${d.precision})`,
      cls: 'e-date',
    })),
  ];
  view.replaceChildren(highlighted(article.body, spans));
  const present = new Set([...article.entities.map((e) => e.type), ...(article.dates.length > 0 ? ['date'] : [])]);
  legend.replaceChildren(
    ...[...ENTITY_TYPES, 'date'].filter((t) => present.has(t)).map((t) => h('li', {}, swatch(`e-${t}`), t)),
  );
  if (present.size === 0) legend.append(h('li', { class: 'none' }, 'no entity hints or dates in this body'));
}

function renderLists(article: Article | null): void {
  const entities = byId('entities');
  const related = byId('related');
  const messages = byId('messages');
  for (const root of [entities, related, messages]) root.replaceChildren();
  if (!article) {
    for (const root of [entities, related, messages]) root.append(h('li', { class: 'none' }, '—'));
    return;
  }
  entities.append(
    ...(article.entities.length === 0
      ? [h('li', { class: 'none' }, 'none')]
      : article.entities.map((e) =>
          h(
            'li',
            {},
            swatch(`e-${e.type}`),
            h('strong', {}, e.name),
            ` ${e.type}, ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}`,
          ),
        )),
    ...article.dates.map((d) => h('li', {}, swatch('e-date'), h('strong', {}, d.text), ` → ${d.iso}`)),
  );
  related.append(
    ...(article.related.length === 0
      ? [h('li', { class: 'none' }, 'none')]
      : article.related.map((r) =>
          h(
            'li',
            { title: r.headline },
            clip(r.headline, 160),
            r.published ? h('span', { class: 'where' }, r.published.iso) : null,
          ),
        )),
  );
  messages.append(
    ...(article.messages.length === 0
      ? [h('li', { class: 'none' }, 'none')]
      : article.messages.map((m) =>
          h(
            'li',
            { class: `sev-${m.severity}` },
            h('code', {}, m.ruleId),
            ` ${m.message}`,
            m.line ? h('span', { class: 'where' }, ` line ${m.line}`) : null,
          ),
        )),
  );
}

function renderStatus(result: SafeParseResult | null, ms: number): void {
  const status = byId('status');
  status.className = '';
  if (!result) {
    status.textContent = 'Paste the text of a page, or pick a fixture.';
    return;
  }
  if (result.success) {
    const a = result.data;
    status.className = 'ok';
    status.textContent =
      `Parsed as ${outletName(a.outlet)} (confidence ${a.parser.confidence.toFixed(2)}): ` +
      `${a.paragraphs.length} paragraph${a.paragraphs.length === 1 ? '' : 's'}, ${a.related.length} related, ` +
      `${a.messages.length} message${a.messages.length === 1 ? '' : 's'}, in ${ms.toFixed(1)} ms.`;
  } else {
    status.className = 'error';
    status.textContent = `Not parsed: ${result.error.code}. ${result.error.message}`;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Wiring

function update(): void {
  const input = byId<HTMLTextAreaElement>('input').value;
  const outlet = byId<HTMLSelectElement>('outlet').value;
  const options: ParseOptions = outlet ? { outlet } : {};
  if (input.trim() === '') {
    renderStatus(null, 0);
    renderDetection([], null);
    renderFields(null);
    renderSource('', null);
    renderBody(null);
    renderLists(null);
    byId('json').textContent = '';
    return;
  }
  const started = performance.now();
  const result = defaultRegistry.safeParse(input, options);
  const ms = performance.now() - started;
  const article = result.success ? result.data : null;
  renderStatus(result, ms);
  renderDetection(defaultRegistry.detect(input), article?.outlet ?? null);
  renderFields(article);
  renderSource(input, article);
  renderBody(article);
  renderLists(article);
  byId('json').textContent = JSON.stringify(result.success ? result.data : result.error, null, 2);
  document.body.dataset.state = result.success ? 'parsed' : 'refused';
}

/** Hovering a field's name (or its legend entry) brings out its spans in the page text. */
function wireHover(container: HTMLElement): void {
  const toggle = (event: Event, on: boolean) => {
    const group = (event.target as HTMLElement).closest<HTMLElement>('[data-group]')?.dataset.group;
    if (!group) return;
    for (const mark of byId('source-view').querySelectorAll<HTMLElement>('mark')) {
      if (mark.dataset.groups?.split(' ').includes(group)) mark.classList.toggle('active', on);
    }
  };
  container.addEventListener('mouseover', (e) => toggle(e, true));
  container.addEventListener('mouseout', (e) => toggle(e, false));
}

function init(): void {
  const select = byId<HTMLSelectElement>('fixture');
  const groups = [...new Set(fixtures.map((f) => f.group))];
  for (const group of groups) {
    select.append(
      h(
        'optgroup',
        { label: GROUP_LABELS[group] ?? group },
        ...fixtures.filter((f) => f.group === group).map((f) => h('option', { value: `${f.group}/${f.name}` }, f.name)),
      ),
    );
  }
  const outletSelect = byId<HTMLSelectElement>('outlet');
  for (const parser of defaultRegistry.parsers) outletSelect.append(h('option', { value: parser.id }, parser.name));

  const input = byId<HTMLTextAreaElement>('input');
  const pick = (value: string) => {
    const fixture = fixtures.find((f) => `${f.group}/${f.name}` === value);
    if (!fixture) return;
    input.value = fixture.text;
    update();
  };
  select.addEventListener('change', () => {
    pick(select.value);
    if (select.value) history.replaceState(null, '', `#${encodeURIComponent(select.value)}`);
  });
  outletSelect.addEventListener('change', update);
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    if (select.value) select.value = '';
    clearTimeout(timer);
    timer = setTimeout(update, 200);
  });
  wireHover(byId('fields'));
  wireHover(byId('source-legend'));

  const fromHash = decodeURIComponent(location.hash.slice(1));
  const first = fixtures[0];
  const initial = fixtures.some((f) => `${f.group}/${f.name}` === fromHash)
    ? fromHash
    : first
      ? `${first.group}/${first.name}`
      : '';
  select.value = initial;
  if (initial) pick(initial);
  else update();
  document.body.dataset.ready = 'true';
}

init();
