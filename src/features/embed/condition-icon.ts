import { CONDITION_ICONS, conditionDefinition, type ConditionKey } from '../../domain/conditions';
import { svgEl } from './dom';

/** The condition's glyph on its colour, as the dashboard draws it. Decorative: the word stands beside it. */
export function conditionIcon(conditionKey: ConditionKey, size: number): SVGSVGElement {
  const definition = conditionDefinition(conditionKey);
  return svgEl(
    'svg',
    {
      class: 'condition-icon',
      width: size,
      height: size,
      viewBox: '-4 -4 32 32',
      'aria-hidden': 'true',
      focusable: 'false',
    },
    [
      svgEl('circle', { cx: 12, cy: 12, r: 15, fill: definition.color }),
      svgEl('path', {
        d: CONDITION_ICONS[definition.icon],
        fill: 'none',
        stroke: '#fff',
        'stroke-width': 2.2,
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
      }),
    ],
  );
}
