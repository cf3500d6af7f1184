import { useId } from 'react';
import { mergeClasses } from '@fluentui/react-components';
import type { ChartModel } from './chartModels';
import { useInsightsStyles } from './useInsightsStyles.styles';

/**
 * A chart's numbers as a table: a row per point, a column per series (its
 * cells say exactly what the chart's points say), then any facts only the
 * table carries. `data-insight-table` names the chart it stands for.
 */
export function DataTable({ model }: { model: ChartModel }) {
  const styles = useInsightsStyles();
  const captionId = useId();
  const head = mergeClasses(styles.cell, styles.headCell, styles.number);
  const cell = mergeClasses(styles.cell, styles.number);
  return (
    // A table wider than a narrow tab scrolls in its own box, which the keyboard can reach and scroll.
    <div className={styles.tableWrap} role="group" aria-labelledby={captionId} tabIndex={0}>
      <table className={styles.table} data-insight-table={model.id}>
        <caption id={captionId} className={styles.caption}>
          {model.title}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.cell, styles.headCell, styles.rowHeadCorner)}>
              {model.rowHeader}
            </th>
            {model.series.map((s) => (
              <th key={s.key} scope="col" className={head} data-series={s.key}>
                {s.legend}
              </th>
            ))}
            {model.extra.map((column) => (
              <th key={column.header} scope="col" className={head}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row, i) => (
            <tr key={row.key}>
              <th scope="row" className={mergeClasses(styles.cell, styles.rowHead)}>
                {row.label}
              </th>
              {model.series.map((s) => (
                <td key={s.key} className={cell}>
                  {s.texts[i]}
                </td>
              ))}
              {model.extra.map((column) => (
                <td key={column.header} className={cell}>
                  {column.cells[i]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
