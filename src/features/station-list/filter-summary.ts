/**
 * The active filters as short words, in one place: the count line
 * ("강원 · 맑음 · ‘강’ — 97개 중 6개") and the clear buttons read the same list.
 */
import { conditionDefinition, type ConditionKey } from '../../domain/conditions';
import { provinceShortLabel } from '../../domain/provinces';
import type { Lang } from '../../i18n/lang';
import type { Translate } from '../../i18n/translate';

export interface ActiveView {
  readonly region: string | null;
  readonly sky: readonly ConditionKey[];
  readonly q: string;
}

export type ActiveFilter =
  | { readonly kind: 'region'; readonly label: string }
  | { readonly kind: 'sky'; readonly key: ConditionKey; readonly label: string }
  | { readonly kind: 'search'; readonly label: string };

export function activeFilters(t: Translate, lang: Lang, view: ActiveView): ActiveFilter[] {
  const filters: ActiveFilter[] = [];
  if (view.region) filters.push({ kind: 'region', label: provinceShortLabel(view.region, lang) });
  for (const key of view.sky) {
    filters.push({ kind: 'sky', key, label: conditionDefinition(key)[lang] });
  }
  const query = view.q.trim();
  if (query) filters.push({ kind: 'search', label: t('activeFilters.search', { query }) });
  return filters;
}

/** "강원 · 맑음 · 검색 ‘강’", or '' when nothing filters. */
export function filtersLine(filters: readonly ActiveFilter[]): string {
  return filters.map((filter) => filter.label).join(' · ');
}
