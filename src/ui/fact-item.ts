/** One fact as a list item: label, value, as-of date, source, and the verbatim quote one click away. */
import { formatDate, formatFactValue, t } from '../i18n/format';
import type { ModelFact } from '../model/schema';
import type { Lang, SourceDoc } from '../model/types';
import { h } from './dom';

export function factElementId(factId: string): string {
  return `fact-${factId}`;
}

export function renderFact(fact: ModelFact, source: SourceDoc | undefined, lang: Lang): HTMLLIElement {
  const sourceText = source
    ? `${source.title} · ${source.outlet} · ${formatDate(source.date, lang)}${source.dateInferred ? '?' : ''}`
    : fact.source;
  // Text and list values are sentences, not figures: they go under the label, full width.
  const wide = fact.kind === 'text' || fact.kind === 'list';
  return h('li', { className: wide ? 'fact fact--wide' : 'fact', id: factElementId(fact.id), 'data-fact': fact.id, tabindex: -1 },
    h('span', { className: 'fact-label' }, fact.label[lang]),
    h('span', { className: 'fact-value' }, formatFactValue(fact, lang)),
    h('span', { className: 'fact-meta' }, t(lang, 'asOf', { date: formatDate(fact.asOf, lang) })),
    h('details', { className: 'fact-source' },
      h('summary', {}, `${t(lang, 'source')}: ${sourceText}`),
      h('blockquote', { lang: source?.language ?? 'en' }, `“${fact.quote}”`),
    ),
  );
}
