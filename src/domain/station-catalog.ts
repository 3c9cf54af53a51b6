/**
 * The station catalog: KMA station number → names, position and province,
 * as in force on the sample date. Coordinates are KMA's published station
 * metadata (WGS84, 4 decimals). A feed may leave out name and position for
 * any station listed here.
 */
import catalogRows from './stations.json';

export interface CatalogStation {
  readonly id: string;
  readonly nameKo: string;
  readonly nameEn: string;
  readonly lat: number;
  readonly lon: number;
  readonly elevationM: number;
  /** 시·도, official Korean name. */
  readonly province: string;
}

const catalog: ReadonlyMap<string, CatalogStation> = new Map(
  (catalogRows as CatalogStation[]).map((station) => [station.id, station]),
);

export function findCatalogStation(stationId: string): CatalogStation | undefined {
  return catalog.get(stationId);
}

export function catalogStations(): readonly CatalogStation[] {
  return [...catalog.values()];
}
