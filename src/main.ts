/**
 * Start-up: read the URL and the environment into launch options (pure, app/launch-options.ts),
 * set the root flags, then run the one start function for the mode (app/start-*.ts).
 */
import { buildLaunchOptions, rootFlags, type LaunchMode, type LaunchOptions } from './app/launch-options';
import { readEnvironment, showStatus, warn } from './app/page';
import { startExplore } from './app/start-explore';
import { parseHash, parseQuery } from './state/url-state';
import './styles.css';
import './ui/tour.css';

/** Explore is the first view; present mode and the embed (its postMessage API) load as chunks of their own. */
const START: Record<LaunchMode, (options: LaunchOptions) => Promise<void>> = {
  explore: startExplore,
  present: async (options) => (await import('./app/start-present')).startPresent(options),
  embed: async (options) => (await import('./app/start-embed')).startEmbed(options),
};

const root = document.documentElement;
const query = parseQuery(window.location.search);
const hash = parseHash(window.location.hash);
[...query.warnings, ...hash.warnings].forEach(warn);
const options = buildLaunchOptions(query.value, hash.value, readEnvironment());
Object.assign(root.dataset, rootFlags(options));
if (options.uiScale !== null) root.style.setProperty('--ui-scale', String(options.uiScale));

START[options.mode](options).catch((err: unknown) => {
  root.dataset.atlasState = 'error';
  showStatus('error', err instanceof Error ? err.message : String(err));
  console.error(err);
});
