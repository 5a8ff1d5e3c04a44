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

/** Bars drawn in SVG by our own code (no chart library), named by its <title> and <desc>; every
 * number in a visually hidden table too, for screen readers. */
export function BarChart({ title, description, bars, unit, horizontal = false }: BarChartProps) {
  const top = Math.max(1, ...bars.map((b) => b.value));
  const slot = (horizontal ? HEIGHT : WIDTH) / Math.max(1, bars.length);
  const labelRoom = horizontal ? 110 : 0;
  const id = useId();
  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        focusable="false"
        class={horizontal ? 'bars horizontal' : 'bars'}
      >
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        {bars.map((b, i) => {
          const size = (b.value / top) * ((horizontal ? WIDTH - labelRoom : HEIGHT) - 16);
          return horizontal ? (
            <g key={b.label}>
              <text x={0} y={i * slot + slot / 2 + 4} class="bar-label">
                {b.label}
              </text>
              <rect x={labelRoom} y={i * slot + GAP / 2} width={size} height={slot - GAP} class="bar" />
              <text x={labelRoom + size + 4} y={i * slot + slot / 2 + 4} class="bar-value">
                {b.value}
              </text>
            </g>
          ) : (
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
      </svg>
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
