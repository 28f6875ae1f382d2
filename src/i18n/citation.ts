/**
 * Citation wording, pure and shared by the panel, the table and present mode: which kind of source
 * a figure comes from (seed document or external reference), its article, outlet and date, and an
 * as-of date with the basis in words when the text does not print it ("date inferred: undated
 * page; ..."), never a bare "?".
 */
import { articleOf } from '../model/fact-rules';
import type { ModelFact, SourceDoc } from '../model/schema';
import type { DateBasis, ExternalRef, Lang } from '../model/types';
import { formatDate } from './format';

const W = {
  en: {
    seed: 'Seed document', external: 'External reference', noOutlet: 'outlet not named', plan: 'plan',
    asOf: 'as of', inferred: 'date inferred', 'year-inferred': 'year inferred', by: 'no later than this date',
  },
  zh: {
    seed: '种子文档', external: '外部参考资料', noOutlet: '未注明媒体', plan: '计划',
    asOf: '截至', inferred: '日期为推断', 'year-inferred': '年份为推断', by: '不晚于此日期',
  },
} as const;

/** "plan" / "计划" for facts that state an intention. */
export function planWord(lang: Lang): string {
  return W[lang].plan;
}

/** A date and, when it is not printed as such, why: "July 2022 — date inferred: undated page; …". */
export function datedText(date: string, basis: DateBasis | undefined, lang: Lang): string {
  const d = formatDate(date, lang);
  return basis ? `${d} — ${W[lang][basis.kind]}${lang === 'zh' ? '：' : ': '}${basis.note[lang]}` : d;
}

/** "as of 23 June 2022 — year inferred: …" / "截至2022年6月23日 — 年份为推断：…". */
export function asOfText(fact: Pick<ModelFact, 'asOf' | 'asOfBasis'>, lang: Lang): string {
  const text = datedText(fact.asOf, fact.asOfBasis, lang);
  return lang === 'zh' ? `${W.zh.asOf}${text}` : `${W.en.asOf} ${text}`;
}

/** One piece of a citation; `note` pieces are editorial (e.g. "outlet not named"), not names. */
export interface CitationPart {
  text: string;
  note?: true;
}

export interface Citation {
  /** "Seed document" or "External reference" (and zh). */
  kind: string;
  parts: CitationPart[];
}

export interface CitationSources {
  sourceById: ReadonlyMap<string, SourceDoc>;
  references: readonly ExternalRef[];
}

/** Where a fact comes from, in words: kind of source, article or title, outlet, date (with basis). */
export function citationOf(fact: ModelFact, sources: CitationSources, lang: Lang): Citation {
  const w = W[lang];
  if (fact.sourceKind === 'external') {
    const ref = sources.references.find((r) => r.id === fact.source);
    return { kind: w.external, parts: ref ? [{ text: ref.publisher }, { text: `“${ref.title}”` }, { text: formatDate(ref.date, lang) }, { text: ref.url }] : [{ text: fact.source }] };
  }
  const doc = sources.sourceById.get(fact.source);
  if (!doc) return { kind: w.seed, parts: [{ text: fact.source }] };
  const article = articleOf(fact, doc);
  return {
    kind: w.seed,
    parts: [
      { text: `“${article?.title ?? doc.title}”` },
      doc.outlet ? { text: doc.outlet } : { text: w.noOutlet, note: true },
      { text: article ? datedText(article.date, article.dateBasis, lang) : formatDate(doc.date, lang) },
    ],
  };
}

/** The citation as one line of text: "Seed document: “Title” · Outlet · 13 August 2024". */
export function citationLine(c: Citation, lang: Lang): string {
  return `${c.kind}${lang === 'zh' ? '：' : ': '}${c.parts.map((p) => p.text).join(' · ')}`;
}
