/** Credits for the built-in basemap and sea lanes (a user style adds its sources' own): the status bar's and the video's. */
export const ATTRIBUTION = 'Natural Earth · MARNET © Eurostat (EUPL-1.1)';
