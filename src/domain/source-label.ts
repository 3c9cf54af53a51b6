/** Known data providers in both languages; any other source is shown as the feed wrote it. */
const SOURCE_EN: Readonly<Record<string, string>> = {
  기상청: 'KMA',
};

export function sourceLabel(source: string, lang: 'ko' | 'en'): string {
  return lang === 'en' ? (SOURCE_EN[source] ?? source) : source;
}
