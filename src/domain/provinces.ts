/**
 * 시·도 names in both languages (official Korean names as of 2024), with the
 * short forms people type and read ("경북", "Gyeongbuk").
 */
interface ProvinceNames {
  readonly en: string;
  readonly shortKo: string;
  readonly shortEn: string;
}

const PROVINCES: Readonly<Record<string, ProvinceNames>> = {
  서울특별시: { en: 'Seoul', shortKo: '서울', shortEn: 'Seoul' },
  부산광역시: { en: 'Busan', shortKo: '부산', shortEn: 'Busan' },
  대구광역시: { en: 'Daegu', shortKo: '대구', shortEn: 'Daegu' },
  인천광역시: { en: 'Incheon', shortKo: '인천', shortEn: 'Incheon' },
  광주광역시: { en: 'Gwangju', shortKo: '광주', shortEn: 'Gwangju' },
  대전광역시: { en: 'Daejeon', shortKo: '대전', shortEn: 'Daejeon' },
  울산광역시: { en: 'Ulsan', shortKo: '울산', shortEn: 'Ulsan' },
  세종특별자치시: { en: 'Sejong', shortKo: '세종', shortEn: 'Sejong' },
  경기도: { en: 'Gyeonggi-do', shortKo: '경기', shortEn: 'Gyeonggi' },
  강원특별자치도: { en: 'Gangwon-do', shortKo: '강원', shortEn: 'Gangwon' },
  충청북도: { en: 'Chungcheongbuk-do', shortKo: '충북', shortEn: 'Chungbuk' },
  충청남도: { en: 'Chungcheongnam-do', shortKo: '충남', shortEn: 'Chungnam' },
  전북특별자치도: { en: 'Jeonbuk-do', shortKo: '전북', shortEn: 'Jeonbuk' },
  전라남도: { en: 'Jeollanam-do', shortKo: '전남', shortEn: 'Jeonnam' },
  경상북도: { en: 'Gyeongsangbuk-do', shortKo: '경북', shortEn: 'Gyeongbuk' },
  경상남도: { en: 'Gyeongsangnam-do', shortKo: '경남', shortEn: 'Gyeongnam' },
  제주특별자치도: { en: 'Jeju-do', shortKo: '제주', shortEn: 'Jeju' },
};

export const PROVINCES_KO: readonly string[] = Object.keys(PROVINCES);

/** The province name in the given language; unknown names are shown as written. */
export function provinceLabel(provinceKo: string, lang: 'ko' | 'en'): string {
  return lang === 'en' ? (PROVINCES[provinceKo]?.en ?? provinceKo) : provinceKo;
}

/** The short form ("강원", "Gangwon") for tight places such as the filter line. */
export function provinceShortLabel(provinceKo: string, lang: 'ko' | 'en'): string {
  const names = PROVINCES[provinceKo];
  if (!names) return provinceKo;
  return lang === 'en' ? names.shortEn : names.shortKo;
}

/** Accepts either language (as in `?region=`) and returns the Korean name, or null. */
export function provinceFromInput(input: string): string | null {
  const needle = input.trim().toLowerCase();
  if (!needle) return null;
  for (const [ko, { en }] of Object.entries(PROVINCES)) {
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

/** Every spelling a search query may use for a province, lower-cased and without spaces or hyphens. */
function spellingsOf(ko: string, names: ProvinceNames): string[] {
  const plain = (text: string) => text.toLowerCase().replace(/[\s-]/g, '');
  return [ko, names.shortKo, names.en, names.en.replace(/-do$/, ''), names.shortEn].map(plain);
}

const PROVINCE_BY_SPELLING: ReadonlyMap<string, string> = new Map(
  Object.entries(PROVINCES).flatMap(([ko, names]) =>
    spellingsOf(ko, names).map((spelling) => [spelling, ko] as const),
  ),
);

/**
 * The province a whole search query names, in its full or short form, in
 * either language ("경상북도", "경북", "Gyeongsangbuk-do", "gyeongbuk"), or
 * null. `query` is already lower-cased with spaces removed; hyphens are
 * ignored here.
 */
export function provinceFromQuery(query: string): string | null {
  return PROVINCE_BY_SPELLING.get(query.replace(/-/g, '')) ?? null;
}
