/**
 * "via the Arctic" at each cut end of a polar leg (drawn-legs.ts), so the two parts of Chongqing -
 * New York read as one route over the pole. Text in the current language in the place labels'
 * colours (AA on the halo), just beyond the cut end. Pure factory.
 */
import { TextLayer } from '@deck.gl/layers';
import { t } from '../../i18n/format';
import type { PolarLabel } from '../drawn-legs';
import { LABEL_COLORS } from '../palette';
import { BASE_LABEL_PX, LABEL_FONT_FAMILY } from './label-layer';
import { corridorAlpha, focusKey, type LayerContext } from './layer-context';

export const POLAR_LABEL_LAYER_ID = 'polar-labels';

export function polarLabelText(label: PolarLabel, ctx: LayerContext): string {
  return t(ctx.lang, label.pole === 'north' ? 'viaArctic' : 'viaAntarctic');
}

export function createPolarLabelLayer(labels: readonly PolarLabel[], ctx: LayerContext): TextLayer<PolarLabel> {
  const { text, halo } = LABEL_COLORS[ctx.theme];
  return new TextLayer<PolarLabel>({
    id: POLAR_LABEL_LAYER_ID,
    data: labels,
    getPosition: (l) => l.position,
    getText: (l) => polarLabelText(l, ctx),
    getSize: BASE_LABEL_PX * ctx.labelScale,
    getColor: (l) => [...text, corridorAlpha(ctx, l.leg.properties.corridor)],
    getTextAnchor: 'middle',
    // Above a northern cut end (the line goes on over the top), below a southern one.
    getAlignmentBaseline: (l) => (l.pole === 'north' ? 'bottom' : 'top'),
    getPixelOffset: (l) => [0, l.pole === 'north' ? -5 : 5],
    fontFamily: LABEL_FONT_FAMILY,
    characterSet: 'auto',
    fontSettings: { sdf: true, buffer: 6 },
    outlineWidth: 3,
    outlineColor: [...halo, 230],
    sizeUnits: 'pixels',
    pickable: false,
    updateTriggers: { getText: ctx.lang, getColor: [ctx.theme, focusKey(ctx)], outlineColor: ctx.theme },
  });
}
