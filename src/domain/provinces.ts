/** 시·도 names in both languages (official Korean names as of 2024). */
const PROVINCE_EN: Readonly<Record<string, string>> = {
  서울특별시: 'Seoul',
  부산광역시: 'Busan',
  대구광역시: 'Daegu',
  인천광역시: 'Incheon',
  광주광역시: 'Gwangju',
  대전광역시: 'Daejeon',
  울산광역시: 'Ulsan',
  세종특별자치시: 'Sejong',
  경기도: 'Gyeonggi-do',
  강원특별자치도: 'Gangwon-do',
  충청북도: 'Chungcheongbuk-do',
  충청남도: 'Chungcheongnam-do',
  전북특별자치도: 'Jeonbuk-do',
  전라남도: 'Jeollanam-do',
  경상북도: 'Gyeongsangbuk-do',
  경상남도: 'Gyeongsangnam-do',
  제주특별자치도: 'Jeju-do',
};

export const PROVINCES_KO: readonly string[] = Object.keys(PROVINCE_EN);

/** The province name in the given language; unknown names are shown as written. */
export function provinceLabel(provinceKo: string, lang: 'ko' | 'en'): string {
  return lang === 'en' ? (PROVINCE_EN[provinceKo] ?? provinceKo) : provinceKo;
}

/** Accepts either language (as in `?region=`) and returns the Korean name, or null. */
export function provinceFromInput(input: string): string | null {
  const needle = input.trim().toLowerCase();
  if (!needle) return null;
  for (const [ko, en] of Object.entries(PROVINCE_EN)) {
    if (
      ko === input.trim() ||
      en.toLowerCase() === needle ||
      en.toLowerCase().replace(/-do$/, '') === needle
    ) {
      return ko;
    }
  }
  return null;
}
