/** Serves the built app (dist/, from `vite build`) once for every browser test, through the shared preview helper. */
import type { TestProject } from 'vitest/node';
import { servePreview } from './preview';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const served = await servePreview();
  project.provide('baseURL', served.url);
  return served.close;
}
