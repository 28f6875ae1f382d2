/** Loads the project's real seeds/ and data/ (and ../shared/seeds when present) for tests. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import type { Issue } from '../../../src/model/issues';
import { loadSources, type LoadedSources } from '../../../scripts/lib/load-sources';

export const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const DOCUMENTS_DIR = resolve(ROOT, '../shared/seeds');
export const HAVE_DOCUMENTS = existsSync(DOCUMENTS_DIR);

export function loadProjectSources(root = ROOT): { sources: LoadedSources; issues: Issue[] } {
  const issues: Issue[] = [];
  const sources = loadSources({ root, seedsDir: join(root, 'seeds'), dataDir: join(root, 'data'), documentsDir: DOCUMENTS_DIR }, issues);
  return { sources, issues };
}
