import { useId } from 'preact/hooks';

export interface Bar {
  label: string;
  value: number;
}

export interface BarChartProps {
  /** Short: the chart's <title> and its table's caption. */
  title: string;
  /** What the chart shows, in a sentence: its <desc>. */
  description: string;
  bars: readonly Bar[];
  /** The value column's heading in the table. */
  unit: string;
  /** Bars stand up (weeks) or lie down (stages, with long labels). */
  horizontal?: boolean;
}

const WIDTH = 480;
const HEIGHT = 160;
const GAP = 4;
/** A lying bar's row, in px: its label beside it is HTML, in a row as tall. */
const ROW = 28;

/** Standing bars (weeks): only shapes in the SVG, each with its own <title>. */
function Columns({ bars, top }: { bars: readonly Bar[]; top: number }) {
  const slot = WIDTH / Math.max(1, bars.length);
  return (
    <>
      {bars.map((b, i) => {
        const size = (b.value / top) * (HEIGHT - 16);
        return (
          <rect
            key={b.label}
            x={i * slot + GAP / 2}
            y={HEIGHT - size}
            width={slot - GAP}
            height={size}
            class="bar"
          >
            <title>
              {b.label}: {b.value}
            </title>
          </rect>
        );
      })}
    </>
  );
}

/** Bars drawn in SVG by our own code (no chart library), named by its <title> and <desc>; every
 * number in a visually hidden table too, for screen readers. Words are never SVG text (axe cannot
 * measure their contrast there): a lying bar's label is HTML beside its row. */
export function BarChart({ title, description, bars, unit, horizontal = false }: BarChartProps) {
  const top = Math.max(1, ...bars.map((b) => b.value));
  const id = useId();
  const height = horizontal ? Math.max(1, bars.length) * ROW : HEIGHT;
  const svg = (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      preserveAspectRatio={horizontal ? 'none' : undefined}
      style={horizontal ? { height: `${height}px` } : undefined}
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
      focusable="false"
      class="bars"
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{description}</desc>
      {horizontal ? (
        bars.map((b, i) => (
          <rect
            key={b.label}
            x={0}
            y={i * ROW + GAP / 2}
            width={(b.value / top) * WIDTH}
            height={ROW - GAP}
            class="bar"
          />
        ))
      ) : (
        <Columns bars={bars} top={top} />
      )}
    </svg>
  );
  return (
    <figure class="chart">
      {horizontal ? (
        <div class="lying-bars">
          <ul class="bar-labels" aria-hidden="true">
            {bars.map((b) => (
              <li key={b.label}>
                {b.label}: {b.value}
              </li>
            ))}
          </ul>
          {svg}
        </div>
      ) : (
        svg
      )}
      <figcaption>{description}</figcaption>
      <table class="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{horizontal ? 'Stage' : 'Week of'}</th>
            <th scope="col">{unit}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.label}>
              <th scope="row">{b.label}</th>
              <td>{b.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
