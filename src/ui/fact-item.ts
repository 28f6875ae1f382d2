/**
 * One fact as a list item: label, value, as-of date (with its basis in words), the kind of source
 * and its article, and the verbatim quote one click away.
 */
import { asOfText, citationOf, planWord, type CitationSources } from '../i18n/citation';
import { formatFactValue, t } from '../i18n/format';
import type { ModelFact } from '../model/schema';
import type { Lang } from '../model/types';
import { h } from './dom';

export function factElementId(factId: string): string {
  return `fact-${factId}`;
}

export function renderFact(fact: ModelFact, sources: CitationSources, lang: Lang): HTMLLIElement {
  const c = citationOf(fact, sources, lang);
  const doc = fact.sourceKind === 'seed' ? sources.sourceById.get(fact.source) : undefined;
  // Text and list values are sentences, not figures: they go under the label, full width.
  const wide = fact.kind === 'text' || fact.kind === 'list';
  return h('li', { className: wide ? 'fact fact--wide' : 'fact', id: factElementId(fact.id), 'data-fact': fact.id, 'data-source-kind': fact.sourceKind, tabindex: -1 },
    h('span', { className: 'fact-label' }, fact.label[lang], fact.status === 'plan' ? h('span', { className: 'badge' }, planWord(lang)) : null),
    h('span', { className: 'fact-value' }, formatFactValue(fact, lang)),
    h('span', { className: 'fact-meta' }, asOfText(fact, lang)),
    fact.note ? h('span', { className: 'fact-meta note' }, fact.note[lang]) : null,
    h('details', { className: 'fact-source' },
      h('summary', {}, `${t(lang, 'source')}: `, h('span', { className: 'source-kind' }, c.kind), ...c.parts.flatMap((p) => [' · ', p.note ? h('em', { className: 'note' }, p.text) : p.text])),
      h('blockquote', { lang: doc?.language ?? 'en' }, `“${fact.quote}”`),
    ),
  );
}
