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

/** The short forms people say and write in headlines: 강원, 경북, Gangwon, Gyeongbuk. */
const PROVINCE_SHORT: Readonly<Record<string, { readonly ko: string; readonly en: string }>> = {
  서울특별시: { ko: '서울', en: 'Seoul' },
  부산광역시: { ko: '부산', en: 'Busan' },
  대구광역시: { ko: '대구', en: 'Daegu' },
  인천광역시: { ko: '인천', en: 'Incheon' },
  광주광역시: { ko: '광주', en: 'Gwangju' },
  대전광역시: { ko: '대전', en: 'Daejeon' },
  울산광역시: { ko: '울산', en: 'Ulsan' },
  세종특별자치시: { ko: '세종', en: 'Sejong' },
  경기도: { ko: '경기', en: 'Gyeonggi' },
  강원특별자치도: { ko: '강원', en: 'Gangwon' },
  충청북도: { ko: '충북', en: 'Chungbuk' },
  충청남도: { ko: '충남', en: 'Chungnam' },
  전북특별자치도: { ko: '전북', en: 'Jeonbuk' },
  전라남도: { ko: '전남', en: 'Jeonnam' },
  경상북도: { ko: '경북', en: 'Gyeongbuk' },
  경상남도: { ko: '경남', en: 'Gyeongnam' },
  제주특별자치도: { ko: '제주', en: 'Jeju' },
};

/** The province's short form in the given language; unknown names are shown as written. */
export function provinceShortLabel(provinceKo: string, lang: 'ko' | 'en'): string {
  return PROVINCE_SHORT[provinceKo]?.[lang] ?? provinceLabel(provinceKo, lang);
}
