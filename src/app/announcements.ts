/**
 * What the screen reader hears after a change, as plain functions of the
 * state: the live regions in the dashboard only render these strings.
 */
import { conditionDefinition, type ConditionKey } from '../domain/conditions';
import type { Lang } from '../i18n/lang';
import type { Translate } from '../i18n/translate';

/** "맑음, 흐림 12개 관측소" after a filter change; "전체 97개 관측소" with no sky filter. */
export function resultsAnnouncement(
  t: Translate,
  lang: Lang,
  sky: readonly ConditionKey[],
  count: number,
): string {
  const label =
    sky.length === 0
      ? t('announce.all')
      : sky.map((key) => conditionDefinition(key)[lang]).join(', ');
  return t('announce.results', { label, count });
}

export interface FeedState {
  readonly failed: boolean;
  readonly offline: boolean;
  /** True when earlier data is still on screen. */
  readonly hasData: boolean;
}

/**
 * Short and without the age, so that the region does not speak again every
 * minute. Empty when there is nothing to say.
 */
export function feedNotice(t: Translate, { failed, offline, hasData }: FeedState): string {
  if (failed) return hasData ? t('announce.stale') : t('error.title');
  if (offline) return hasData ? t('announce.offline') : t('feed.offline');
  return '';
}
