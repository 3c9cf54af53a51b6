/**
 * Reads the stations of a history one by one, in the order given: a station
 * is kept whole (every column lined up with `times`) or left out and
 * reported; a single bad value is read as not observed and reported.
 */
import { stripInvisible } from '../utils/strip-invisible';
import { classifyCondition, type Condition } from './conditions';
import type { HistoryStationProblem, HistoryValueProblem, StationHistory } from './history';
import {
  CONDITION_COLUMN,
  NUMERIC_COLUMNS,
  OPTIONAL_COLUMNS,
  type ColumnRule,
} from './history-schema';
import { isStationId } from './station-id';

export function historyBuilder(hours: number) {
  const stations = new Map<string, StationHistory>();
  const rejected: HistoryStationProblem[] = [];
  const droppedValues: HistoryValueProblem[] = [];
  // The same few sky words repeat across a day: classify each once.
  const conditions = new Map<string, Condition>();

  function readColumn<T, U>(
    stationId: string,
    field: string,
    column: unknown[],
    rule: ColumnRule<T>,
    convert: (value: T) => U,
  ): (U | null)[] {
    // A plain loop: at 10,000 stations this runs for 1.4 million cells.
    const values = new Array<U | null>(column.length);
    for (let hourIndex = 0; hourIndex < column.length; hourIndex += 1) {
      const cell = column[hourIndex];
      if (cell === null) values[hourIndex] = null;
      else if (rule.accepts(cell)) values[hourIndex] = convert(cell);
      else {
        values[hourIndex] = null;
        droppedValues.push({ stationId, field, hourIndex, problem: rule.problem });
      }
    }
    return values;
  }

  function conditionOf(word: string): Condition {
    let condition = conditions.get(word);
    if (!condition) {
      condition = classifyCondition(stripInvisible(word));
      conditions.set(word, condition);
    }
    return condition;
  }

  function add(stationId: string, raw: unknown): void {
    const reject = (problem: HistoryStationProblem['problem'], field: string | null = null) => {
      rejected.push({ stationId: stripInvisible(stationId).slice(0, 16), problem, field });
    };
    if (!isStationId(stationId)) return reject('station-id-format');
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      return reject('not-an-object');
    const record = raw as Record<string, unknown>;

    // Alignment first, for every column, so a station is either whole or out.
    const columns: Record<string, unknown[] | null> = {};
    for (const field of ['condition', 'temperature', ...OPTIONAL_COLUMNS]) {
      const column = record[field];
      if (column == null) {
        if (field === 'condition' || field === 'temperature')
          return reject('column-missing', field);
        columns[field] = null;
      } else if (!Array.isArray(column) || column.length !== hours) {
        return reject('column-misaligned', field);
      } else {
        columns[field] = column;
      }
    }

    const numeric = (field: keyof typeof NUMERIC_COLUMNS) => {
      const column = columns[field];
      return column
        ? readColumn(stationId, field, column, NUMERIC_COLUMNS[field], (value: number) => value)
        : null;
    };
    stations.set(stationId, {
      condition: readColumn(
        stationId,
        'condition',
        columns.condition!,
        CONDITION_COLUMN,
        conditionOf,
      ),
      temperature: numeric('temperature')!,
      windDirection: numeric('windDirection'),
      windSpeed: numeric('windSpeed'),
      humidity: numeric('humidity'),
      precipitation1h: numeric('precipitation1h'),
    });
  }

  function finish() {
    return { stations: stations as ReadonlyMap<string, StationHistory>, rejected, droppedValues };
  }

  return { add, finish };
}
