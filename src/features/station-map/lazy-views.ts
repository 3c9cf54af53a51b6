/**
 * The 기온 view's interpolated field and the 바람 view's arrows and legend
 * are drawn only in those views, so their code is fetched when a reader
 * picks one (or a link opens in one), not before the sky view's first draw.
 */
import { lazy } from 'react';
import { withDeferredMessages } from '../../i18n/catalogs';

export const TemperatureField = lazy(() =>
  import('./temperature-field').then((module) => ({ default: module.TemperatureField })),
);

export const WindLayer = lazy(() =>
  import('./wind-layer').then((module) => ({ default: module.WindLayer })),
);

// The legend's words are among the messages fetched after the first draw.
export const WindLegend = lazy(() =>
  withDeferredMessages(import('./wind-legend')).then((module) => ({
    default: module.WindLegend,
  })),
);
