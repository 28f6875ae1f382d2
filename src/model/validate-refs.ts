/**
 * Cross-file checks over the whole registry and geography: unique ids, every referenced id exists,
 * every corridor has a fact, legs start and end at places. Pure.
 */
import { findDuplicateIds, type Issue } from './issues';
import { factArticleProblems } from './fact-rules';
import type { Corridor, Fact, FactContext, Place, SeedFile } from './types';

export interface Sources {
  seeds: ReadonlyArray<{ file: string; seed: SeedFile }>;
  /** References/external.yaml's facts (each cites an external reference). */
  external?: { file: string; facts: ReadonlyArray<Fact & { source: string }> };
  contexts?: { file: string; contexts: readonly FactContext[] };
  places: { file: string; places: readonly Place[] };
  corridors: ReadonlyArray<{ file: string; corridor: Corridor }>;
}

export function validateReferences({ seeds, places, corridors, external, contexts }: Sources, issues: Issue[]): void {
  const factEntries = [
    ...seeds.flatMap(({ file, seed }) => seed.facts.map((f) => ({ id: f.id, file }))),
    ...(external?.facts ?? []).map((f) => ({ id: f.id, file: external?.file ?? '' })),
  ];
  findDuplicateIds(factEntries, 'fact', issues);
  findDuplicateIds(places.places.map((p) => ({ id: p.id, file: places.file })), 'place', issues);
  findDuplicateIds(corridors.map(({ file, corridor }) => ({ id: corridor.id, file })), 'corridor', issues);
  findDuplicateIds(
    corridors.flatMap(({ file, corridor }) => corridor.legs.map((l) => ({ id: l.id, file }))),
    'leg',
    issues,
  );

  const factIds = new Set<string>(factEntries.map((f) => f.id));
  const factById = new Map<string, Fact>([
    ...seeds.flatMap(({ seed }) => seed.facts.map((f) => [f.id, f] as const)),
    ...(external?.facts ?? []).map((f) => [f.id, f] as const),
  ]);
  const placeIds = new Set<string>(places.places.map((p) => p.id));
  const corridorIds = new Set<string>(corridors.map((c) => c.corridor.id));

  const contextIds = new Set<string>((contexts?.contexts ?? []).map((c) => c.id));
  for (const c of contexts?.contexts ?? []) {
    if (c.shownWith !== undefined && !corridorIds.has(c.shownWith)) {
      issues.push({ file: contexts?.file ?? '', id: c.id, field: 'shownWith', message: `unknown corridor id "${c.shownWith}"` });
    }
  }
  const checkIds = (file: string, fact: Fact): void => {
    fact.refs.forEach((ref, i) => {
      if (!placeIds.has(ref) && !corridorIds.has(ref)) {
        issues.push({ file, id: fact.id, field: `refs[${i}]`, message: `unknown corridor or place id "${ref}"` });
      }
    });
    if (fact.context !== undefined && !contextIds.has(fact.context)) {
      issues.push({ file, id: fact.id, field: 'context', message: `unknown context "${fact.context}" (data/contexts.yaml)` });
    }
  };
  for (const { file, seed } of seeds) {
    for (const fact of seed.facts) {
      checkIds(file, fact);
      for (const p of factArticleProblems(fact, seed.source)) issues.push({ file, id: fact.id, ...p });
    }
    seed.source.articles.forEach((a, i) => a.names.forEach((n, j) => {
      if (!placeIds.has(n) && !corridorIds.has(n) && !contextIds.has(n)) {
        issues.push({ file, id: '(source)', field: `articles[${i}].names[${j}]`, message: `unknown corridor, place or context id "${n}"` });
      }
    }));
  }
  for (const fact of external?.facts ?? []) checkIds(external?.file ?? '', fact);

  for (const { file, corridor } of corridors) {
    if (corridor.facts.length === 0) {
      issues.push({ file, id: corridor.id, field: 'facts', message: 'every corridor needs at least one fact' });
    }
    const official = corridor.mainRoute.officialKm;
    if (official !== undefined) {
      const fact = factById.get(official);
      if (!fact) issues.push({ file, id: corridor.id, field: 'mainRoute.officialKm', message: `fact id "${official}" is not defined in seeds/ or references/external.yaml` });
      else if (fact.kind !== 'quantity' || fact.unit !== 'km') {
        issues.push({ file, id: corridor.id, field: 'mainRoute.officialKm', message: `fact "${official}" must be a quantity in km (it is ${fact.kind === 'quantity' ? `in ${fact.unit}` : `a ${fact.kind} fact`})` });
      }
    }
    for (const end of ['from', 'to'] as const) {
      const place = corridor.mainRoute[end];
      if (!placeIds.has(place)) issues.push({ file, id: corridor.id, field: `mainRoute.${end}`, message: `unknown place id "${place}"` });
    }
    corridor.facts.forEach((id, i) => {
      if (!factIds.has(id)) issues.push({ file, id: corridor.id, field: `facts[${i}]`, message: `fact id "${id}" is not defined in seeds/` });
    });
    for (const leg of corridor.legs) {
      (leg.facts ?? []).forEach((id, i) => {
        if (!factIds.has(id)) issues.push({ file, id: leg.id, field: `facts[${i}]`, message: `fact id "${id}" is not defined in seeds/` });
      });
      leg.via.forEach((w, i) => {
        if (typeof w === 'string' && !placeIds.has(w)) {
          issues.push({ file, id: leg.id, field: `via[${i}]`, message: `unknown place id "${w}"` });
        }
      });
      const first = leg.via[0];
      const last = leg.via[leg.via.length - 1];
      if (first !== undefined && typeof first !== 'string') {
        issues.push({ file, id: leg.id, field: 'via[0]', message: 'a leg must start at a place, not a control point' });
      }
      if (last !== undefined && typeof last !== 'string') {
        issues.push({ file, id: leg.id, field: `via[${leg.via.length - 1}]`, message: 'a leg must end at a place, not a control point' });
      }
    }
  }
}
